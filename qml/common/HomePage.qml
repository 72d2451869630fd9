// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Jalon
import Jalon.App

// Where the person starts: what needs them soon (reminders); for a candidate, how far
// each part of the work is, each card opening its page; for the other roles, the
// candidates they follow.
Page {
    id: page

    property string layout: "desktop"
    signal navigate(string key)
    signal openCandidate(string candidateId)

    readonly property bool candidate: Session.role === Roles.Candidate
    readonly property int columns: layout === "phone" ? 1 : (layout === "tablet" ? 2 : 3)

    objectName: "homePage"
    title: qsTr("Home")

    DiagnosticModel { id: diagnostic; session: page.candidate ? Session : null }
    LivretModel { id: livret; session: page.candidate ? Session : null }
    CarnetModel { id: carnet; session: page.candidate ? Session : null }
    JourneyModel { id: journey; session: page.candidate ? Session : null }
    TeamModel { id: team; session: page.candidate ? null : Session }
    RemindersModel { id: reminders; session: Session; limit: 12 }

    ScrollView {
        id: scroll
        anchors.fill: parent
        contentWidth: availableWidth

        ColumnLayout {
            width: scroll.availableWidth - 32
            x: 16
            spacing: 12

            Label {
                objectName: "homeGreeting"
                Layout.fillWidth: true
                Layout.topMargin: 16
                text: qsTr("Hello %1").arg(Session.name)
                font.pixelSize: 24
                wrapMode: Text.Wrap
                textFormat: Text.PlainText
            }
            Label {
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                textFormat: Text.PlainText
                opacity: 0.8
                text: {
                    const ref = Referentiels.summary(Session.referentielId)
                    return page.candidate ? (ref.title ? qsTr("You are preparing: %1").arg(ref.title) : "")
                                          : qsTr("Your role: %1").arg(Session.roleName)
                }
            }

            GridLayout {
                visible: page.candidate
                Layout.fillWidth: true
                columns: page.columns
                columnSpacing: 12
                rowSpacing: 12

                SummaryCard {
                    objectName: "homeDiagnosticCard"
                    Layout.fillWidth: true
                    heading: qsTr("Auto-diagnostic d'activités")
                    figure: qsTr("%1 / %2").arg(diagnostic.answeredCount).arg(diagnostic.count)
                    unit: qsTr("activities answered")
                    detail: !isNaN(diagnostic.submittedAt.getTime()) ? qsTr("Submitted on %1").arg(diagnostic.submittedAt.toLocaleDateString(Qt.locale(), Locale.ShortFormat))
                            : (diagnostic.answeredCount > 0 ? qsTr("Pick up where you left off") : qsTr("Rate what you do today, activity by activity"))
                    progress: diagnostic.count > 0 ? diagnostic.answeredCount / diagnostic.count : 0
                    onClicked: page.navigate("diagnostic")
                }
                SummaryCard {
                    objectName: "homeLivretCard"
                    Layout.fillWidth: true
                    heading: qsTr("Livret VAE")
                    figure: qsTr("%1 / %2").arg(livret.draftedCount).arg(livret.count)
                    unit: qsTr("sections written")
                    detail: qsTr("%n word(s)", "", livret.totalWords) + (livret.conflictCount > 0 ? " · " + qsTr("%n conflict(s) to settle", "", livret.conflictCount) : "")
                    progress: livret.count > 0 ? livret.draftedCount / livret.count : 0
                    onClicked: page.navigate("livret")
                }
                SummaryCard {
                    objectName: "homeCarnetCard"
                    Layout.fillWidth: true
                    heading: qsTr("Carnet de suivi")
                    figure: qsTr("%1 / %2").arg(carnet.acquiredCount).arg(carnet.count)
                    unit: qsTr("competences acquired")
                    detail: qsTr("%n attestation(s)", "", carnet.attestationCount)
                    progress: carnet.count > 0 ? carnet.acquiredCount / carnet.count : 0
                    onClicked: page.navigate("carnet")
                }
                SummaryCard {
                    objectName: "homeJourneyCard"
                    Layout.fillWidth: true
                    heading: qsTr("VAE journey")
                    figure: qsTr("%1 / %2").arg(journey.heldCount).arg(journey.count)
                    unit: qsTr("sessions held")
                    detail: journey.nextSession.date ? qsTr("Next session: %1").arg(Dates.longDate(journey.nextSession.date))
                                                     : qsTr("No session planned yet")
                    progress: journey.count > 0 ? journey.heldCount / journey.count : 0
                    onClicked: page.navigate("journey")
                }
            }

            GridLayout {
                visible: !page.candidate
                Layout.fillWidth: true
                columns: page.columns
                columnSpacing: 12
                rowSpacing: 12
                SummaryCard {
                    objectName: "homeCandidatesCard"
                    Layout.fillWidth: true
                    heading: qsTr("My candidates")
                    figure: qsTr("%n candidate(s)", "", team.totalCount)
                    detail: team.totalCount === 0 ? qsTr("The centre assigns them; they appear after a sync.")
                                                  : qsTr("Find a candidate, open their carnet")
                    onClicked: page.navigate("candidates")
                }
                SummaryCard {
                    objectName: "homeTeamCard"
                    visible: Session.role === Roles.Manager
                    Layout.fillWidth: true
                    heading: qsTr("Team")
                    figure: qsTr("%n candidate(s)", "", team.totalCount)
                    detail: qsTr("Every candidate's blocs at a glance")
                    onClicked: page.navigate("dashboard")
                }
            }

            SectionTitle {
                Layout.fillWidth: true
                text: qsTr("Reminders")
            }
            Label {
                objectName: "homeNoReminder"
                visible: reminders.count === 0
                Layout.fillWidth: true
                text: qsTr("Nothing needs you in the coming days.")
                opacity: 0.7
                wrapMode: Text.Wrap
                textFormat: Text.PlainText
            }
            Repeater {
                model: reminders
                delegate: ItemDelegate {
                    id: reminder
                    required property string kind
                    required property string message
                    required property string candidateId
                    required property int index
                    objectName: "reminder_" + index
                    Layout.fillWidth: true
                    enabled: candidateId.length > 0 || kind === "unsynced" || page.candidate
                    Accessible.name: message
                    onClicked: {
                        if (candidateId.length > 0)
                            page.openCandidate(candidateId)
                        else if (kind === "unsynced")
                            page.navigate("settings")
                        else
                            page.navigate(kind === "session" ? "journey" : "carnet")
                    }
                    contentItem: RowLayout {
                        spacing: 12
                        Rectangle {
                            Layout.preferredWidth: 10
                            Layout.preferredHeight: 10
                            radius: 5
                            color: reminder.kind === "unsynced" || reminder.kind === "expiring" ? "#f44336" : "#ffc107"
                        }
                        Label {
                            Layout.fillWidth: true
                            text: reminder.message
                            wrapMode: Text.Wrap
                            textFormat: Text.PlainText
                        }
                    }
                }
            }
            Label {
                objectName: "homeMoreReminders"
                visible: reminders.totalCount > reminders.count
                Layout.fillWidth: true
                text: qsTr("and %n more reminder(s)", "", reminders.totalCount - reminders.count)
                opacity: 0.7
                wrapMode: Text.Wrap
                textFormat: Text.PlainText
            }
            Item { Layout.preferredHeight: 16 }
        }
    }
}
