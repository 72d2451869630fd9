// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Jalon
import Jalon.App

// One competence of the carnet: its criteria in the référentiel's words, and every
// attestation of it (who, in what role, when, the situation, the criteria observed,
// whether it reached the threshold and the centre).
Pane {
    id: pane

    required property CarnetModel carnet
    property string competenceId
    property string layout: "desktop"
    // A tutor or a manager following the candidate: the competence may be attested here.
    property bool canAttest: false
    property int reloads: 0
    readonly property var competence: reloads >= 0 && competenceId.length > 0 ? carnet.competence(competenceId) : ({})
    signal closed()
    signal attestRequested()

    objectName: "competenceAttestations"
    padding: 16

    Connections {
        target: pane.carnet
        function onReloaded() { pane.reloads++ }
    }

    ScrollView {
        id: scroll
        anchors.fill: parent
        contentWidth: availableWidth

        ColumnLayout {
            width: scroll.availableWidth
            spacing: 8

            RowLayout {
                Layout.fillWidth: true
                Label {
                    Layout.fillWidth: true
                    text: (pane.competence.id ?? "") + " · " + (pane.competence.label ?? "")
                    font.pixelSize: 18
                    font.weight: Font.Medium
                    wrapMode: Text.Wrap
                    textFormat: Text.PlainText
                }
                Button {
                    objectName: "competenceClose"
                    text: qsTr("Close")
                    flat: true
                    Layout.minimumHeight: 48
                    Accessible.name: qsTr("Close the competence")
                    onClicked: pane.closed()
                }
            }

            Button {
                objectName: "competenceAttest"
                visible: pane.canAttest
                text: qsTr("Attest this competence")
                highlighted: true
                Layout.minimumHeight: 48
                Accessible.name: qsTr("Attest %1").arg(pane.competenceId)
                onClicked: pane.attestRequested()
            }

            SectionTitle { Layout.fillWidth: true; text: qsTr("Criteria") }
            Repeater {
                model: pane.competence.criteria ?? []
                delegate: Label {
                    required property var modelData
                    Layout.fillWidth: true
                    text: modelData.id + " · " + modelData.label
                    wrapMode: Text.Wrap
                    textFormat: Text.PlainText
                }
            }

            SectionTitle {
                Layout.fillWidth: true
                text: qsTr("Attestations (%1)").arg((pane.competence.attestations ?? []).length)
            }
            Label {
                visible: (pane.competence.attestations ?? []).length === 0
                Layout.fillWidth: true
                text: Session.role === Roles.Candidate
                      ? qsTr("No one has attested this competence yet: your tutor and your manager do it when they see you at work.")
                      : qsTr("No one has attested this competence yet: the candidate's tutor and manager do it when they see the candidate at work.")
                wrapMode: Text.Wrap
                opacity: 0.7
                textFormat: Text.PlainText
            }
            Repeater {
                model: pane.competence.attestations ?? []
                delegate: Frame {
                    id: card
                    required property var modelData
                    required property int index
                    objectName: "attestation_" + index
                    Layout.fillWidth: true
                    opacity: modelData.revoked ? 0.6 : 1
                    ColumnLayout {
                        width: parent.width
                        spacing: 4
                        Label {
                            Layout.fillWidth: true
                            text: card.modelData.attester + " (" + card.modelData.roleName + ")"
                            font.weight: Font.Medium
                            wrapMode: Text.Wrap
                            textFormat: Text.PlainText
                        }
                        Label {
                            Layout.fillWidth: true
                            wrapMode: Text.Wrap
                            textFormat: Text.PlainText
                            text: qsTr("Observed on %1 · %2 of %3 criteria · %4")
                                  .arg(card.modelData.observedOn.toLocaleDateString(Qt.locale(), Locale.ShortFormat))
                                  .arg(card.modelData.validatedCount).arg((pane.competence.criteria ?? []).length)
                                  .arg(card.modelData.reachesThreshold ? qsTr("reaches the threshold") : qsTr("below the threshold"))
                        }
                        Label {
                            Layout.fillWidth: true
                            text: qsTr("Situation: %1").arg(card.modelData.situation)
                            wrapMode: Text.Wrap
                            textFormat: Text.PlainText
                        }
                        Label {
                            Layout.fillWidth: true
                            text: qsTr("Criteria observed: %1").arg(card.modelData.criteria.join(", "))
                            wrapMode: Text.Wrap
                            textFormat: Text.PlainText
                        }
                        Label {
                            Layout.fillWidth: true
                            text: (card.modelData.refused.length > 0 ? qsTr("Refused by the centre: %1").arg(card.modelData.refused)
                                   : card.modelData.synced ? qsTr("Received by the centre") : qsTr("Not yet received by the centre"))
                                  + " · " + qsTr("signed %1").arg(card.modelData.at.toLocaleString(Qt.locale(), Locale.ShortFormat))
                            objectName: "attestationReceipt"
                            color: card.modelData.refused.length > 0 ? Material.color(Material.Red) : Material.foreground
                            opacity: card.modelData.refused.length > 0 ? 1 : 0.75
                            font.pixelSize: 13
                            wrapMode: Text.Wrap
                            textFormat: Text.PlainText
                        }
                        // The device's clock says one day, the centre's log another: say both.
                        Label {
                            objectName: "attestationLoggedLate"
                            visible: card.modelData.loggedLate
                            Layout.fillWidth: true
                            text: qsTr("Signed on the device on %1, logged by the centre on %2: far apart")
                                  .arg(card.modelData.at.toLocaleString(Qt.locale(), Locale.ShortFormat))
                                  .arg(card.modelData.loggedLate ? card.modelData.loggedAt.toLocaleString(Qt.locale(), Locale.ShortFormat) : "")
                            color: Material.color(Material.Orange, Material.Shade800)
                            wrapMode: Text.Wrap
                            textFormat: Text.PlainText
                        }
                        Label {
                            visible: card.modelData.revoked
                            Layout.fillWidth: true
                            text: qsTr("Withdrawn: %1").arg(card.modelData.revokeReason)
                            color: Material.color(Material.Red)
                            wrapMode: Text.Wrap
                            textFormat: Text.PlainText
                        }
                        Button {
                            objectName: "withdraw_" + card.index
                            visible: pane.canAttest && card.modelData.own && !card.modelData.revoked
                            text: qsTr("Withdraw")
                            flat: true
                            Layout.minimumHeight: 48
                            Accessible.name: qsTr("Withdraw your attestation of %1").arg(card.modelData.observedOn.toLocaleDateString(Qt.locale(), Locale.ShortFormat))
                            onClicked: withdrawal.openFor(card.modelData.id)
                        }
                    }
                }
            }
        }
    }

    // Withdrawing one's own attestation: the reason is signed with it and shown to all.
    Dialog {
        id: withdrawal
        objectName: "withdrawDialog"
        property string attestationId
        function openFor(id: string): void {
            attestationId = id
            reason.text = ""
            open()
        }
        parent: Overlay.overlay
        anchors.centerIn: parent
        width: Math.min(parent.width - 32, 480)
        modal: true
        title: qsTr("Withdraw the attestation")
        ColumnLayout {
            width: parent.width
            Label {
                Layout.fillWidth: true
                text: qsTr("The attestation stays in the carnet, marked withdrawn, with your reason.")
                wrapMode: Text.Wrap
                textFormat: Text.PlainText
            }
            TextArea {
                id: reason
                objectName: "withdrawReason"
                Layout.fillWidth: true
                Layout.minimumHeight: 96
                wrapMode: TextEdit.Wrap
                textFormat: TextEdit.PlainText
                placeholderText: qsTr("Why it is withdrawn")
                Accessible.name: qsTr("Reason for withdrawing")
            }
            RowLayout {
                Layout.alignment: Qt.AlignRight
                Button {
                    objectName: "withdrawCancel"
                    flat: true
                    text: qsTr("Cancel")
                    Layout.minimumHeight: 48
                    Accessible.name: qsTr("Cancel")
                    onClicked: withdrawal.close()
                }
            Button {
                objectName: "withdrawConfirm"
                Layout.minimumHeight: 48
                enabled: reason.text.trim().length > 0
                text: qsTr("Withdraw")
                highlighted: true
                Accessible.name: qsTr("Withdraw the attestation")
                onClicked: if (pane.carnet.revoke(withdrawal.attestationId, reason.text)) withdrawal.close()
            }
            }
        }
    }
}
