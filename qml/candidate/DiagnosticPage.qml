// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Jalon
import Jalon.App

// The auto-diagnostic d'activités, one activity at a time, function by function. A
// level is recorded as soon as it is chosen, so the candidate may leave at any moment
// and come back where they were.
Page {
    id: page

    property string layout: "desktop"
    property int current: -1
    // Read again whenever the model reloads (an answer recorded, a sync).
    property int reloads: 0
    readonly property var activity: reloads >= 0 && current >= 0 ? diagnostic.get(current) : ({})
    signal showResults(DiagnosticModel model)

    objectName: "diagnosticPage"
    title: qsTr("Auto-diagnostic")

    DiagnosticModel {
        id: diagnostic
        session: Session
        onReloaded: {
            if (page.current < 0 && count > 0)
                page.current = resumeIndex
            page.reloads++
        }
    }

    Component.onCompleted: if (diagnostic.count > 0) current = diagnostic.resumeIndex
    Component.onDestruction: saveComment()

    Connections {
        target: Session
        function onAboutToLock() { page.saveComment() }
    }

    // A comment typed for an activity already rated is recorded with its level.
    function saveComment(): void {
        if (current >= 0 && activity.level !== undefined && activity.level >= 0 && comment.text !== activity.comment)
            diagnostic.answer(current, activity.level, comment.text)
    }

    function move(to: int): void {
        saveComment()
        current = Math.max(0, Math.min(diagnostic.count - 1, to))
        comment.text = page.activity.comment ?? ""
    }

    onActivityChanged: if (!comment.activeFocus) comment.text = activity.comment ?? ""

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        // Progress and the functions, to jump anywhere.
        ColumnLayout {
            Layout.fillWidth: true
            Layout.margins: 16
            spacing: 6
            RowLayout {
                Layout.fillWidth: true
                Label {
                    objectName: "diagnosticProgressLabel"
                    Layout.fillWidth: true
                    text: qsTr("%1 of %2 activities answered").arg(diagnostic.answeredCount).arg(diagnostic.count)
                    textFormat: Text.PlainText
                    wrapMode: Text.Wrap
                }
                Button {
                    objectName: "diagnosticResultsButton"
                    text: qsTr("Results")
                    flat: true
                    enabled: diagnostic.answeredCount > 0
                    Layout.minimumHeight: 48
                    Accessible.name: qsTr("See the results")
                    onClicked: {
                        page.saveComment()
                        page.showResults(diagnostic)
                    }
                }
            }
            ProgressBar {
                objectName: "diagnosticProgress"
                Layout.fillWidth: true
                value: diagnostic.count > 0 ? diagnostic.answeredCount / diagnostic.count : 0
                Accessible.name: qsTr("Progress of the auto-diagnostic")
            }
            ComboBox {
                id: functionPicker
                objectName: "diagnosticFunctionPicker"
                Layout.fillWidth: true
                Layout.minimumHeight: 48
                // Titles only: a model that changed with every answer would reset the picker.
                model: diagnostic.functionTitles
                currentIndex: (page.activity.functionNumber ?? 1) - 1
                displayText: currentIndex >= 0 && model.length > currentIndex
                             ? qsTr("Function %1 of %2: %3").arg(currentIndex + 1).arg(model.length).arg(model[currentIndex]) : ""
                Accessible.name: qsTr("Function")
                // The chosen function's title in full, on two lines where a phone needs them.
                contentItem: Label {
                    leftPadding: 12
                    rightPadding: functionPicker.indicator.width + functionPicker.spacing
                    topPadding: 6
                    bottomPadding: 6
                    text: functionPicker.displayText
                    font: functionPicker.font
                    wrapMode: Text.Wrap
                    maximumLineCount: 2
                    elide: Text.ElideRight
                    verticalAlignment: Text.AlignVCenter
                    textFormat: Text.PlainText
                }
                onActivated: index => {
                    // The first activity of the chosen function.
                    let row = 0
                    for (let f = 0; f < index; ++f)
                        row += diagnostic.functions[f].activities
                    page.move(row)
                }
            }
        }

        ScrollView {
            id: scroll
            Layout.fillWidth: true
            Layout.fillHeight: true
            contentWidth: availableWidth

            ColumnLayout {
                width: Math.min(scroll.availableWidth - 32, 760)
                x: (scroll.availableWidth - width) / 2
                spacing: 12

                Label {
                    objectName: "diagnosticActivityPosition"
                    Layout.fillWidth: true
                    text: page.current >= 0 ? qsTr("Activity %1 of %2 in this function · %3")
                                              .arg(page.activity.positionInFunction).arg(page.activity.functionSize).arg(page.activity.activityId) : ""
                    color: Material.accent
                    textFormat: Text.PlainText
                }
                Label {
                    objectName: "diagnosticActivityLabel"
                    Layout.fillWidth: true
                    text: page.activity.label ?? ""
                    font.pixelSize: page.layout === "phone" ? 18 : 21
                    wrapMode: Text.Wrap
                    textFormat: Text.PlainText
                }
                Label {
                    Layout.fillWidth: true
                    text: qsTr("How do you do this today?")
                    wrapMode: Text.Wrap
                    opacity: 0.8
                    textFormat: Text.PlainText
                }
                ButtonGroup { id: levels }
                Repeater {
                    model: diagnostic.scale
                    delegate: RadioDelegate {
                        id: choice
                        required property var modelData
                        objectName: "diagnosticLevel_" + modelData.value
                        Layout.fillWidth: true
                        Layout.minimumHeight: 56
                        text: modelData.label
                        checked: page.activity.level === modelData.value
                        ButtonGroup.group: levels
                        Accessible.name: modelData.label
                        onClicked: diagnostic.answer(page.current, modelData.value, comment.text)
                        // Long levels wrap on a phone rather than being cut.
                        contentItem: Label {
                            text: choice.text
                            wrapMode: Text.Wrap
                            rightPadding: choice.indicator.width + choice.spacing
                            verticalAlignment: Text.AlignVCenter
                            textFormat: Text.PlainText
                        }
                    }
                }
                TextArea {
                    id: comment
                    objectName: "diagnosticComment"
                    Layout.fillWidth: true
                    Layout.minimumHeight: 96
                    placeholderText: qsTr("An example from your work, or a comment (optional)")
                    wrapMode: TextEdit.Wrap
                    Accessible.name: qsTr("Example or comment")
                    onActiveFocusChanged: if (!activeFocus) page.saveComment()
                }
                Label {
                    Layout.fillWidth: true
                    visible: (page.activity.blocs ?? "").length > 0
                    text: qsTr("Counts towards bloc %1", "", (page.activity.blocs ?? "").split(",").length).arg(page.activity.blocs ?? "")
                    opacity: 0.7
                    font.pixelSize: 13
                    textFormat: Text.PlainText
                }
                Item { Layout.preferredHeight: 8 }
            }
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.margins: 12
            Button {
                objectName: "diagnosticPrevious"
                text: qsTr("Previous")
                enabled: page.current > 0
                Layout.minimumHeight: 48
                Accessible.name: qsTr("Previous activity")
                onClicked: page.move(page.current - 1)
            }
            Item { Layout.fillWidth: true }
            Button {
                objectName: "diagnosticNext"
                visible: page.current < diagnostic.count - 1
                text: qsTr("Next")
                highlighted: true
                Layout.minimumHeight: 48
                Accessible.name: qsTr("Next activity")
                onClicked: page.move(page.current + 1)
            }
            Button {
                objectName: "diagnosticSubmit"
                visible: page.current === diagnostic.count - 1
                text: !isNaN(diagnostic.submittedAt.getTime()) && !diagnostic.changedSinceSubmit ? qsTr("Submitted") : qsTr("Submit")
                highlighted: true
                enabled: diagnostic.answeredCount === diagnostic.count && (isNaN(diagnostic.submittedAt.getTime()) || diagnostic.changedSinceSubmit)
                Layout.minimumHeight: 48
                Accessible.name: qsTr("Submit the auto-diagnostic")
                onClicked: {
                    page.saveComment()
                    if (diagnostic.submitDiagnostic())
                        page.showResults(diagnostic)
                }
            }
        }
    }
}
