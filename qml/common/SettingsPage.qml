// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Jalon
import Jalon.App

// Language, theme, automatic lock, passphrase, the certification centre and its key,
// the export of the person's data, and the recent problems in words.
Page {
    id: page

    property string layout: "desktop"
    property string passphraseMessage
    property bool passphraseOk: false
    property string exportFolder

    property string rememberMessage
    objectName: "settingsPage"
    title: qsTr("Settings")

    DataExport { id: exporter; session: Session }

    Connections {
        target: Session.vault
        function onPassphraseChangeFinished(ok: bool, error: string) {
            page.passphraseOk = ok
            page.passphraseMessage = ok ? qsTr("Your passphrase is changed.") : error
            if (ok) {
                currentPassphrase.clear()
                nextPassphrase.clear()
                confirmPassphrase.clear()
            }
        }
    }

    ScrollView {
        id: scroll
        anchors.fill: parent
        contentWidth: availableWidth

        ColumnLayout {
            width: Math.min(scroll.availableWidth - 32, 720)
            x: (scroll.availableWidth - width) / 2
            spacing: 8

            SectionTitle { Layout.fillWidth: true; text: qsTr("Display") }
            GridLayout {
                Layout.fillWidth: true
                columns: page.layout === "phone" ? 1 : 2
                Label { text: qsTr("Language"); textFormat: Text.PlainText }
                ComboBox {
                    objectName: "languagePicker"
                    Layout.fillWidth: true
                    Layout.minimumHeight: 48
                    model: [{ code: "system", name: qsTr("As the system (%1)").arg(Preferences.systemLanguage === "en" ? "English" : "Français") },
                            { code: "fr", name: "Français" }, { code: "en", name: "English" }]
                    textRole: "name"
                    valueRole: "code"
                    Component.onCompleted: currentIndex = indexOfValue(Preferences.languageChoice)
                    onActivated: index => Preferences.language = valueAt(index)
                    Accessible.name: qsTr("Language")
                }
                Label { text: qsTr("Theme"); textFormat: Text.PlainText }
                ComboBox {
                    objectName: "themePicker"
                    Layout.fillWidth: true
                    Layout.minimumHeight: 48
                    model: [{ code: "system", name: qsTr("As the system") }, { code: "light", name: qsTr("Light") },
                            { code: "dark", name: qsTr("Dark") }]
                    textRole: "name"
                    valueRole: "code"
                    Component.onCompleted: currentIndex = indexOfValue(Preferences.theme)
                    onActivated: index => Preferences.theme = valueAt(index)
                    Accessible.name: qsTr("Theme")
                }
            }

            SectionTitle { Layout.fillWidth: true; text: qsTr("Security") }
            GridLayout {
                Layout.fillWidth: true
                columns: page.layout === "phone" ? 1 : 2
                Label { text: qsTr("Lock after"); textFormat: Text.PlainText }
                ComboBox {
                    objectName: "autoLockPicker"
                    Layout.fillWidth: true
                    Layout.minimumHeight: 48
                    model: [1, 2, 5, 10, 15, 30, 60]
                    displayText: qsTr("%n minute(s) without use", "", currentValue)
                    delegate: ItemDelegate {
                        required property int modelData
                        width: ListView.view ? ListView.view.width : implicitWidth
                        text: qsTr("%n minute(s)", "", modelData)
                    }
                    Component.onCompleted: currentIndex = Math.max(0, indexOfValue(Preferences.autoLockMinutes))
                    onActivated: index => Preferences.autoLockMinutes = valueAt(index)
                    Accessible.name: qsTr("Lock after this idle time")
                }
            }
            // The quick unlock: what it protects is said where it is turned on.
            Switch {
                id: remember
                objectName: "rememberOnDevice"
                visible: Session.vault.keyStoreName.length > 0
                Layout.fillWidth: true
                text: qsTr("Remember this profile on this device (%1)").arg(Session.vault.keyStoreName)
                checked: Session.vault.rememberedOnDevice
                enabled: !Session.vault.busy
                Accessible.name: qsTr("Remember this profile on this device")
                // The style's label stays on one line and loses its end on a phone.
                contentItem: Label {
                    leftPadding: remember.indicator.width + remember.spacing
                    text: remember.text
                    font: remember.font
                    wrapMode: Text.Wrap
                    verticalAlignment: Text.AlignVCenter
                    opacity: remember.enabled ? 1 : 0.38
                    textFormat: Text.PlainText
                }
                onToggled: {
                    page.rememberMessage = ""
                    Session.vault.rememberOnDevice(checked)
                }
            }
            Label {
                visible: remember.visible
                Layout.fillWidth: true
                text: qsTr("The profile then opens without the passphrase for whoever uses your session on this device; your passphrase is still asked to sign an attestation after a few minutes, and stays the only way on any other device. Turn it off on a shared device.")
                opacity: 0.75
                font.pixelSize: 13
                wrapMode: Text.Wrap
                textFormat: Text.PlainText
            }
            Label {
                objectName: "rememberMessage"
                visible: page.rememberMessage.length > 0
                Layout.fillWidth: true
                text: page.rememberMessage
                color: Material.color(Material.Red)
                wrapMode: Text.Wrap
                textFormat: Text.PlainText
            }
            Connections {
                target: Session.vault
                function onRememberFinished(ok: bool, error: string) {
                    page.rememberMessage = ok ? "" : error
                    remember.checked = Session.vault.rememberedOnDevice
                }
            }
            Label {
                Layout.fillWidth: true
                Layout.topMargin: 8
                text: qsTr("Change the passphrase")
                font.weight: Font.Medium
                textFormat: Text.PlainText
            }
            PassphraseField {
                id: currentPassphrase
                Layout.fillWidth: true
                inputObjectName: "currentPassphrase"
                placeholderText: qsTr("Current passphrase")
                accessibleName: qsTr("Current passphrase")
            }
            PassphraseField {
                id: nextPassphrase
                Layout.fillWidth: true
                isNew: true
                names: Session.name.split(" ")
                inputObjectName: "nextPassphrase"
                placeholderText: qsTr("New passphrase")
                accessibleName: qsTr("New passphrase")
            }
            PassphraseField {
                id: confirmPassphrase
                Layout.fillWidth: true
                inputObjectName: "confirmNextPassphrase"
                placeholderText: qsTr("The new passphrase again")
                accessibleName: qsTr("Confirm the new passphrase")
            }
            RowLayout {
                Button {
                    objectName: "changePassphraseButton"
                    text: qsTr("Change the passphrase")
                    enabled: !Session.vault.busy && currentPassphrase.text.length > 0 && nextPassphrase.acceptable
                             && nextPassphrase.text === confirmPassphrase.text
                    Layout.minimumHeight: 48
                    Accessible.name: text
                    onClicked: {
                        page.passphraseMessage = ""
                        Session.vault.changePassphrase(currentPassphrase.text, nextPassphrase.text, Session.name.split(" "))
                    }
                }
                BusyIndicator {
                    visible: Session.vault.busy
                    running: visible
                    Layout.preferredWidth: 40
                    Layout.preferredHeight: 40
                    Accessible.name: qsTr("Changing the passphrase")
                }
            }
            Label {
                objectName: "passphraseMessage"
                Layout.fillWidth: true
                visible: page.passphraseMessage.length > 0
                text: page.passphraseMessage
                wrapMode: Text.Wrap
                textFormat: Text.PlainText
                color: page.passphraseOk ? Material.color(Material.Green) : Material.color(Material.Red)
            }
            Label {
                Layout.fillWidth: true
                text: qsTr("This device's key: %1").arg(Session.deviceFingerprint)
                wrapMode: Text.Wrap
                font.family: "DejaVu Sans Mono"
                font.pixelSize: 13
                textFormat: Text.PlainText
            }

            SectionTitle { Layout.fillWidth: true; text: qsTr("Certification centre") }
            ColumnLayout {
                visible: Session.joined
                Layout.fillWidth: true
                Label {
                    objectName: "serverUrlLabel"
                    Layout.fillWidth: true
                    text: qsTr("Server: %1").arg(Session.serverUrl)
                    wrapMode: Text.WrapAnywhere
                    textFormat: Text.PlainText
                }
                Label {
                    objectName: "serverFingerprintLabel"
                    Layout.fillWidth: true
                    text: qsTr("Server key fingerprint: %1").arg(Session.serverFingerprint)
                    wrapMode: Text.Wrap
                    font.family: "DejaVu Sans Mono"
                    textFormat: Text.PlainText
                }
                Label {
                    Layout.fillWidth: true
                    text: qsTr("Compare it with the one your centre shows: if they differ, tell the centre before syncing again.")
                    wrapMode: Text.Wrap
                    opacity: 0.75
                    font.pixelSize: 13
                    textFormat: Text.PlainText
                }
            }
            JoinForm {
                visible: !Session.joined
                Layout.fillWidth: true
            }

            SectionTitle { Layout.fillWidth: true; text: qsTr("My data") }
            Label {
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                textFormat: Text.PlainText
                text: qsTr("A copy of everything in your profile: every signed event as JSON, and the auto-diagnostic, the livret and the carnet as PDF.")
            }
            Button {
                objectName: "exportDataButton"
                text: qsTr("Export my data")
                Layout.minimumHeight: 48
                Accessible.name: text
                onClicked: page.exportFolder = exporter.run()
            }
            ExportedFile {
                objectName: "exportFolder"
                Layout.fillWidth: true
                path: page.exportFolder
                folder: true
                saved: qsTr("Exported to the folder")
            }

            SectionTitle { Layout.fillWidth: true; text: qsTr("Recent problems"); visible: Session.recentErrors.length > 0 }
            Repeater {
                model: Session.recentErrors
                delegate: Label {
                    required property string modelData
                    Layout.fillWidth: true
                    text: modelData
                    wrapMode: Text.Wrap
                    font.pixelSize: 13
                    textFormat: Text.PlainText
                }
            }
            Item { Layout.preferredHeight: 24 }
        }
    }
}
