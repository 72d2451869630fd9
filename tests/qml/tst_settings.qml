// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtTest
import Jalon
import Jalon.App
import "helpers.js" as H

// The settings: the interface switches language at once; the passphrase is changed only
// with the current one; the idle delay is kept.
TestCase {
    id: test
    name: "Settings"
    when: windowShown

    function init() { H.failOnQmlWarnings(test) }

    Component {
        id: mainComponent
        Main {}
    }

    function test_1_languageSwitchesAtOnce() {
        H.ensureProfile(test, Session, "cqp-conseiller-entreprise")
        const window = H.openWindow(test, mainComponent, 1280, 800)
        const page = H.go(test, window, "settings")
        compare(H.find(test, window, "pageTitle").text, "Réglages")
        const picker = H.find(test, page, "languagePicker")
        picker.activated(picker.indexOfValue("en"))
        compare(Preferences.language, "en")
        tryCompare(H.find(test, window, "pageTitle"), "text", "Settings")
        compare(H.waitFor(test, window, "nav_home").text, "Home")
        picker.activated(picker.indexOfValue("fr"))
        tryCompare(H.find(test, window, "pageTitle"), "text", "Réglages")
        // Back to the system's language (French under the tests' C locale).
        picker.activated(picker.indexOfValue("system"))
        compare(Preferences.languageChoice, "system")
        compare(Preferences.language, Preferences.systemLanguage)
        tryCompare(H.find(test, window, "pageTitle"), "text", "Réglages")
    }

    function test_2_passphraseChangeNeedsTheCurrentOne() {
        H.ensureProfile(test, Session, "cqp-conseiller-entreprise")
        const window = H.openWindow(test, mainComponent, 1280, 800)
        const page = H.go(test, window, "settings")
        const next = "Une nouvelle phrase pour le jeudi matin"
        H.find(test, page, "currentPassphrase").text = "pas la bonne phrase"
        H.find(test, page, "nextPassphrase").text = next
        H.find(test, page, "confirmNextPassphrase").text = next
        const button = H.find(test, page, "changePassphraseButton")
        tryVerify(() => button.enabled)
        button.clicked()
        const message = H.find(test, page, "passphraseMessage")
        tryVerify(() => message.visible, 10000)
        compare(message.text, "la phrase de passe actuelle est incorrecte")
        H.find(test, page, "currentPassphrase").text = H.passphrase
        tryVerify(() => button.enabled)
        button.clicked()
        tryCompare(message, "text", "Votre phrase de passe a été changée.", 10000)
        verify(Session.open)
        Session.lock()
        Session.unlock(next)
        tryVerify(() => Session.open, 10000)
    }

    function test_3_idleDelay() {
        const window = H.openWindow(test, mainComponent, 1280, 800)
        tryVerify(() => Session.open)
        const page = H.go(test, window, "settings")
        const picker = H.find(test, page, "autoLockPicker")
        picker.activated(picker.indexOfValue(15))
        compare(Preferences.autoLockMinutes, 15)
    }

    function test_4_problemsAreShownInWords() {
        const window = H.openWindow(test, mainComponent, 1280, 800)
        tryVerify(() => Session.open)
        H.go(test, window, "settings")
        Session.reportError("Le serveur ne répond pas.")
        const banner = H.find(test, H.waitFor(test, window, "shell"), "problemBanner")
        tryVerify(() => banner.opened)
        compare(banner.message, "Le serveur ne répond pas.")
        verify(Session.recentErrors[0].indexOf("Le serveur ne répond pas.") > 0)
    }
}
