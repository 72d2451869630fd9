// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtTest
import Jalon
import Jalon.App
import JalonTest
import "helpers.js" as H

// A tutor with no network attests a competence step by step, sees it waiting for the
// centre, then withdraws it with a reason.
TestCase {
    id: test
    name: "Tutor"
    when: windowShown

    function init() { H.failOnQmlWarnings(test) }

    Component {
        id: mainComponent
        Main {}
    }

    // A review step left open past the signing grace asks for the passphrase at that
    // moment, instead of staying hidden and refusing the signature.
    function test_2_thePassphraseIsAskedOnceTheGraceEnds() {
        H.ensureProfile(test, Session, "cqp-conseiller-entreprise")
        verify(Fixtures.followCandidates("tutor", "cqp-conseiller-entreprise"))
        const window = H.openWindow(test, mainComponent, 1280, 800)
        const list = H.go(test, window, "candidates")
        tryCompare(H.find(test, list, "candidatesList"), "count", 2)
        const candidate = H.open(test, window, list, "candidate_u-camille")
        const carnet = H.open(test, window, candidate, "candidateCarnetCard")
        mouseClick(H.waitFor(test, carnet, "carnetCompetence_CP1"))
        tryVerify(() => H.waitFor(test, carnet, "competenceAttest").visible)
        const attest = H.open(test, window, carnet, "competenceAttest")
        const next = H.find(test, attest, "attestNext")
        mouseClick(H.waitFor(test, attest, "criterion_CP1.1"))
        tryVerify(() => next.enabled)
        mouseClick(next)
        H.waitFor(test, attest, "attestSituation").text = "Entretien de suivi d'un créateur"
        tryVerify(() => next.enabled)
        mouseClick(next)
        tryVerify(() => H.find(test, attest, "attestReview").visible)
        const field = H.find(test, attest, "attestPassphrase")
        verify(!field.visible) // unlocked just now
        Fixtures.advanceClock(Session.signingGraceMinutes * 60 + 1)
        tryVerify(() => field.visible)
        field.text = H.passphrase
        mouseClick(H.find(test, attest, "attestSign"))
        tryVerify(() => H.find(test, attest, "attestSigned").visible, 10000)
        Fixtures.advanceClock(0)
    }

    function test_1_attestOfflineThenWithdraw() {
        H.ensureProfile(test, Session, "cqp-conseiller-entreprise")
        verify(Fixtures.followCandidates("tutor", "cqp-conseiller-entreprise"))
        const window = H.openWindow(test, mainComponent, 1280, 800)
        tryCompare(H.waitFor(test, window, "nav_candidates"), "visible", true)
        const list = H.go(test, window, "candidates")
        tryCompare(H.find(test, list, "candidatesList"), "count", 2)
        H.find(test, list, "candidateSearch").text = "cami"
        tryCompare(H.find(test, list, "candidatesList"), "count", 1)

        const candidate = H.open(test, window, list, "candidate_u-camille")
        compare(candidate.objectName, "candidatePage")
        const carnet = H.open(test, window, candidate, "candidateCarnetCard")
        compare(carnet.objectName, "carnetPage")
        mouseClick(H.waitFor(test, carnet, "carnetCompetence_CP1"))
        tryVerify(() => H.waitFor(test, carnet, "competenceAttest").visible)
        const attest = H.open(test, window, carnet, "competenceAttest")
        compare(attest.objectName, "attestPage")

        // 1. The criteria: Next waits for a tick.
        const next = H.find(test, attest, "attestNext")
        verify(!next.enabled)
        mouseClick(H.waitFor(test, attest, "criterion_CP1.1"))
        mouseClick(H.waitFor(test, attest, "criterion_CP1.2"))
        tryVerify(() => next.enabled)
        verify(H.find(test, attest, "attestCount").text.indexOf("Cochés : 2 sur 2") === 0, H.find(test, attest, "attestCount").text)
        mouseClick(next)
        // 2. The situation and the day: no error on arrival; the day picked in a calendar.
        tryVerify(() => !next.enabled)
        const problem = H.find(test, attest, "attestProblem")
        verify(!problem.visible, problem.text)
        const day = H.find(test, attest, "attestDate")
        mouseClick(H.find(test, attest, "attestDateCalendar"))
        const calendar = H.find(test, attest, "attestDatePopup")
        tryCompare(calendar, "opened", true)
        const shown = H.find(test, attest, "attestDatePopupMonth").text
        mouseClick(H.find(test, attest, "attestDatePopupPrevious"))
        verify(H.find(test, attest, "attestDatePopupMonth").text !== shown)
        mouseClick(H.waitFor(test, calendar, "attestDatePopupDay_3"))
        tryCompare(calendar, "visible", false)
        compare(day.date.getDate(), 3)
        compare(H.find(test, attest, "attestDateText").text, day.date.toLocaleDateString(Qt.locale(), Locale.ShortFormat))
        tryVerify(() => problem.visible && problem.text.length > 0) // a day, but no situation yet
        const situation = H.waitFor(test, attest, "attestSituation")
        situation.forceActiveFocus()
        keyClick(Qt.Key_A)
        situation.text = "Premier rendez-vous d'un créateur de commerce"
        tryVerify(() => next.enabled)
        mouseClick(next)
        // 3. The review says what signing changes: with the manager's, it is acquired.
        const outcome = H.waitFor(test, attest, "attestOutcome")
        tryVerify(() => outcome.text.indexOf("devient acquise") > 0, 5000, outcome.text)
        verify(H.find(test, attest, "attestReview").visible)
        mouseClick(H.find(test, attest, "attestSign"))
        tryVerify(() => H.find(test, attest, "attestSigned").visible)
        mouseClick(H.find(test, attest, "attestDone"))

        const back = H.top(test, window)
        compare(back.objectName, "carnetPage")
        const status = H.waitFor(test, back, "carnetCompetenceStatus_CP1")
        tryVerify(() => status.text.indexOf("acquise") === 0, 5000, status.text)
        mouseClick(H.find(test, back, "carnetCompetence_CP1"))
        const pane = H.waitFor(test, back, "competenceAttestations")
        tryVerify(() => findChild(pane, "attestation_1") !== null)
        const mine = H.find(test, pane, "attestation_0")
        verify(findChild(mine, "withdraw_0").visible)

        // Withdrawn with a reason: the competence goes back to in progress.
        mouseClick(findChild(mine, "withdraw_0"))
        const dialog = H.waitFor(test, pane, "withdrawDialog")
        tryVerify(() => dialog.opened)
        const reason = findChild(dialog.contentItem, "withdrawReason")
        reason.text = "Observé sur un autre dossier"
        mouseClick(findChild(dialog.contentItem, "withdrawConfirm"))
        tryVerify(() => !dialog.visible)
        tryVerify(() => status.text.indexOf("en cours") === 0, 5000, status.text)
    }
}
