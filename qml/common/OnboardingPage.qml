// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Jalon
import Jalon.App

// Making a protected profile: name, passphrase, the recovery code shown once and typed
// back, then joining the certification centre (or working offline and joining later),
// and for a candidate the certification they prepare.
Page {
    id: page

    required property string layout
    // welcome, passphrase, recovery, join, certification
    property string step: Session.open ? (Session.joined ? "certification" : "join") : "welcome"

    objectName: "onboardingPage"
    title: qsTr("Welcome to Jalon")

    // A candidate chooses the certification they prepare, unless the centre set it.
    readonly property bool typingCodeBack: codeBack.text.length > 0
    readonly property bool certificationToChoose: Session.role === Roles.Candidate && Session.referentielId.length === 0

    function finish(): void {
        if (page.certificationToChoose) {
            page.step = "certification"
            return
        }
        Session.finishOnboarding()
    }

    // Each step opens with the keyboard in its first field.
    function focusStep(): void {
        if (page.step === "welcome")
            nameField.forceActiveFocus()
        else if (page.step === "passphrase")
            newPassphrase.focusInput()
        else if (page.step === "recovery")
            codeBack.forceActiveFocus()
        else if (page.step === "join")
            joinForm.focusFirstField()
    }
    onStepChanged: stepFocus.restart()
    Component.onCompleted: stepFocus.restart()
    // Once the new step is shown: a hidden field cannot take the focus.
    Timer {
        id: stepFocus
        interval: 0
        onTriggered: page.focusStep()
    }

    function normalisedCode(code: string): string {
        return code.toUpperCase().replace(/[^0-9A-Z]/g, "")
    }

    // The vault is made: its recovery code is shown once.
    Connections {
        target: Session
        function onOpenChanged() {
            if (Session.open && page.step === "passphrase")
                page.step = Session.vault.recoveryCode.length > 0 ? "recovery" : "join"
        }
        function onIdentityChanged() {
            if (page.step === "join" && Session.joined)
                page.finish()
            else if (page.step === "certification" && Session.referentielId.length > 0)
                Session.finishOnboarding()
        }
    }

    ScrollView {
        id: scroll
        anchors.fill: parent
        contentWidth: availableWidth

        ColumnLayout {
            width: Math.min(scroll.availableWidth - 32, 640)
            x: (scroll.availableWidth - width) / 2
            spacing: 12

            Item { Layout.preferredHeight: page.layout === "phone" ? 8 : 32 }

            Label {
                Layout.fillWidth: true
                text: qsTr("Jalon")
                font.pixelSize: 34
                font.weight: Font.Light
                color: Material.theme === Material.Dark ? "#9dc3e6" : Material.primary // the primary, lightened on dark
                textFormat: Text.PlainText
            }
            Label {
                objectName: "onboardingStepLabel"
                Layout.fillWidth: true
                text: ({ welcome: qsTr("Step 1 of 4 · Who you are"), passphrase: qsTr("Step 2 of 4 · Protect your profile"),
                         recovery: qsTr("Step 3 of 4 · Your recovery code"), join: qsTr("Step 4 of 4 · Your certification centre"),
                         certification: qsTr("Last step · Your certification") })[page.step]
                font.pixelSize: 15
                color: Material.accent
                textFormat: Text.PlainText
            }

            // Step 1: the name.
            ColumnLayout {
                visible: page.step === "welcome"
                Layout.fillWidth: true
                spacing: 12
                Label {
                    Layout.fillWidth: true
                    wrapMode: Text.Wrap
                    textFormat: Text.PlainText
                    text: qsTr("Jalon keeps the auto-diagnostic, the livret VAE and the carnet de suivi (yours, or those of the candidates you follow) on this device, encrypted, and sends them to the certification centre when a network is there.")
                }
                TextField {
                    id: nameField
                    objectName: "onboardingNameField"
                    Layout.fillWidth: true
                    Layout.minimumHeight: 48
                    placeholderText: qsTr("Your first and last name")
                    Accessible.name: qsTr("Your name")
                    onAccepted: if (nameButton.enabled) nameButton.clicked()
                }
                Button {
                    id: nameButton
                    objectName: "onboardingNameNext"
                    text: qsTr("Continue")
                    highlighted: true
                    enabled: nameField.text.trim().length > 1
                    Layout.minimumHeight: 48
                    Accessible.name: text
                    onClicked: page.step = "passphrase"
                }
            }

            // Step 2: the passphrase.
            ColumnLayout {
                visible: page.step === "passphrase"
                Layout.fillWidth: true
                spacing: 12
                Label {
                    Layout.fillWidth: true
                    wrapMode: Text.Wrap
                    textFormat: Text.PlainText
                    text: qsTr("Choose a passphrase. It unlocks your profile on this device; no one, not even the centre, can open it without the passphrase or the recovery code.")
                }
                PassphraseField {
                    id: newPassphrase
                    Layout.fillWidth: true
                    isNew: true
                    names: nameField.text.split(" ")
                    inputObjectName: "onboardingPassphrase"
                    placeholderText: qsTr("Passphrase")
                    accessibleName: qsTr("New passphrase")
                    onAccepted: confirmPassphrase.focusInput()
                }
                PassphraseField {
                    id: confirmPassphrase
                    Layout.fillWidth: true
                    inputObjectName: "onboardingPassphraseConfirm"
                    placeholderText: qsTr("The same passphrase again")
                    accessibleName: qsTr("Confirm the passphrase")
                    onAccepted: if (createButton.enabled) createButton.clicked()
                }
                Label {
                    objectName: "onboardingMismatch"
                    Layout.fillWidth: true
                    visible: confirmPassphrase.text.length > 0 && confirmPassphrase.text !== newPassphrase.text
                    text: qsTr("The two passphrases differ.")
                    color: Material.color(Material.DeepOrange)
                    textFormat: Text.PlainText
                }
                Label {
                    objectName: "onboardingError"
                    Layout.fillWidth: true
                    visible: Session.vault.error.length > 0 && !Session.vault.busy
                    text: Session.vault.error
                    wrapMode: Text.Wrap
                    color: Material.color(Material.Red)
                    textFormat: Text.PlainText
                }
                RowLayout {
                    Button {
                        objectName: "onboardingPassphraseBack"
                        text: qsTr("Back")
                        flat: true
                        enabled: !Session.vault.busy
                        Layout.minimumHeight: 48
                        Accessible.name: text
                        onClicked: page.step = "welcome"
                    }
                    Button {
                        id: createButton
                        objectName: "onboardingCreate"
                        text: qsTr("Create my profile")
                        highlighted: true
                        enabled: !Session.vault.busy && newPassphrase.acceptable && newPassphrase.text === confirmPassphrase.text
                        Layout.minimumHeight: 48
                        Accessible.name: text
                        onClicked: Session.createProfile(nameField.text, newPassphrase.text)
                    }
                }
                RowLayout {
                    visible: Session.vault.busy
                    BusyIndicator {
                        running: parent.visible
                        Layout.preferredWidth: 40
                        Layout.preferredHeight: 40
                        Accessible.name: qsTr("Protecting your profile")
                    }
                    Label {
                        objectName: "onboardingProgress"
                        text: qsTr("Protecting your profile… (this takes a moment on purpose)")
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                        textFormat: Text.PlainText
                    }
                }
            }

            // Step 3: the recovery code, shown once, typed back.
            ColumnLayout {
                visible: page.step === "recovery"
                Layout.fillWidth: true
                spacing: 12
                Label {
                    Layout.fillWidth: true
                    wrapMode: Text.Wrap
                    textFormat: Text.PlainText
                    text: qsTr("If you forget your passphrase, this code is the only way back into your profile. Write it on paper and keep it somewhere safe: it is shown only now.")
                }
                // Hidden while it is typed back, so that it is copied from the paper.
                Frame {
                    Layout.fillWidth: true
                    Label {
                        objectName: "recoveryCodeHidden"
                        visible: page.typingCodeBack
                        anchors.horizontalCenter: parent.horizontalCenter
                        text: qsTr("Hidden while you type it from your paper")
                        opacity: 0.7
                        font.pixelSize: page.layout === "phone" ? 15 : 17
                        textFormat: Text.PlainText
                    }
                    Label {
                        objectName: "recoveryCodeLabel"
                        visible: !page.typingCodeBack
                        anchors.horizontalCenter: parent.horizontalCenter
                        text: Session.vault.recoveryCode
                        font.family: "DejaVu Sans Mono"
                        font.pixelSize: page.layout === "phone" ? 17 : 24
                        textFormat: Text.PlainText
                        Accessible.name: qsTr("Recovery code: %1").arg(text.split("").join(" "))
                    }
                }
                TextField {
                    id: codeBack
                    objectName: "recoveryCodeConfirm"
                    Layout.fillWidth: true
                    Layout.minimumHeight: 48
                    placeholderText: qsTr("Type the code again to confirm you wrote it down")
                    font.family: "DejaVu Sans Mono"
                    inputMethodHints: Qt.ImhPreferUppercase | Qt.ImhNoPredictiveText | Qt.ImhSensitiveData
                    Accessible.name: qsTr("Recovery code, typed again")
                    onAccepted: if (recoveryDone.enabled) recoveryDone.clicked()
                }
                Button {
                    objectName: "recoveryCodeShowAgain"
                    visible: page.typingCodeBack
                    flat: true
                    text: qsTr("Show the code again")
                    Layout.minimumHeight: 48
                    Accessible.name: text
                    onClicked: {
                        codeBack.clear()
                        codeBack.forceActiveFocus()
                    }
                }
                Label {
                    Layout.fillWidth: true
                    visible: codeBack.text.length >= 24 && !recoveryDone.enabled
                    text: qsTr("This is not the code shown above.")
                    color: Material.color(Material.DeepOrange)
                    textFormat: Text.PlainText
                }
                Button {
                    id: recoveryDone
                    objectName: "recoveryCodeDone"
                    text: qsTr("I have written it down")
                    highlighted: true
                    enabled: Session.vault.recoveryCode.length > 0
                             && page.normalisedCode(codeBack.text) === page.normalisedCode(Session.vault.recoveryCode)
                    Layout.minimumHeight: 48
                    Accessible.name: text
                    onClicked: {
                        Session.vault.forgetRecoveryCode()
                        page.step = "join"
                    }
                }
            }

            // Step 4: joining the centre, or not yet.
            ColumnLayout {
                visible: page.step === "join"
                Layout.fillWidth: true
                spacing: 12
                JoinForm {
                    id: joinForm
                    Layout.fillWidth: true
                }
                MenuSeparator { Layout.fillWidth: true }
                Label {
                    Layout.fillWidth: true
                    wrapMode: Text.Wrap
                    textFormat: Text.PlainText
                    text: qsTr("No network or no code yet? Start now: your work stays on this device and is sent once you join, from the settings.")
                }
                Button {
                    objectName: "onboardingOffline"
                    text: qsTr("Work offline, join later")
                    enabled: !Session.sync.busy
                    Layout.minimumHeight: 48
                    Accessible.name: text
                    onClicked: page.finish()
                }
            }

            // For a candidate whose centre did not say: the certification prepared.
            ColumnLayout {
                visible: page.step === "certification"
                Layout.fillWidth: true
                spacing: 8
                Label {
                    Layout.fillWidth: true
                    wrapMode: Text.Wrap
                    textFormat: Text.PlainText
                    text: qsTr("Which certification are you preparing?")
                }
                Repeater {
                    model: Referentiels.list
                    delegate: ItemDelegate {
                        required property string referentielId
                        required property string title
                        required property string certifier
                        objectName: "chooseReferentiel_" + referentielId
                        Layout.fillWidth: true
                        Layout.minimumHeight: 56
                        text: title
                        Accessible.name: title
                        Accessible.description: certifier
                        onClicked: Session.chooseReferentiel(referentielId)
                    }
                }
            }
            Item { Layout.preferredHeight: 24 }
        }
    }
}
