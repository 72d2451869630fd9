// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Jalon
import Jalon.App

// The accompanist plans a candidate's VAE sessions: from a start date, the path's
// sessions spread over its months (each date editable afterwards); then each session is
// opened to record what happened.
Page {
    id: page

    property string layout: "desktop"
    required property string candidateId
    signal openSession(string candidateId, int number)

    objectName: "vaePlanPage"
    title: qsTr("VAE sessions")

    JourneyModel { id: journey; session: Session; candidateId: page.candidateId }

    function statusText(status: string): string {
        return ({ notPlanned: qsTr("not planned"), planned: qsTr("planned"), held: qsTr("held"),
                  cancelled: qsTr("cancelled") })[status] ?? status
    }

    // One scrolling column, not a ListView with a header: Qt 6.4's ListView cannot create a
    // bound header. A path has a dozen sessions, so nothing is gained by creating rows lazily.
    ScrollView {
        id: scroll
        objectName: "vaeSessions"
        anchors.fill: parent
        contentWidth: availableWidth
        Accessible.name: qsTr("VAE sessions")

        readonly property int count: rows.count

        ColumnLayout {
            width: scroll.availableWidth
            spacing: 8
            Label {
                objectName: "vaeProgress"
                Layout.fillWidth: true
                Layout.margins: 16
                Layout.bottomMargin: 0
                wrapMode: Text.Wrap
                textFormat: Text.PlainText
                text: qsTr("%1 of %2 sessions held · %n month(s) left", "", journey.monthsLeft).arg(journey.heldCount).arg(journey.count)
            }
            Label {
                Layout.fillWidth: true
                Layout.leftMargin: 16
                Layout.rightMargin: 16
                text: qsTr("Plan the %1 sessions over %n month(s) from a start date:", "", journey.months).arg(journey.count)
                wrapMode: Text.Wrap
                textFormat: Text.PlainText
            }
            RowLayout {
                Layout.fillWidth: true
                Layout.leftMargin: 12
                Layout.rightMargin: 12
                DateField {
                    id: start
                    objectName: "vaeStart"
                    Layout.fillWidth: true
                    label: qsTr("Start date of the accompaniment")
                    // A QDate: Qt 6.4's qmllint does not know the type (a date in QML).
                    date: journey.startDate.getTime() ? journey.startDate : new Date() // qmllint disable type
                }
                Button {
                    objectName: "vaePlan"
                    enabled: start.valid
                    text: journey.plannedCount + journey.heldCount > 0 ? qsTr("Plan again") : qsTr("Plan")
                    highlighted: true
                    Layout.minimumHeight: 48
                    Accessible.name: qsTr("Plan the sessions from the start date")
                    onClicked: journey.plan(start.date)
                }
            }
            Label {
                Layout.fillWidth: true
                Layout.leftMargin: 16
                Layout.rightMargin: 16
                visible: start.valid
                text: qsTr("Dates: %1").arg(journey.proposedDates(start.date).map(d => d.toLocaleDateString(Qt.locale(), Locale.ShortFormat)).join(", "))
                      + "\n" + qsTr("Sessions already held or cancelled keep their date.")
                opacity: 0.7
                font.pixelSize: 13
                wrapMode: Text.Wrap
                textFormat: Text.PlainText
            }

            Repeater {
                id: rows
                model: journey
                delegate: ItemDelegate {
                    id: row
                    required property int number
                    required property string status
                    required property date date
                    required property string notes
                    objectName: "vaeSession_" + number
                    Layout.fillWidth: true
                    Accessible.name: qsTr("Session %1, %2").arg(number).arg(page.statusText(status))
                    onClicked: page.openSession(page.candidateId, number)
                    contentItem: RowLayout {
                        spacing: 12
                        Rectangle {
                            Layout.preferredWidth: 12
                            Layout.preferredHeight: 12
                            radius: 6
                            color: Status.color(row.status === "held" ? "acquired" : row.status === "planned" ? "inProgress" : row.status === "cancelled" ? "expired" : "notStarted")
                        }
                        ColumnLayout {
                            Layout.fillWidth: true
                            spacing: 2
                            Label {
                                Layout.fillWidth: true
                                text: qsTr("Session %1").arg(row.number)
                                      + (isNaN(row.date.getTime()) ? "" : " · " + row.date.toLocaleDateString(Qt.locale(), Locale.ShortFormat))
                                font.weight: Font.Medium
                                elide: Text.ElideRight
                                textFormat: Text.PlainText
                            }
                            Label {
                                Layout.fillWidth: true
                                text: page.statusText(row.status) + (row.notes.length > 0 ? " · " + row.notes : "")
                                opacity: 0.75
                                font.pixelSize: 13
                                elide: Text.ElideRight
                                maximumLineCount: 1
                                textFormat: Text.PlainText
                            }
                        }
                    }
                }
            }
        }
    }
}
