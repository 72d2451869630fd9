// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtTest
import Jalon
import Jalon.App
import JalonTest
import "helpers.js" as H

// "Remember this profile on this device" in the settings, then the unlock page opening
// it with the desktop keyring; turned off, the unlock page asks the passphrase only.
TestCase {
    id: test
    name: "QuickUnlock"
    when: windowShown

    function init() { H.failOnQmlWarnings(test) }

    Component {
        id: mainComponent
        Main {}
    }

    function test_1_rememberThenUnlockWithTheKeyring() {
        H.ensureProfile(test, Session, "cqp-conseiller-entreprise")
        const window = H.openWindow(test, mainComponent, 1280, 800)
        const settings = H.go(test, window, "settings")
        const remember = H.waitFor(test, settings, "rememberOnDevice")
        verify(remember.visible)
        verify(!remember.checked)
        H.click(test, remember)
        tryVerify(() => Session.vault.rememberedOnDevice && !Session.vault.busy, 10000,
                  H.find(test, settings, "rememberMessage").text)
        verify(remember.checked)

        Session.lock()
        const unlock = H.waitFor(test, window, "unlockPage")
        const quick = H.waitFor(test, unlock, "quickUnlockButton")
        tryVerify(() => quick.visible)
        compare(quick.text, "Déverrouiller avec le trousseau du bureau")
        mouseClick(quick)
        tryVerify(() => Session.open, 10000)

        // Off: the unlock page offers the passphrase only.
        const again = H.go(test, window, "settings")
        const toggle = H.waitFor(test, again, "rememberOnDevice")
        tryVerify(() => toggle.checked)
        H.click(test, toggle)
        tryVerify(() => !Session.vault.rememberedOnDevice && !Session.vault.busy, 10000)
        Session.lock()
        const page = H.waitFor(test, window, "unlockPage")
        verify(!H.find(test, page, "quickUnlockButton").visible)
        Session.unlock(H.passphrase)
        tryVerify(() => Session.open, 10000)
    }
}
