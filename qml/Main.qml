// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import Jalon
import Jalon.App

ApplicationWindow {
    id: window

    // The one breakpoint of the app: pages read it, they never test the platform.
    // Where the shell was when it was last left (by a lock), to reopen it there.
    property string lastPlace: "home"
    property string lastCandidate
    readonly property string layout: width < 600 ? "phone" : (width < 1100 ? "tablet" : "desktop")
    // What the person sees: making a profile, unlocking it, or working in it. A profile
    // left before its onboarding ended (a crash, a lock) resumes the onboarding.
    readonly property string screen: Session.open ? (Session.onboarded ? "shell" : "onboarding")
                                                  : (Session.exists ? "unlock" : "onboarding")

    width: 1280
    height: 800
    minimumWidth: 320
    minimumHeight: 480
    visible: true
    title: qsTr("Jalon")

    Material.theme: Preferences.theme === "dark" ? Material.Dark
                  : (Preferences.theme === "light" ? Material.Light : Material.System)
    Material.primary: "#1F4E79"
    Material.accent: "#C55A11"

    // One screen at a time, each made when it is shown and destroyed when left (a lock
    // destroys the shell and its pages). Repeaters rather than a Loader: Qt 6.4's Loader
    // cannot create a bound component.
    Repeater {
        model: window.screen === "onboarding" ? 1 : 0
        delegate: OnboardingPage {
            anchors.fill: parent
            layout: window.layout
        }
    }
    Repeater {
        model: window.screen === "unlock" ? 1 : 0
        delegate: UnlockPage {
            anchors.fill: parent
            layout: window.layout
        }
    }
    Repeater {
        model: window.screen === "shell" ? 1 : 0
        delegate: Shell {
            anchors.fill: parent
            layout: window.layout
            // A lock destroys the shell: unlocking opens it again where the person was.
            initialPlace: window.lastPlace
            initialCandidate: window.lastCandidate
            onPlaceChanged: window.lastPlace = place
            onCandidateChanged: window.lastCandidate = candidate
        }
    }
}
