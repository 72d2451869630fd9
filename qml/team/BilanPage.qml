// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Jalon
import Jalon.App

// The bilan de positionnement: each activity with the candidate's own rating and the
// manager's beside it, a difference marked where they disagree (the two stay as they
// are, never averaged); then the decision, signed: path, blocs, training needs, review.
Page {
    id: page

    property string layout: "desktop"
    required property string candidateId
    property bool recorded: false
    // Wide enough for the decision beside the activities, where it stays in view.
    readonly property bool wide: width >= 960

    objectName: "bilanPage"
    title: qsTr("Bilan de positionnement")

    BilanModel { id: bilan; session: Session; candidateId: page.candidateId }

    function levelLabel(level: int): string {
        return level < 0 ? qsTr("not answered") : (bilan.scale[level] ? bilan.scale[level].label : String(level))
    }

    // Columns, not a ListView with a header, sections and a footer: Qt 6.4's ListView
    // cannot create those bound. A référentiel has a few dozen activities, created at once.
    RowLayout {
        anchors.fill: parent
        spacing: 0

        ScrollView {
            id: activitiesScroll
            objectName: "bilanList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            contentWidth: availableWidth
            Accessible.name: qsTr("Activities of the auto-diagnostic")

            ColumnLayout {
                width: activitiesScroll.availableWidth
                spacing: 4
                Label {
                    Layout.fillWidth: true
                    Layout.margins: 16
                    Layout.bottomMargin: 0
                    text: bilan.candidateName
                    font.pixelSize: 20
                    textFormat: Text.PlainText
                    elide: Text.ElideRight
                }
                Label {
                    objectName: "bilanSubmitted"
                    Layout.fillWidth: true
                    Layout.leftMargin: 16
                    Layout.rightMargin: 16
                    wrapMode: Text.Wrap
                    textFormat: Text.PlainText
                    text: !isNaN(bilan.submittedAt.getTime())
                          ? qsTr("Auto-diagnostic submitted on %1.").arg(bilan.submittedAt.toLocaleDateString(Qt.locale(), Locale.ShortFormat))
                          : qsTr("The candidate has not submitted the auto-diagnostic yet (%1 of %2 activities answered).").arg(bilan.answeredCount).arg(bilan.count)
                }
                Label {
                    objectName: "bilanDiffer"
                    Layout.fillWidth: true
                    Layout.leftMargin: 16
                    Layout.rightMargin: 16
                    wrapMode: Text.Wrap
                    textFormat: Text.PlainText
                    font.weight: Font.Medium
                    text: qsTr("%1 of %2 activities rated by you · %n difference(s) with the candidate", "", bilan.differCount)
                          .arg(bilan.ratedCount).arg(bilan.count)
                }
                Button {
                    objectName: "bilanGoToDecision"
                    visible: !page.wide
                    Layout.leftMargin: 12
                    Layout.minimumHeight: 48
                    flat: true
                    text: qsTr("Go to the decision")
                    Accessible.name: qsTr("Go to the decision at the end of the page")
                    onClicked: {
                        const flick = activitiesScroll.contentItem as Flickable
                        flick.contentY = Math.max(0, Math.min(narrowSlot.y, flick.contentHeight - flick.height))
                    }
                }
                // Columns, not layouts, below this point: Qt 6.4 leaves a nested layout's
                // items where they were when the page was first measured at no width.
                Column {
                    id: activities
                    Layout.fillWidth: true
                    Layout.leftMargin: 12
                    Layout.rightMargin: 12
                    spacing: 8
                    Repeater {
                        model: bilan
                        delegate: Column {
                            id: row
                            required property string activityId
                            required property string label
                            required property string functionTitle
                            required property bool firstOfFunction
                            required property int candidateLevel
                            required property string candidateComment
                            required property int rating
                            required property int gap
                            required property bool differs
                            width: activities.width
                            spacing: 4

                            Label {
                                visible: row.firstOfFunction
                                width: row.width
                                topPadding: 12
                                bottomPadding: 4
                                text: row.functionTitle
                                font.weight: Font.DemiBold
                                color: Material.accent
                                wrapMode: Text.Wrap
                                textFormat: Text.PlainText
                            }
                            Frame {
                                objectName: "bilanActivity_" + row.activityId
                                width: row.width
                                Accessible.name: row.activityId + " " + row.label
                                background: Rectangle {
                                    radius: 6
                                    color: row.differs ? Qt.rgba(1, 0.76, 0.03, 0.18) : "transparent"
                                    border.color: row.differs ? "#ffc107" : Material.frameColor
                                }
                                ColumnLayout {
                                    width: parent.width
                                    spacing: 4
                                    Label {
                                        Layout.fillWidth: true
                                        text: row.activityId + " · " + row.label
                                        wrapMode: Text.Wrap
                                        textFormat: Text.PlainText
                                    }
                                    Label {
                                        objectName: "bilanCandidate_" + row.activityId
                                        Layout.fillWidth: true
                                        // The candidate's own words, quoted; the buttons below speak of the candidate.
                                        text: (row.candidateLevel < 0 ? qsTr("Candidate: %1").arg(page.levelLabel(row.candidateLevel))
                                                                      : qsTr("Candidate: “%1”").arg(page.levelLabel(row.candidateLevel)))
                                              + (row.candidateComment.length > 0 ? " — « " + row.candidateComment + " »" : "")
                                        opacity: 0.8
                                        wrapMode: Text.Wrap
                                        textFormat: Text.PlainText
                                    }
                                    Flow {
                                        Layout.fillWidth: true
                                        spacing: 4
                                        Repeater {
                                            model: bilan.scale
                                            delegate: Button {
                                                required property var modelData
                                                objectName: "bilanRate_" + row.activityId + "_" + modelData.value
                                                height: 48
                                                text: modelData.observed
                                                font.capitalization: Font.MixedCase
                                                checkable: true
                                                checked: row.rating === modelData.value
                                                highlighted: checked
                                                Accessible.name: qsTr("Your rating of %1: %2").arg(row.activityId).arg(modelData.observed)
                                                onClicked: bilan.rate(row.activityId, modelData.value)
                                            }
                                        }
                                    }
                                    Label {
                                        visible: row.differs
                                        objectName: "bilanGap_" + row.activityId
                                        Layout.fillWidth: true
                                        text: row.gap > 0 ? qsTr("You rate this %n level(s) above the candidate.", "", row.gap)
                                                          : qsTr("You rate this %n level(s) below the candidate.", "", -row.gap)
                                        color: "#b26a00"
                                        font.weight: Font.Medium
                                        wrapMode: Text.Wrap
                                        textFormat: Text.PlainText
                                    }
                                }
                            }
                        }
                    }
                }
                Item {
                    id: narrowSlot
                    Layout.fillWidth: true
                    Layout.topMargin: 8
                    implicitHeight: page.wide ? 0 : decision.implicitHeight
                }
            }
        }

        ScrollView {
            id: decisionScroll
            objectName: "bilanDecisionPane"
            visible: page.wide
            Layout.preferredWidth: 440
            Layout.fillHeight: true
            contentWidth: availableWidth
            Accessible.name: qsTr("Decision")

            Item {
                id: wideSlot
                width: decisionScroll.availableWidth
                implicitHeight: page.wide ? decision.implicitHeight : 0
            }
        }
    }

    // The decision sits beside the activities on a wide screen and after them otherwise, at
    // a width where each control stays next to its label.
    ColumnLayout {
        id: decision
        parent: page.wide ? wideSlot : narrowSlot
        width: Math.min(parent.width, 720)
        spacing: 8

        SectionTitle { Layout.fillWidth: true; Layout.leftMargin: 16; text: qsTr("Decision") }
        RowLayout {
            Layout.leftMargin: 12
            RadioButton {
                objectName: "bilanPathEpreuves"
                text: qsTr("Épreuves")
                checked: bilan.path === "epreuves"
                Accessible.name: qsTr("Path: épreuves")
                onClicked: bilan.path = "epreuves"
            }
            RadioButton {
                objectName: "bilanPathVae"
                text: qsTr("VAE")
                checked: bilan.path === "vae"
                Accessible.name: qsTr("Path: VAE")
                onClicked: bilan.path = "vae"
            }
        }
        Label {
            Layout.leftMargin: 16
            text: qsTr("Blocs targeted")
            font.weight: Font.Medium
            textFormat: Text.PlainText
        }
        Repeater {
            model: bilan.blocChoices
            // The box beside the bloc's words, not at the pane's far edge.
            delegate: CheckLine {
                required property var modelData
                objectName: "bilanBloc_" + modelData.id
                Layout.fillWidth: true
                Layout.leftMargin: 12
                Layout.rightMargin: 16
                text: modelData.id + " · " + modelData.title
                checked: modelData.targeted
                Accessible.name: qsTr("Target %1").arg(modelData.id)
                onToggled: bilan.toggleBloc(modelData.id)
            }
        }
        TextArea {
            objectName: "bilanTraining"
            Layout.fillWidth: true
            Layout.leftMargin: 16
            Layout.rightMargin: 16
            Layout.minimumHeight: 96
            wrapMode: TextEdit.Wrap
            textFormat: TextEdit.PlainText
            placeholderText: qsTr("Training needs")
            Accessible.name: qsTr("Training needs")
            text: bilan.trainingNeeds
            onTextChanged: bilan.trainingNeeds = text
        }
        Label {
            Layout.leftMargin: 16
            text: qsTr("Next review")
            font.weight: Font.Medium
            textFormat: Text.PlainText
        }
        DateField {
            objectName: "bilanReview"
            Layout.fillWidth: true
            Layout.leftMargin: 12
            Layout.rightMargin: 12
            label: qsTr("Next review date")
            // A QDate: Qt 6.4's qmllint does not know the type (a date in QML).
            date: bilan.nextReview // qmllint disable type
            onEdited: bilan.nextReview = date
        }
        TextArea {
            objectName: "bilanComment"
            Layout.fillWidth: true
            Layout.leftMargin: 16
            Layout.rightMargin: 16
            Layout.minimumHeight: 72
            wrapMode: TextEdit.Wrap
            textFormat: TextEdit.PlainText
            placeholderText: qsTr("Comment (optional)")
            Accessible.name: qsTr("Comment on the bilan")
            text: bilan.comment
            onTextChanged: bilan.comment = text
        }
        Label {
            objectName: "bilanProblem"
            visible: bilan.problem.length > 0
            Layout.fillWidth: true
            Layout.leftMargin: 16
            Layout.rightMargin: 16
            text: bilan.problem
            color: Material.color(Material.Red)
            wrapMode: Text.Wrap
            textFormat: Text.PlainText
        }
        Label {
            objectName: "bilanRecorded"
            visible: !isNaN(bilan.recordedAt.getTime())
            Layout.fillWidth: true
            Layout.leftMargin: 16
            Layout.rightMargin: 16
            text: qsTr("Last recorded on %1.").arg(bilan.recordedAt.toLocaleString(Qt.locale(), Locale.ShortFormat))
            opacity: 0.75
            wrapMode: Text.Wrap
            textFormat: Text.PlainText
        }
        Button {
            objectName: "bilanRecord"
            Layout.alignment: Qt.AlignRight
            Layout.margins: 12
            Layout.minimumHeight: 48
            enabled: bilan.problem.length === 0
            highlighted: true
            text: qsTr("Sign the bilan")
            Accessible.name: qsTr("Sign the bilan de positionnement")
            onClicked: page.recorded = bilan.record()
        }
    }
}
