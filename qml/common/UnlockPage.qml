// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Jalon
import Jalon.App

// Unlocking the profile with its passphrase, or with the recovery code and a new
// passphrase when the old one is forgotten. A wrong secret keeps the page and says so.
Page {
    id: page

    required property string layout
    property bool recovering: false

    objectName: "unlockPage"
    title: qsTr("Unlock")

    function sentence(text: string): string {
        return text.length > 0 ? text.charAt(0).toUpperCase() + text.slice(1) + (text.endsWith(".") ? "" : ".") : ""
    }

    Component.onCompleted: passphrase.focusInput()

    ScrollView {
        id: scroll
        anchors.fill: parent
        contentWidth: availableWidth

        ColumnLayout {
            width: Math.min(scroll.availableWidth - 32, 520)
            x: (scroll.availableWidth - width) / 2
            spacing: 12

            Item { Layout.preferredHeight: page.layout === "phone" ? 16 : 64 }

            Label {
                Layout.fillWidth: true
                text: qsTr("Jalon")
                font.pixelSize: 34
                font.weight: Font.Light
                color: Material.theme === Material.Dark ? "#9dc3e6" : Material.primary // the primary, lightened on dark
                textFormat: Text.PlainText
            }
            Label {
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                textFormat: Text.PlainText
                text: page.recovering ? qsTr("Type your recovery code and choose a new passphrase.")
                                      : qsTr("Your profile is locked. Type your passphrase to open it.")
            }

            PassphraseField {
                id: passphrase
                visible: !page.recovering
                Layout.fillWidth: true
                inputObjectName: "unlockPassphrase"
                placeholderText: qsTr("Passphrase")
                accessibleName: qsTr("Passphrase")
                onAccepted: if (unlockButton.enabled) unlockButton.clicked()
            }

            TextField {
                id: recoveryCode
                objectName: "recoveryCodeField"
                visible: page.recovering
                Layout.fillWidth: true
                Layout.minimumHeight: 48
                placeholderText: qsTr("Recovery code (six groups of four)")
                font.family: "DejaVu Sans Mono"
                inputMethodHints: Qt.ImhPreferUppercase | Qt.ImhNoPredictiveText | Qt.ImhSensitiveData
                Accessible.name: qsTr("Recovery code")
            }
            PassphraseField {
                id: newPassphrase
                visible: page.recovering
                Layout.fillWidth: true
                isNew: true
                inputObjectName: "recoveryNewPassphrase"
                placeholderText: qsTr("New passphrase")
                accessibleName: qsTr("New passphrase")
            }

            Label {
                objectName: "unlockError"
                Layout.fillWidth: true
                visible: Session.vault.error.length > 0 && !Session.vault.busy
                text: page.sentence(Session.vault.error)
                wrapMode: Text.Wrap
                color: Material.color(Material.Red)
                textFormat: Text.PlainText
            }

            RowLayout {
                Layout.fillWidth: true
                Button {
                    id: unlockButton
                    objectName: "unlockButton"
                    text: page.recovering ? qsTr("Recover my profile") : qsTr("Unlock")
                    highlighted: true
                    enabled: !Session.vault.busy && (page.recovering ? recoveryCode.text.length > 0 && newPassphrase.acceptable
                                                                     : passphrase.text.length > 0)
                    Layout.minimumHeight: 48
                    Accessible.name: text
                    onClicked: {
                        if (page.recovering) {
                            Session.recover(recoveryCode.text, newPassphrase.text)
                        } else {
                            Session.unlock(passphrase.text)
                            passphrase.clear()
                        }
                    }
                }
                BusyIndicator {
                    visible: Session.vault.busy
                    running: visible
                    Layout.preferredWidth: 40
                    Layout.preferredHeight: 40
                    Accessible.name: qsTr("Unlocking")
                }
                Label {
                    objectName: "unlockProgress"
                    visible: Session.vault.busy
                    text: qsTr("Unlocking…")
                    textFormat: Text.PlainText
                }
            }

            Button {
                objectName: "quickUnlockButton"
                visible: !page.recovering && Session.vault.quickUnlockAvailable
                enabled: !Session.vault.busy
                text: qsTr("Unlock with %1").arg(Session.vault.keyStoreName)
                Layout.fillWidth: true
                Layout.minimumHeight: 48
                Accessible.name: text
                onClicked: Session.vault.unlockWithKeyStore()
            }

            Button {
                objectName: "recoveryToggle"
                flat: true
                enabled: !Session.vault.busy
                text: page.recovering ? qsTr("I remember my passphrase") : qsTr("Passphrase forgotten?")
                Layout.fillWidth: true
                Layout.minimumHeight: 48
                Accessible.name: page.recovering ? text : qsTr("Passphrase forgotten? Use the recovery code")
                onClicked: page.recovering = !page.recovering
            }
        }
    }
}
