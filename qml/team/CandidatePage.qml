// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Jalon
import Jalon.App

// One candidate the person follows: where they are, and what the person's role does
// for them: the carnet (a tutor or a manager attests there, an evaluator records a
// bloc's result), the bilan de positionnement (a manager), the VAE sessions and the
// livret (an accompanist).
Page {
    id: page

    property string layout: "desktop"
    required property string candidateId
    signal openCarnet(string candidateId)
    signal openBilan(string candidateId)
    signal openSessions(string candidateId)
    signal openLivret(string candidateId)

    readonly property int role: Session.role
    readonly property int columns: layout === "phone" ? 1 : 2

    objectName: "candidatePage"
    title: carnetModel.candidateName.length > 0 ? carnetModel.candidateName : qsTr("Candidate")

    BilanModel { id: bilan; session: page.role === Roles.Manager ? Session : null; candidateId: page.candidateId }
    CarnetModel { id: carnetModel; session: Session; candidateId: page.candidateId }
    LivretModel { id: livret; session: page.role === Roles.Accompanist ? Session : null; candidateId: page.candidateId }
    JourneyModel { id: journey; session: page.role === Roles.Accompanist ? Session : null; candidateId: page.candidateId }

    ScrollView {
        id: scroll
        anchors.fill: parent
        contentWidth: availableWidth

        ColumnLayout {
            width: scroll.availableWidth - 32
            x: 16
            spacing: 12

            Label {
                objectName: "candidateCertification"
                Layout.fillWidth: true
                Layout.topMargin: 16
                wrapMode: Text.Wrap
                textFormat: Text.PlainText
                opacity: 0.8
                text: carnetModel.count > 0 ? qsTr("%1 of %2 competences acquired · %n attestation(s)", "", carnetModel.attestationCount)
                                           .arg(carnetModel.acquiredCount).arg(carnetModel.count)
                                         : qsTr("This candidate's certification is not known on this device yet: sync once with the centre.")
            }

            GridLayout {
                Layout.fillWidth: true
                columns: page.columns
                columnSpacing: 12
                rowSpacing: 12

                SummaryCard {
                    objectName: "candidateCarnetCard"
                    Layout.fillWidth: true
                    heading: qsTr("Carnet de suivi")
                    figure: qsTr("%1 / %2").arg(carnetModel.acquiredCount).arg(carnetModel.count)
                    unit: qsTr("competences acquired")
                    detail: page.role === Roles.Evaluator ? qsTr("Record a bloc's result")
                          : page.role === Roles.Tutor || page.role === Roles.Manager ? qsTr("Attest a competence you observed")
                          : qsTr("%n attestation(s)", "", carnetModel.attestationCount)
                    progress: carnetModel.count > 0 ? carnetModel.acquiredCount / carnetModel.count : 0
                    onClicked: page.openCarnet(page.candidateId)
                }
                SummaryCard {
                    objectName: "candidateBilanCard"
                    visible: page.role === Roles.Manager
                    Layout.fillWidth: true
                    heading: qsTr("Bilan de positionnement")
                    figure: !isNaN(bilan.recordedAt.getTime())
                            ? qsTr("Recorded on %1").arg(bilan.recordedAt.toLocaleDateString(Qt.locale(), Locale.ShortFormat))
                            : qsTr("Not recorded yet")
                    detail: !isNaN(bilan.submittedAt.getTime())
                            ? qsTr("Auto-diagnostic submitted on %1").arg(bilan.submittedAt.toLocaleDateString(Qt.locale(), Locale.ShortFormat))
                            : qsTr("Auto-diagnostic: %1 of %2 activities answered").arg(bilan.answeredCount).arg(bilan.count)
                    onClicked: page.openBilan(page.candidateId)
                }
                SummaryCard {
                    objectName: "candidateSessionsCard"
                    visible: page.role === Roles.Accompanist
                    Layout.fillWidth: true
                    heading: qsTr("VAE sessions")
                    figure: qsTr("%1 / %2").arg(journey.heldCount).arg(journey.count)
                    unit: qsTr("sessions held")
                    detail: journey.plannedCount + journey.heldCount === 0 ? qsTr("No session planned yet")
                          : qsTr("%n month(s) left", "", journey.monthsLeft)
                    progress: journey.count > 0 ? journey.heldCount / journey.count : 0
                    onClicked: page.openSessions(page.candidateId)
                }
                SummaryCard {
                    objectName: "candidateLivretCard"
                    visible: page.role === Roles.Accompanist
                    Layout.fillWidth: true
                    heading: qsTr("Livret VAE")
                    figure: qsTr("%1 / %2").arg(livret.draftedCount).arg(livret.count)
                    unit: qsTr("sections written")
                    detail: qsTr("%n word(s)", "", livret.totalWords)
                    progress: livret.count > 0 ? livret.draftedCount / livret.count : 0
                    onClicked: page.openLivret(page.candidateId)
                }
            }

            SectionTitle { Layout.fillWidth: true; text: qsTr("Blocs") }
            Repeater {
                model: carnetModel.blocs
                delegate: RowLayout {
                    id: bloc
                    required property var modelData
                    Layout.fillWidth: true
                    Label {
                        Layout.fillWidth: true
                        text: bloc.modelData.id + " · " + bloc.modelData.title
                        wrapMode: Text.Wrap
                        textFormat: Text.PlainText
                    }
                    Label {
                        text: bloc.modelData.acquired + "/" + bloc.modelData.total
                        textFormat: Text.PlainText
                    }
                }
            }
            Item { Layout.preferredHeight: 16 }
        }
    }
}
