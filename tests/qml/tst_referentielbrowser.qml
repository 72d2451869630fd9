// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtTest
import Jalon
import Jalon.App
import "helpers.js" as H

TestCase {
    id: testCase
    name: "ReferentielBrowser"
    when: windowShown

    function init() { H.failOnQmlWarnings(testCase) }

    Component {
        id: mainComponent
        Main {}
    }

    // The certifications, as the shell's navigation opens them.
    function openWindow(width: int, height: int): var {
        H.ensureProfile(testCase, Session, "cqp-conseiller-entreprise")
        const window = H.openWindow(testCase, mainComponent, width, height)
        H.go(testCase, window, "certifications")
        return window
    }

    function find(window: var, name: string): var {
        const item = findChild(window.contentItem, name) ?? findChild(window, name)
        verify(item, "no item named " + name)
        return item
    }

    function openReferentiel(window: var, id: string): var {
        const grid = find(window, "referentielList")
        tryVerify(() => findChild(grid, "referentielCard_" + id) !== null)
        mouseClick(findChild(grid, "referentielCard_" + id))
        const stack = find(window, "mainStack")
        tryVerify(() => stack.depth === 2 && !stack.busy)
        return stack.currentItem
    }

    function test_listShowsTheFourCertifications() {
        const window = openWindow(1280, 800)
        const grid = find(window, "referentielList")
        compare(grid.count, 4)
        compare(grid.columns, 3)
        compare(find(window, "loadErrorLabel").visible, false)
        for (const id of ["cqp-conseiller-entreprise", "cqp-charge-accueil-relation-clients",
                          "cqp-conseiller-offres-service-securite-sociale", "titre-charge-clientele-banque-assurance"]) {
            tryVerify(() => findChild(grid, "referentielCard_" + id) !== null, 5000, id)
            const card = findChild(grid, "referentielCard_" + id)
            verify(card.height >= 48)
            verify(card.Accessible.name.length > 0)
        }
    }

    function test_frenchByDefault() {
        const window = openWindow(1280, 800)
        const page = openReferentiel(window, "cqp-conseiller-entreprise")
        compare(find(window, "backButton").Accessible.name, "Retour")
        compare(find(page, "competencesTab").text, "Compétences")
        compare(find(page, "activitiesTab").text, "Activités")
        verify(find(page, "outlineCounts").text.indexOf("compétences") >= 0)
    }

    function test_browseBlocsCompetencesAndCriteria() {
        const window = openWindow(1280, 800)
        const page = openReferentiel(window, "cqp-conseiller-entreprise")
        compare(page.title, "CQP Conseiller Entreprise")
        const view = find(page, "outlineView")
        compare(view.count, 3)

        mouseClick(find(view, "outlineRow_B1"))
        tryCompare(view, "count", 3 + 5)       // CP1 to CP4 and CT1
        // The view creates the new rows' delegates at its next layout pass.
        tryVerify(() => findChild(view, "outlineRow_CP1") !== null)
        const cp1 = find(view, "outlineRow_CP1")
        verify(cp1.height >= 48)
        compare(cp1.Accessible.name.indexOf("CP1"), 0)
        const before = view.count
        mouseClick(cp1)
        tryVerify(() => view.count > before)
        tryVerify(() => findChild(view, "outlineRow_CP1.1") !== null)

        mouseClick(find(page, "collapseAllButton"))
        tryCompare(view, "count", 3)
        mouseClick(find(page, "expandAllButton"))
        tryVerify(() => view.count > 3 + 13)
    }

    function test_activitiesAndAssessment() {
        const window = openWindow(1280, 800)
        const page = openReferentiel(window, "cqp-conseiller-entreprise")
        const view = find(page, "outlineView")
        mouseClick(find(page, "activitiesTab"))
        tryCompare(view, "count", 7)            // seven functions
        mouseClick(find(view, "outlineRow_F1"))
        tryVerify(() => view.count > 7)
        mouseClick(find(page, "assessmentTab"))
        tryCompare(view, "count", 3)
        mouseClick(find(view, "outlineRow_B1"))
        tryVerify(() => view.count >= 3 + 2)    // two exam parts
    }

    function test_desktopShowsRulesBesideTheOutline() {
        const window = openWindow(1280, 800)
        const page = openReferentiel(window, "cqp-conseiller-offres-service-securite-sociale")
        verify(find(page, "rulesPane").visible)
        verify(find(page, "outlineView").visible)
        compare(find(page, "rulesTab").visible, false)
        verify(find(page, "criterionRule").text.indexOf("80") >= 0)
        verify(find(page, "competenceRule").text.indexOf("80") >= 0)
    }

    function test_phoneUsesTabsAndOneColumn() {
        const window = openWindow(360, 640)
        compare(find(window, "referentielList").columns, 1)
        const page = openReferentiel(window, "titre-charge-clientele-banque-assurance")
        const rulesTab = find(page, "rulesTab")
        verify(rulesTab.visible)
        verify(rulesTab.height >= 48)
        compare(find(page, "rulesPane").visible, false)
        mouseClick(rulesTab)
        tryVerify(() => find(page, "rulesPane").visible)
        compare(find(page, "outlineView").visible, false)
    }

    function test_backReturnsToTheList() {
        const window = openWindow(1280, 800)
        openReferentiel(window, "cqp-charge-accueil-relation-clients")
        const back = find(window, "backButton")
        verify(back.visible)
        verify(back.height >= 48 && back.width >= 48)
        mouseClick(back)
        const stack = find(window, "mainStack")
        tryVerify(() => stack.depth === 1 && !stack.busy)
        compare(back.visible, false)
    }
}
