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
}
