// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtTest
import Jalon
import Jalon.App
import "helpers.js" as H

// A new tablet: the candidate makes a protected profile, sees the recovery code once
// and types it back, works offline, chooses the certification; then locks, gets the
// passphrase wrong, then right.
TestCase {
    id: test
    name: "Onboarding"
    when: windowShown

    function init() { H.failOnQmlWarnings(test) }

    Component {
        id: mainComponent
        Main {}
    }

    function test_1_onboardingThenUnlock() {
        const window = H.openWindow(test, mainComponent, 1280, 800)
        H.waitFor(test, window, "onboardingPage")

        // The keyboard alone: each step opens in its first field, Enter goes on.
        const name = H.find(test, window, "onboardingNameField")
        verify(!H.find(test, window, "onboardingNameNext").enabled)
        tryVerify(() => name.activeFocus)
        keyClick(Qt.Key_Return) // nothing typed: stays
        verify(name.visible)
        keyClick(Qt.Key_C)
        name.text = "Camille Martin"
        keyClick(Qt.Key_Return)

        // A weak passphrase is refused, with the reason.
        const pass = H.find(test, window, "onboardingPassphrase")
        const confirm = H.find(test, window, "onboardingPassphraseConfirm")
        const create = H.find(test, window, "onboardingCreate")
        tryVerify(() => pass.activeFocus)
        keyClick(Qt.Key_X)
        keyClick(Qt.Key_Return)
        verify(confirm.activeFocus)
        pass.text = "camille"
        confirm.text = "camille"
        tryVerify(() => H.find(test, window, "onboardingPassphraseHint").text.length > 0)
        verify(!create.enabled)
        verify(H.find(test, window, "onboardingPassphraseHint").text.indexOf("Trop") === 0,
               H.find(test, window, "onboardingPassphraseHint").text)
        pass.text = H.passphrase
        confirm.text = H.passphrase + "x"
        verify(H.find(test, window, "onboardingMismatch").visible)
        verify(!create.enabled)
        confirm.text = H.passphrase
        tryVerify(() => create.enabled)
        verify(create.height >= 48)
        confirm.forceActiveFocus()
        keyClick(Qt.Key_Return)

        // The recovery code, shown once, confirmed by typing it back from the paper: it
        // is hidden while it is typed.
        const code = H.waitFor(test, window, "recoveryCodeLabel")
        tryVerify(() => Session.vault.recoveryCode.length === 29, 10000)
        const codeText = Session.vault.recoveryCode
        const done = H.find(test, window, "recoveryCodeDone")
        const back = H.find(test, window, "recoveryCodeConfirm")
        tryVerify(() => back.activeFocus)
        verify(code.visible && code.text === codeText)
        keyClick(Qt.Key_A)
        verify(!code.visible)
        verify(H.find(test, window, "recoveryCodeHidden").visible)
        mouseClick(H.find(test, window, "recoveryCodeShowAgain"))
        tryVerify(() => code.visible && back.text === "" && back.activeFocus)
        back.text = "AAAA-BBBB-CCCC-DDDD-EEEE-FFFF"
        verify(!done.enabled)
        back.text = codeText.toLowerCase().replace(/-/g, " ")
        tryVerify(() => done.enabled)
        keyClick(Qt.Key_Return)
        tryVerify(() => Session.vault.recoveryCode === "")
        tryVerify(() => H.find(test, window, "joinServerField").activeFocus)
        keyClick(Qt.Key_Tab) // Tab follows the form
        verify(H.find(test, window, "joinCodeField").activeFocus)

        // Offline for now, then the certification.
        const offline = H.waitFor(test, window, "onboardingOffline")
        tryVerify(() => offline.visible)
        mouseClick(offline)
        const choice = H.waitFor(test, window, "chooseReferentiel_cqp-conseiller-entreprise")
        tryVerify(() => choice.visible)
        mouseClick(choice)

        const greeting = H.waitFor(test, window, "homeGreeting")
        compare(greeting.text, "Bonjour Camille Martin")
        compare(Session.referentielId, "cqp-conseiller-entreprise")
        compare(Session.userId, "local")
        compare(H.find(test, window, "syncChipLabel").text, "Pas encore rattaché à un centre")

        // Locked from the carnet: a wrong passphrase keeps the page and says so; the right
        // one opens the carnet again.
        H.go(test, window, "carnet")
        mouseClick(H.find(test, window, "lockButton"))
        H.waitFor(test, window, "unlockPage")
        verify(!Session.open)
        const unlockField = H.find(test, window, "unlockPassphrase")
        unlockField.text = "ce n'est pas la bonne phrase"
        mouseClick(H.find(test, window, "unlockButton"))
        const error = H.find(test, window, "unlockError")
        tryVerify(() => error.visible, 10000)
        compare(error.text, "Phrase de passe incorrecte.")
        verify(H.find(test, window, "unlockPage").visible)
        unlockField.text = H.passphrase
        mouseClick(H.find(test, window, "unlockButton"))
        tryVerify(() => Session.open, 10000)
        compare(H.top(test, window).objectName, "carnetPage")
    }

    function test_2_recoveryCodeOpensWithANewPassphrase() {
        // The profile of the previous test, locked; its code was shown then: use the
        // vault's own recovery path with a code that is wrong, then the page's words.
        if (Session.open)
            Session.lock()
        const window = H.openWindow(test, mainComponent, 360, 640)
        H.waitFor(test, window, "unlockPage")
        mouseClick(H.find(test, window, "recoveryToggle"))
        const codeField = H.find(test, window, "recoveryCodeField")
        tryVerify(() => codeField.visible)
        codeField.text = "0000-0000-0000-0000-0000-0000"
        H.find(test, window, "recoveryNewPassphrase").text = "Une toute nouvelle phrase pour mardi"
        const button = H.find(test, window, "unlockButton")
        tryVerify(() => button.enabled)
        mouseClick(button)
        const error = H.find(test, window, "unlockError")
        tryVerify(() => error.visible, 10000)
        compare(error.text, "Code de secours incorrect.")
        verify(!Session.open)
    }
}
