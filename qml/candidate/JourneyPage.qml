// SPDX-License-Identifier: GPL-3.0-or-later
// Not `pragma ComponentBehavior: Bound`: Qt 6.4's ListView does not instantiate a bound
// header or footer ("Component is not ready"), so this file's components reach the
// page's ids through their context, which qmllint reports as unqualified access.
// qmllint disable unqualified
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

    ListView {
        id: list
        objectName: "journeySessions"
        anchors.fill: parent
        clip: true
        model: journey
        ScrollBar.vertical: ScrollBar {}
        Accessible.name: qsTr("Accompaniment sessions")

        header: ColumnLayout {
            width: list.width
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
        }

        delegate: ItemDelegate {
            id: row
            required property int number
            required property string status
            required property var date
            required property string notes
            required property string nextSteps
            required property string sections
            objectName: "journeySession_" + number
            width: ListView.view.width
            Accessible.name: qsTr("Session %1, %2").arg(number).arg(page.statusText(status))
            contentItem: ColumnLayout {
                spacing: 2
                Label {
                    Layout.fillWidth: true
                    text: qsTr("Session %1").arg(row.number) + " · " + page.statusText(row.status)
                          + (row.date && !isNaN(row.date.getTime()) ? " · " + row.date.toLocaleDateString(Qt.locale(), Locale.LongFormat) : "")
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
