// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Jalon
import Jalon.App

// The VAE journey: the milestones of the path and the accompaniment sessions as the
// accompanist planned and recorded them, with the notes they share.
Page {
    id: page

    property string layout: "desktop"

    objectName: "journeyPage"
    title: qsTr("VAE journey")

    JourneyModel { id: journey; session: Session }

    function statusText(status: string): string {
        return ({ notPlanned: qsTr("not planned yet"), planned: qsTr("planned"), held: qsTr("held"),
                  cancelled: qsTr("cancelled") })[status] ?? status
    }

    // One scrolling column, not a ListView with a header: Qt 6.4's ListView cannot create a
    // bound header, and a ListView whose header grows opens scrolled down. Eleven sessions at
    // most, so nothing is gained by creating the rows lazily.
    ScrollView {
        id: scroll
        objectName: "journeySessions"
        anchors.fill: parent
        contentWidth: availableWidth
        Accessible.name: qsTr("Accompaniment sessions")

        readonly property int count: sessionRows.count

        ColumnLayout {
            width: scroll.availableWidth
            spacing: 6
            Label {
                objectName: "journeySummary"
                Layout.fillWidth: true
                Layout.margins: 16
                text: journey.count > 0
                      ? qsTr("%1 of %2 sessions held, over about %n month(s).", "", journey.months).arg(journey.heldCount).arg(journey.count)
                      : qsTr("This certification has no VAE path.")
                wrapMode: Text.Wrap
                textFormat: Text.PlainText
            }
            SectionTitle {
                Layout.fillWidth: true
                Layout.leftMargin: 16
                text: qsTr("Milestones")
                visible: journey.milestones.length > 0
            }
            Repeater {
                model: journey.milestones
                delegate: Label {
                    required property var modelData
                    required property int index
                    Layout.fillWidth: true
                    Layout.leftMargin: 16
                    Layout.rightMargin: 16
                    text: (index + 1) + ". " + modelData.label + (modelData.duration.length > 0 ? " (" + modelData.duration + ")" : "")
                    wrapMode: Text.Wrap
                    textFormat: Text.PlainText
                }
            }
            SectionTitle {
                Layout.fillWidth: true
                Layout.leftMargin: 16
                text: qsTr("Sessions")
                visible: journey.count > 0
            }

            Repeater {
                id: sessionRows
                model: journey
                delegate: ItemDelegate {
                    id: row
                    required property int number
                    required property string status
                    required property var date
                    required property string notes
                    required property string nextSteps
                    required property string sections
                    objectName: "journeySession_" + number
                    Layout.fillWidth: true
                    Accessible.name: qsTr("Session %1, %2").arg(number).arg(page.statusText(status))
                    contentItem: ColumnLayout {
                        spacing: 2
                        Label {
                            Layout.fillWidth: true
                            text: qsTr("Session %1").arg(row.number) + " · " + page.statusText(row.status)
                                  + (row.date && !isNaN(row.date.getTime()) ? " · " + Dates.longDate(row.date) : "")
                            font.weight: Font.Medium
                            wrapMode: Text.Wrap
                            textFormat: Text.PlainText
                        }
                        Label {
                            visible: row.notes.length > 0
                            Layout.fillWidth: true
                            text: qsTr("Notes: %1").arg(row.notes)
                            wrapMode: Text.Wrap
                            textFormat: Text.PlainText
                        }
                        Label {
                            visible: row.nextSteps.length > 0
                            Layout.fillWidth: true
                            text: qsTr("Next steps: %1").arg(row.nextSteps)
                            wrapMode: Text.Wrap
                            textFormat: Text.PlainText
                        }
                        Label {
                            visible: row.sections.length > 0
                            Layout.fillWidth: true
                            text: qsTr("Sections worked on: %1").arg(row.sections)
                            opacity: 0.75
                            wrapMode: Text.Wrap
                            textFormat: Text.PlainText
                        }
                    }
                }
            }
        }
    }
}
