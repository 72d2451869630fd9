// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtTest
import Jalon
import Jalon.App
import JalonTest
import "helpers.js" as H

// The carnet and the VAE journey filled from signed events of the tutor, the manager and
// the accompanist, as a sync brings them.
TestCase {
    id: test
    name: "Carnet"
    when: windowShown

    function init() { H.failOnQmlWarnings(test) }

    Component {
        id: mainComponent
        Main {}
    }

    function test_1_carnetFromSignedAttestations() {
        H.ensureProfile(test, Session, "cqp-conseiller-offres-service-securite-sociale")
        verify(Fixtures.attestFirstCompetences())
        const window = H.openWindow(test, mainComponent, 1280, 800)
        const page = H.go(test, window, "carnet")
        const list = H.find(test, page, "carnetList")
        tryVerify(() => list.count > 10)
        tryCompare(H.find(test, page, "carnetSummary"), "text", "Compétences acquises : 1 sur 18 · 3 attestations")
        // The bloc's readiness against its threshold (80 % of 6: 5 competences).
        const bloc = H.waitFor(test, page, "carnetBlocStatus_B1")
        verify(bloc.text.indexOf("1 sur 6") >= 0 && bloc.text.indexOf("80") > 0, bloc.text)
        // Its bar: one sixth filled, a tick at 80 %, and a bloc not started shows no fill.
        const bar = H.find(test, page, "carnetBlocBar_B1")
        fuzzyCompare(bar.value, 1 / 6, 0.001)
        fuzzyCompare(bar.threshold, 0.8, 0.001)
        compare(H.find(test, page, "carnetBlocBar_B2").value, 0)
        const acquired = H.waitFor(test, page, "carnetCompetenceStatus_B1.C1")
        verify(acquired.text.indexOf("acquise") === 0, acquired.text)
        const inProgress = H.waitFor(test, page, "carnetCompetenceStatus_B1.C2")
        verify(inProgress.text.indexOf("en cours") === 0, inProgress.text)

        // Who attested, in what role, when, and whether it reached the centre.
        mouseClick(H.find(test, page, "carnetCompetence_B1.C1"))
        const attestations = H.waitFor(test, page, "competenceAttestations")
        tryVerify(() => findChild(attestations, "attestation_1") !== null)
        verify(findChild(attestations, "attestation_2") === null)
        mouseClick(H.find(test, page, "carnetExportPdf"))
    }
}
