// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtTest
import Jalon
import Jalon.App
import JalonTest
import "helpers.js" as H

// A manager sees the team, sorts it, opens a candidate and runs the bilan de
// positionnement: the candidate's ratings beside the manager's, the gaps marked.
TestCase {
    id: test
    name: "Manager"
    when: windowShown

    function init() { H.failOnQmlWarnings(test) }

    Component {
        id: mainComponent
        Main {}
    }

    function test_1_dashboardThenBilanWithGaps() {
        H.ensureProfile(test, Session, "cqp-conseiller-offres-service-securite-sociale")
        verify(Fixtures.followCandidates("manager", "cqp-conseiller-offres-service-securite-sociale"))
        const window = H.openWindow(test, mainComponent, 1280, 800)
        const dashboard = H.go(test, window, "dashboard")
        const rows = H.find(test, dashboard, "dashboardList")
        tryCompare(rows, "count", 2)
        verify(H.waitFor(test, dashboard, "dashboardColumn_B1").visible)
        compare(H.find(test, dashboard, "dashboardReady_B1").text, "0 prêt")
        // Sorted by name, then by name descending.
        compare(rows.itemAtIndex(0).objectName, "dashboardRow_u-bruno")
        mouseClick(H.find(test, dashboard, "dashboardSortName"))
        tryCompare(rows.itemAtIndex(0), "objectName", "dashboardRow_u-camille")

        const candidate = H.open(test, window, dashboard, "dashboardRow_u-camille")
        compare(candidate.objectName, "candidatePage")
        const bilan = H.open(test, window, candidate, "candidateBilanCard")
        compare(bilan.objectName, "bilanPage")
        verify(H.waitFor(test, bilan, "bilanSubmitted").text.indexOf("envoyé le") > 0)
        // The candidate said 0, 1, 2, 3 for F1.1 … F4.1: the manager says 1 everywhere.
        for (const activity of ["F1.1", "F2.1", "F3.1", "F4.1"]) {
            const button = H.waitFor(test, bilan, "bilanRate_" + activity + "_1")
            H.click(test, button)
        }
        const differ = H.find(test, bilan, "bilanDiffer")
        tryVerify(() => differ.text.indexOf("Activités évaluées par vous : 4 sur 4") === 0 && differ.text.indexOf("3 écarts") > 0, 5000, differ.text)
        verify(H.find(test, bilan, "bilanGap_F3.1").visible)
        verify(H.find(test, bilan, "bilanGap_F3.1").text.indexOf("en dessous") > 0)
        verify(!H.find(test, bilan, "bilanGap_F2.1").visible)
        compare(H.find(test, bilan, "bilanCandidate_F4.1").text.indexOf("Candidat : « Je peux l'expliquer et le transmettre »"), 0)
        // The manager's buttons speak of the candidate, in the référentiel's words for an observer.
        compare(H.find(test, bilan, "bilanRate_F4.1_3").text, "Peut l'expliquer et le transmettre")
        compare(H.find(test, bilan, "bilanRate_F4.1_3").font.capitalization, Font.MixedCase)

        // The decision, then the signature.
        const record = H.waitFor(test, bilan, "bilanRecord")
        verify(!record.enabled)
        H.click(test, H.waitFor(test, bilan, "bilanPathEpreuves"))
        H.click(test, H.waitFor(test, bilan, "bilanBloc_B2"))
        H.waitFor(test, bilan, "bilanTraining").text = "Tutorat sur la législation"
        const review = H.waitFor(test, bilan, "bilanReviewText")
        review.text = new Date(2027, 2, 15).toLocaleDateString(Qt.locale(), Locale.ShortFormat)
        review.textEdited()
        tryVerify(() => record.enabled, 5000, H.find(test, bilan, "bilanProblem").text)
        H.click(test, record)
        tryVerify(() => H.find(test, bilan, "bilanRecorded").visible)
    }
}
