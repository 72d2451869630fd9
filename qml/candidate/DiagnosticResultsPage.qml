// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Jalon
import Jalon.App

// The auto-diagnostic's results: a bar per function (levels reached out of the most
// possible), then strengths and activities to develop with the blocs they feed, and the
// PDF to bring to the bilan de positionnement with the manager.
Page {
    id: page

    property string layout: "desktop"
    required property DiagnosticModel diagnostic
    property string savedPath

    objectName: "diagnosticResultsPage"
    title: qsTr("Auto-diagnostic results")

    ScrollView {
        id: scroll
        anchors.fill: parent
        contentWidth: availableWidth

        ColumnLayout {
            width: Math.min(scroll.availableWidth - 32, 960)
            x: (scroll.availableWidth - width) / 2
            spacing: 12

            Label {
                Layout.fillWidth: true
                Layout.topMargin: 16
                wrapMode: Text.Wrap
                textFormat: Text.PlainText
                // The diagnostic page owns the model: when the profile locks it may go first.
                text: !page.diagnostic ? ""
                      : !isNaN(page.diagnostic.submittedAt.getTime())
                      ? qsTr("Submitted on %1.").arg(page.diagnostic.submittedAt.toLocaleString(Qt.locale(), Locale.ShortFormat))
                      : qsTr("Not submitted yet: %1 of %2 activities answered.").arg(page.diagnostic.answeredCount).arg(page.diagnostic.count)
            }

            SectionTitle { text: qsTr("By function"); Layout.fillWidth: true }

            // The chart: one bar per function, its length the share of the highest level.
            Repeater {
                model: page.diagnostic?.functions ?? []
                delegate: ColumnLayout {
                    id: bar
                    required property var modelData
                    required property int index
                    readonly property real share: modelData.levelMax > 0 ? modelData.levelSum / modelData.levelMax : 0
                    objectName: "functionBar_" + modelData.id
                    Layout.fillWidth: true
                    spacing: 2
                    Accessible.role: Accessible.StaticText
                    Accessible.name: qsTr("%1: %2 %, %3 of %4 activities answered").arg(modelData.title)
                                     .arg(modelData.percent).arg(modelData.answered).arg(modelData.activities)
                    Label {
                        Layout.fillWidth: true
                        text: (bar.index + 1) + ". " + bar.modelData.title
                        wrapMode: Text.Wrap
                        textFormat: Text.PlainText
                        font.pixelSize: 14
                    }
                    RowLayout {
                        Layout.fillWidth: true
                        Rectangle {
                            id: track
                            Layout.fillWidth: true
                            Layout.preferredHeight: 18
                            radius: 4
                            color: Qt.rgba(0.5, 0.5, 0.5, 0.2)
                            Rectangle {
                                width: track.width * bar.share
                                height: parent.height
                                radius: 4
                                color: bar.share >= 0.5 ? Material.color(Material.Teal) : Material.accent
                            }
                        }
                        Label {
                            Layout.preferredWidth: 56
                            horizontalAlignment: Text.AlignRight
                            text: bar.modelData.percent + "\u202f%"
                            textFormat: Text.PlainText
                        }
                    }
                }
            }

            GridLayout {
                Layout.fillWidth: true
                columns: page.layout === "phone" ? 1 : 2
                columnSpacing: 24

                Repeater {
                    model: [{ key: "strengths", title: qsTr("Strengths"), items: page.diagnostic?.strengths ?? [],
                              empty: qsTr("No activity rated in the upper half of the scale yet.") },
                            { key: "gaps", title: qsTr("To develop"), items: page.diagnostic?.gaps ?? [],
                              empty: qsTr("No activity rated in the lower half of the scale.") }]
                    delegate: ColumnLayout {
                        id: column
                        required property var modelData
                        objectName: "diagnostic_" + modelData.key
                        Layout.fillWidth: true
                        Layout.alignment: Qt.AlignTop
                        spacing: 4
                        SectionTitle {
                            Layout.fillWidth: true
                            text: column.modelData.title + " (" + column.modelData.items.length + ")"
                        }
                        Label {
                            visible: column.modelData.items.length === 0
                            Layout.fillWidth: true
                            text: column.modelData.empty
                            wrapMode: Text.Wrap
                            opacity: 0.7
                            textFormat: Text.PlainText
                        }
                        Repeater {
                            model: column.modelData.items
                            delegate: Label {
                                required property var modelData
                                Layout.fillWidth: true
                                wrapMode: Text.Wrap
                                textFormat: Text.PlainText
                                text: modelData.activityId + " · " + modelData.label + "\n" + modelData.levelLabel
                                      + (modelData.blocs.length > 0 ? " · " + qsTr("bloc(s) %1").arg(modelData.blocs) : "")
                                bottomPadding: 8
                            }
                        }
                    }
                }
            }

            RowLayout {
                Layout.fillWidth: true
                Layout.bottomMargin: 16
                Button {
                    objectName: "diagnosticExportPdf"
                    text: qsTr("PDF for the bilan de positionnement")
                    highlighted: true
                    Layout.minimumHeight: 48
                    Accessible.name: text
                    onClicked: page.savedPath = page.diagnostic.exportPdf()
                }
                Label {
                    objectName: "diagnosticSavedPath"
                    Layout.fillWidth: true
                    visible: page.savedPath.length > 0
                    text: qsTr("Saved: %1").arg(page.savedPath)
                    wrapMode: Text.WrapAnywhere
                    textFormat: Text.PlainText
                }
            }
        }
    }
}
