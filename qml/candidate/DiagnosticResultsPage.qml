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
            // Columns, not nested layouts: Qt 6.4 leaves a nested layout where it was first
            // measured, which put wrapped titles under the bars.
            Column {
                id: bars
                objectName: "diagnosticBars"
                Layout.fillWidth: true
                spacing: 12

                Repeater {
                    model: page.diagnostic?.functions ?? []
                    delegate: Column {
                        id: bar
                        required property var modelData
                        required property int index
                        readonly property real share: modelData.levelMax > 0 ? modelData.levelSum / modelData.levelMax : 0
                        objectName: "functionBar_" + modelData.id
                        width: bars.width
                        spacing: 4
                        Accessible.role: Accessible.StaticText
                        Accessible.name: qsTr("%1: %2 %, %3 of %4 activities answered").arg(modelData.title)
                                         .arg(modelData.percent).arg(modelData.answered).arg(modelData.activities)
                        Label {
                            width: bar.width
                            text: (bar.index + 1) + ". " + bar.modelData.title
                            wrapMode: Text.Wrap
                            textFormat: Text.PlainText
                            font.pixelSize: 14
                        }
                        Item {
                            width: bar.width
                            height: Math.max(18, percent.implicitHeight)
                            ShareBar {
                                anchors.left: parent.left
                                anchors.right: percent.left
                                anchors.rightMargin: 8
                                anchors.verticalCenter: parent.verticalCenter
                                height: 18
                                value: bar.share
                                color: bar.share >= 0.5 ? Material.color(Material.Teal) : Material.accent
                            }
                            Label {
                                id: percent
                                anchors.right: parent.right
                                anchors.verticalCenter: parent.verticalCenter
                                width: 56
                                horizontalAlignment: Text.AlignRight
                                text: bar.modelData.percent + "\u202f%"
                                textFormat: Text.PlainText
                            }
                        }
                    }
                }
            }

            // Strengths beside what to develop, or one after the other on a phone.
            Grid {
                id: lists
                readonly property int columnWidth: columns === 1 ? width : (width - columnSpacing) / 2
                Layout.fillWidth: true
                columns: page.layout === "phone" ? 1 : 2
                columnSpacing: 24
                rowSpacing: 12

                Repeater {
                    model: [{ key: "strengths", title: qsTr("Strengths"), items: page.diagnostic?.strengths ?? [],
                              empty: qsTr("No activity rated in the upper half of the scale yet.") },
                            { key: "gaps", title: qsTr("To develop"), items: page.diagnostic?.gaps ?? [],
                              empty: qsTr("No activity rated in the lower half of the scale.") }]
                    delegate: Column {
                        id: column
                        required property var modelData
                        objectName: "diagnostic_" + modelData.key
                        width: lists.columnWidth
                        spacing: 4
                        SectionTitle {
                            width: column.width
                            text: column.modelData.title + " (" + column.modelData.items.length + ")"
                        }
                        Label {
                            visible: column.modelData.items.length === 0
                            width: column.width
                            text: column.modelData.empty
                            wrapMode: Text.Wrap
                            opacity: 0.7
                            textFormat: Text.PlainText
                        }
                        Repeater {
                            model: column.modelData.items
                            delegate: Label {
                                required property var modelData
                                width: column.width
                                wrapMode: Text.Wrap
                                textFormat: Text.PlainText
                                text: modelData.activityId + " · " + modelData.label + "\n" + modelData.levelLabel
                                      + (modelData.blocs.length > 0 ? " · " + qsTr("towards bloc %1", "", modelData.blocs.split(",").length).arg(modelData.blocs) : "")
                                bottomPadding: 8
                            }
                        }
                    }
                }
            }

            Button {
                objectName: "diagnosticExportPdf"
                text: qsTr("PDF for the bilan de positionnement")
                highlighted: true
                Layout.minimumHeight: 48
                Layout.maximumWidth: parent.width
                Accessible.name: text
                onClicked: page.savedPath = page.diagnostic.exportPdf()
            }
            ExportedFile {
                objectName: "diagnosticSaved"
                Layout.fillWidth: true
                Layout.bottomMargin: 16
                path: page.savedPath
                saved: qsTr("PDF saved")
            }
        }
    }
}
