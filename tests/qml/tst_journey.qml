// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtTest
import Jalon
import Jalon.App
import JalonTest
import "helpers.js" as H

// The VAE journey as the accompanist plans and records it.
TestCase {
    id: test
    name: "Journey"
    when: windowShown

    function init() { H.failOnQmlWarnings(test) }

    Component {
        id: mainComponent
        Main {}
    }

    function test_journeyFromTheAccompanist() {
        H.ensureProfile(test, Session, "cqp-conseiller-entreprise")
        verify(Fixtures.planSessions())
        const window = H.openWindow(test, mainComponent, 1280, 800)
        const page = H.go(test, window, "journey")
        const list = H.find(test, page, "journeySessions")
        tryCompare(list, "count", 11)
        compare(H.find(test, page, "journeySummary").text.indexOf("Séances tenues : 1 sur 11"), 0)
        const held = H.waitFor(test, page, "journeySession_1")
        verify(held.Accessible.name.indexOf("tenue") > 0, held.Accessible.name)
    }

    // The locale's long format says "1 décembre"; French writes the first of the month "1er".
    function test_firstOfTheMonthInWords() {
        compare(Dates.longDate(new Date(2026, 11, 1)), "mardi 1er décembre 2026")
        compare(Dates.longDate(new Date(2026, 11, 11)), "vendredi 11 décembre 2026")
        compare(Dates.longDate(new Date(2027, 0, 21)), "jeudi 21 janvier 2027")
    }
}
