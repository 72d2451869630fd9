// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtTest
import Jalon
import Jalon.App
import JalonTest
import "helpers.js" as H

// Joining the centre from the onboarding, against a real jalon-server on loopback: a
// wrong code is refused in words and keeps the page; the right one joins, the
// certification comes from the centre, and the chip says the work is synced; then the
// carnet is exported for the jury, with its proofs from the centre's log.
TestCase {
    id: test
    name: "Join"
    when: windowShown

    function init() { H.failOnQmlWarnings(test) }

    Component {
        id: mainComponent
        Main {}
    }

    function test_joinFromTheOnboarding() {
        const server = Fixtures.startServer()
        verify(server.length > 0, "jalon-server did not start")
        const code = Fixtures.enrollmentCode("Camille Martin", "candidate", "cqp-conseiller-entreprise")
        verify(code.length === 29, code)

        // A profile made, its recovery code confirmed: the onboarding is at the join step.
        const window = H.openWindow(test, mainComponent, 1280, 800)
        H.find(test, window, "onboardingNameField").text = "Camille Martin"
        mouseClick(H.find(test, window, "onboardingNameNext"))
        H.find(test, window, "onboardingPassphrase").text = H.passphrase
        H.find(test, window, "onboardingPassphraseConfirm").text = H.passphrase
        const create = H.find(test, window, "onboardingCreate")
        tryVerify(() => create.enabled)
        mouseClick(create)
        tryVerify(() => Session.vault.recoveryCode.length === 29, 10000)
        H.find(test, window, "recoveryCodeConfirm").text = Session.vault.recoveryCode
        mouseClick(H.find(test, window, "recoveryCodeDone"))

        const serverField = H.waitFor(test, window, "joinServerField")
        tryVerify(() => serverField.visible)
        serverField.text = server
        const codeField = H.find(test, window, "joinCodeField")
        codeField.text = "AAAA-BBBB-CCCC-DDDD-EEEE-FFFF"
        mouseClick(H.find(test, window, "joinButton"))
        const error = H.find(test, window, "joinError")
        tryVerify(() => error.visible, 15000)
        verify(error.text.indexOf("code") > 0 && error.text.indexOf("403") < 0, error.text)
        verify(!Session.joined)

        codeField.text = code
        mouseClick(H.find(test, window, "joinButton"))
        H.waitFor(test, window, "homeGreeting")
        tryVerify(() => Session.joined, 15000)
        compare(Session.userId.indexOf("u-"), 0)
        compare(Session.referentielId, "cqp-conseiller-entreprise")
        // The chip says when the last exchange with the centre (sent and received) ended.
        const chipLabel = H.find(test, window, "syncChipLabel")
        const at = () => "Synchronisé à " + Session.sync.lastSync.toLocaleTimeString(Qt.locale(), Locale.ShortFormat)
        tryVerify(() => chipLabel.text === at(), 15000, chipLabel.text)

        // Joined: the carnet goes to a jury as a bundle proven against the centre's log.
        const page = H.go(test, window, "carnet")
        const exportJury = H.waitFor(test, page, "carnetExportJury")
        verify(exportJury.visible && exportJury.enabled)
        H.click(test, exportJury)
        const bundle = H.find(test, page, "carnetJuryBundle")
        tryVerify(() => bundle.visible, 20000, "no jury bundle was written")
        verify(H.find(test, page, "carnetJuryBundleName").text.indexOf(".jalon-dossier.json") > 0, bundle.path)
        verify(/[0-9a-f]{64}/.test(bundle.detail), bundle.detail)
    }
}
