// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtTest
import Jalon
import Jalon.App
import JalonTest
import "helpers.js" as H

// A VAE accompanist plans the eleven sessions from a start date, records the first one
// held, then reads the livret and comments a section.
TestCase {
    id: test
    name: "Accompanist"
    when: windowShown

    function init() { H.failOnQmlWarnings(test) }

    Component {
        id: mainComponent
        Main {}
    }

    function test_1_planRecordAndComment() {
        H.ensureProfile(test, Session, "cqp-conseiller-entreprise")
        verify(Fixtures.followCandidates("accompanist", "cqp-conseiller-entreprise"))
        const window = H.openWindow(test, mainComponent, 1280, 800)
        const list = H.go(test, window, "candidates")
        const candidate = H.open(test, window, list, "candidate_u-camille")
        const plan = H.open(test, window, candidate, "candidateSessionsCard")
        compare(plan.objectName, "vaePlanPage")
        const sessions = H.find(test, plan, "vaeSessions")
        tryCompare(sessions, "count", 11)
        const start = H.waitFor(test, plan, "vaeStartText")
        const first = new Date()
        first.setDate(first.getDate() - 3)
        start.text = first.toLocaleDateString(Qt.locale(), Locale.ShortFormat)
        start.textEdited()
        mouseClick(H.find(test, plan, "vaePlan"))
        tryVerify(() => H.find(test, plan, "vaeProgress").text.indexOf("Séances tenues : 0 sur 11") === 0, 5000,
                  H.find(test, plan, "vaeProgress").text)
        const one = H.waitFor(test, plan, "vaeSession_1")
        tryVerify(() => one.Accessible.name.indexOf("prévue") > 0, 5000, one.Accessible.name)

        // Session 1 held, with notes and the section worked on.
        const session = H.open(test, window, plan, "vaeSession_1")
        compare(session.objectName, "vaeSessionPage")
        const status = H.waitFor(test, session, "vaeSessionStatus")
        status.currentIndex = 1
        status.activated(1)
        H.find(test, session, "vaeSessionNotes").text = "Présentation du livret"
        H.click(test, H.waitFor(test, session, "vaeSessionSection_CP1"))
        const save = H.waitFor(test, session, "vaeSessionSave")
        H.click(test, save)
        tryVerify(() => H.find(test, session, "vaeSessionSaved").visible)
        H.find(test, window, "backButton").clicked()
        H.top(test, window)
        tryVerify(() => H.find(test, plan, "vaeProgress").text.indexOf("Séances tenues : 1 sur 11") === 0
                  || H.find(test, plan, "vaeProgress").text.indexOf("1 séance") === 0, 5000, H.find(test, plan, "vaeProgress").text)

        // The livret, read and commented.
        H.find(test, window, "backButton").clicked()
        const back = H.top(test, window)
        compare(back.objectName, "candidatePage")
        const livret = H.open(test, window, back, "candidateLivretCard")
        compare(livret.objectName, "livretPage")
        mouseClick(H.waitFor(test, livret, "livretSection_CP1"))
        const text = H.waitFor(test, livret, "livretText")
        tryVerify(() => text.text.indexOf("porteurs de projet") > 0)
        verify(text.readOnly)
        const comment = H.waitFor(test, livret, "livretNewComment")
        comment.text = "Ajoutez un exemple chiffré."
        const add = H.find(test, livret, "livretAddComment")
        H.click(test, add)
        tryVerify(() => comment.text.length === 0)
        const count = H.find(test, livret, "livretCommentCount")
        tryVerify(() => count.text.indexOf("(1)") > 0, 5000, count.text)
    }
}
