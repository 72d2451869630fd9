// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtTest
import Jalon
import Jalon.App
import JalonTest
import "helpers.js" as H

// The auto-diagnostic on a tablet: answer, leave, come back where one was, see results.
TestCase {
    id: test
    name: "Diagnostic"
    when: windowShown

    function init() { H.failOnQmlWarnings(test) }

    Component {
        id: mainComponent
        Main {}
    }

    function test_answerLeaveAndResume() {
        H.ensureProfile(test, Session, "cqp-conseiller-entreprise")
        const window = H.openWindow(test, mainComponent, 1280, 800)
        let page = H.go(test, window, "diagnostic")
        compare(page.objectName, "diagnosticPage")
        const label = H.find(test, page, "diagnosticActivityLabel")
        tryVerify(() => label.text.length > 0)
        const firstActivity = label.text
        compare(H.find(test, page, "diagnosticProgressLabel").text, "Réponses : 0 sur 38 activités")

        // Four levels from the référentiel's scale, each a large target.
        const level2 = H.find(test, page, "diagnosticLevel_2")
        compare(level2.text, "Je le fais seul(e)")
        verify(level2.height >= 48)
        verify(H.find(test, page, "diagnosticLevel_0").visible && H.find(test, page, "diagnosticLevel_3").visible)
        mouseClick(level2)
        tryCompare(H.find(test, page, "diagnosticProgressLabel"), "text", "Réponses : 1 sur 38 activités")

        mouseClick(H.find(test, page, "diagnosticNext"))
        tryVerify(() => label.text !== firstActivity)
        const secondActivity = label.text
        const comment = H.find(test, page, "diagnosticComment")
        mouseClick(H.find(test, page, "diagnosticLevel_1"))
        comment.text = "Avec l'aide de ma responsable pour les dossiers complexes"
        // Leaving the page records the comment.
        page = H.go(test, window, "home")
        page = H.go(test, window, "diagnostic")

        // Back where the candidate was: the first activity without an answer.
        const label2 = H.find(test, page, "diagnosticActivityLabel")
        tryVerify(() => label2.text.length > 0)
        verify(label2.text !== firstActivity && label2.text !== secondActivity)
        compare(H.find(test, page, "diagnosticProgressLabel").text, "Réponses : 2 sur 38 activités")
        mouseClick(H.find(test, page, "diagnosticPrevious"))
        tryCompare(label2, "text", secondActivity)
        verify(H.find(test, page, "diagnosticLevel_1").checked)
        compare(H.find(test, page, "diagnosticComment").text, "Avec l'aide de ma responsable pour les dossiers complexes")

        // Jump to the last function.
        const picker = H.find(test, page, "diagnosticFunctionPicker")
        compare(picker.count, 7)
        picker.activated(6)
        tryVerify(() => H.find(test, page, "diagnosticActivityPosition").text.indexOf("F7") >= 0)
        // An answer there (offline) leaves the picker on that function.
        mouseClick(H.find(test, page, "diagnosticLevel_2"))
        tryVerify(() => H.find(test, page, "diagnosticLevel_2").checked)
        wait(50)
        compare(picker.currentIndex, 6)
        verify(picker.displayText.indexOf("7") >= 0, picker.displayText)

        // Results: a bar per function, strengths and gaps.
        mouseClick(H.find(test, page, "diagnosticResultsButton"))
        const stack = H.find(test, window, "mainStack")
        tryVerify(() => stack.depth === 2 && !stack.busy)
        const results = stack.currentItem
        compare(results.objectName, "diagnosticResultsPage")
        H.waitFor(test, results, "functionBar_F1")
        H.find(test, results, "functionBar_F7")
        mouseClick(H.find(test, results, "diagnosticExportPdf"))
        const saved = H.find(test, results, "diagnosticSaved")
        tryVerify(() => saved.visible)
        verify(H.find(test, results, "diagnosticSavedName").text.indexOf(".pdf") > 0)
        // Open and Show in folder hand the file and its folder to the desktop.
        Fixtures.catchOpenedUrls()
        mouseClick(H.find(test, results, "diagnosticSavedOpen"))
        mouseClick(H.find(test, results, "diagnosticSavedShowFolder"))
        compare(Fixtures.openedUrls().map(url => decodeURIComponent(url)), ["file://" + saved.path, "file://" + saved.parentFolder])

        // Another place opened with the results on top: the diagnostic page and its model
        // go first, and the results page says nothing on the console.
        failOnWarning(/DiagnosticResultsPage/)
        H.go(test, window, "home")
        wait(100)
    }

    function test_submitOnceEverythingIsAnswered() {
        H.ensureProfile(test, Session, "cqp-conseiller-entreprise")
        const model = createTemporaryObject(diagnosticModel, test)
        for (let row = 0; row < model.count; ++row)
            verify(model.answer(row, row % 4, ""))
        const window = H.openWindow(test, mainComponent, 360, 640)
        const page = H.go(test, window, "diagnostic")
        const picker = H.find(test, page, "diagnosticFunctionPicker")
        picker.activated(picker.count - 1)
        // To the last activity of the last function.
        for (let i = 0; i < 10 && H.find(test, page, "diagnosticNext").visible; ++i)
            mouseClick(H.find(test, page, "diagnosticNext"))
        const submit = H.find(test, page, "diagnosticSubmit")
        tryVerify(() => submit.visible && submit.enabled)
        mouseClick(submit)
        tryVerify(() => !isNaN(model.submittedAt.getTime()))
        verify(model.strengths.length > 0 && model.gaps.length > 0)
    }

    Component {
        id: diagnosticModel
        DiagnosticModel { session: Session }
    }
}
