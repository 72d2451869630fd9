// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtTest
import Jalon
import Jalon.App
import JalonTest
import "helpers.js" as H

// The livret VAE: what is typed survives a lock with no save button; the history gives
// back an earlier version; an edit made elsewhere on the same version is a conflict
// that shows both texts until the candidate keeps one.
TestCase {
    id: test
    name: "Livret"
    when: windowShown

    function init() { H.failOnQmlWarnings(test) }

    Component {
        id: mainComponent
        Main {}
    }

    // The livret page (opened from the navigation if it is not the current one), then a section.
    function livretPage(window: var): var {
        const stack = H.find(test, window, "mainStack")
        return stack.currentItem && stack.currentItem.objectName === "livretPage" ? stack.currentItem : H.go(test, window, "livret")
    }

    function openSection(window: var, id: string): var {
        const page = livretPage(window)
        const row = H.waitFor(test, page, "livretSection_" + id)
        mouseClick(row)
        const text = H.waitFor(test, page, "livretText")
        tryVerify(() => text.visible)
        return text
    }

    function test_1_autosaveSurvivesALock() {
        H.ensureProfile(test, Session, "cqp-conseiller-entreprise")
        let window = H.openWindow(test, mainComponent, 1280, 800)
        let text = openSection(window, "CP1")
        text.forceActiveFocus()
        keyClick(Qt.Key_A)
        text.text = "Lors d'un rendez-vous avec une entreprise cliente, j'ai présenté l'offre de prévoyance."
        tryVerify(() => H.find(test, window, "livretWordCount").text.indexOf("conservé") > 0)
        // Locked with no save button pressed: nothing typed is lost.
        Session.lock()
        tryVerify(() => !Session.open)
        H.ensureProfile(test, Session, "cqp-conseiller-entreprise")
        window = H.openWindow(test, mainComponent, 1280, 800)
        text = openSection(window, "CP1")
        compare(text.text, "Lors d'un rendez-vous avec une entreprise cliente, j'ai présenté l'offre de prévoyance.")
        compare(H.find(test, window, "livretWordCount").text.indexOf("12 mots"), 0)
    }

    function test_2_historyRestoresAnEarlierVersion() {
        H.ensureProfile(test, Session, "cqp-conseiller-entreprise")
        const window = H.openWindow(test, mainComponent, 1280, 800)
        let text = openSection(window, "CP2")
        text.text = "Première version."
        text = openSection(window, "CP3")      // leaving CP2 records it
        text = openSection(window, "CP2")
        text.text = "Deuxième version, plus complète."
        openSection(window, "CP3")
        text = openSection(window, "CP2")
        compare(text.text, "Deuxième version, plus complète.")
        const restore = H.waitFor(test, livretPage(window), "restoreVersion_1")
        // Below the text and the comments, out of the window: a programmatic click.
        restore.clicked()
        tryCompare(text, "text", "Première version.")
    }

    function test_3_aConflictShowsBothTexts() {
        H.ensureProfile(test, Session, "cqp-conseiller-entreprise")
        const window = H.openWindow(test, mainComponent, 1280, 800)
        let text = openSection(window, "CP4")
        text.text = "Écrit sur la tablette."
        openSection(window, "CP3")
        verify(Fixtures.editElsewhere("CP4", "Écrit sur le téléphone."))
        text = openSection(window, "CP4")
        const conflict = H.waitFor(test, window, "livretConflict")
        tryVerify(() => conflict.visible)
        const texts = [H.find(test, window, "conflictText_0").text, H.find(test, window, "conflictText_1").text].sort()
        compare(texts, ["Écrit sur la tablette.", "Écrit sur le téléphone."])
        const keep = H.find(test, window, "keepVersion_0")
        // Laid out beside the sections, not where the layout first put it.
        tryVerify(() => keep.mapToItem(window.contentItem, 0, 0).x > H.find(test, window, "livretSections").width)
        mouseClick(keep)
        tryVerify(() => !conflict.visible)
        compare(livretPage(window).current, "CP4")
        verify(text.text === "Écrit sur la tablette." || text.text === "Écrit sur le téléphone.", text.text)
    }
}
