// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtTest
import Jalon
import Jalon.App
import JalonTest
import "helpers.js" as H

// An evaluator records a bloc's official result; its validity end is shown before signing.
TestCase {
    id: test
    name: "Evaluator"
    when: windowShown

    function init() { H.failOnQmlWarnings(test) }

    Component {
        id: mainComponent
        Main {}
    }

    function test_1_recordABlocResult() {
        H.ensureProfile(test, Session, "cqp-conseiller-entreprise")
        verify(Fixtures.followCandidates("evaluator", "cqp-conseiller-entreprise"))
        const window = H.openWindow(test, mainComponent, 1280, 800)
        const list = H.go(test, window, "candidates")
        const candidate = H.open(test, window, list, "candidate_u-camille")
        const carnet = H.open(test, window, candidate, "candidateCarnetCard")
        const evaluate = H.waitFor(test, carnet, "carnetEvaluate_B1")
        H.click(test, evaluate)
        const dialog = H.waitFor(test, carnet, "blocEvaluationDialog")
        tryVerify(() => dialog.opened)
        const day = findChild(dialog.contentItem, "evaluationDateText")
        day.text = new Date(2026, 5, 30).toLocaleDateString(Qt.locale(), Locale.ShortFormat)
        day.textEdited()
        const until = findChild(dialog.contentItem, "evaluationValidUntil")
        tryVerify(() => until.text.indexOf("2031") > 0, 5000, until.text)
        mouseClick(findChild(dialog.contentItem, "evaluationRecord"))
        tryVerify(() => !dialog.visible)
        const status = H.find(test, carnet, "carnetBlocStatus_B1")
        tryVerify(() => status.text.indexOf("Validé par l'évaluateur le") > 0, 5000, status.text)
    }
}
