// SPDX-License-Identifier: GPL-3.0-or-later
// Not `pragma ComponentBehavior: Bound`: Qt 6.4's Loader and StackView refuse bound
// components ("Cannot instantiate bound component outside its creation context"), so
// this file's components reach the page's ids through their context, which qmllint
// reports as unqualified access.
// qmllint disable unqualified
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import Jalon
import Jalon.App

ApplicationWindow {
    id: window

    // The one breakpoint of the app: pages read it, they never test the platform.
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

    Loader {
        id: screenLoader
        objectName: "screenLoader"
        anchors.fill: parent
        sourceComponent: window.screen === "shell" ? shellComponent
                       : (window.screen === "unlock" ? unlockComponent : onboardingComponent)
    }

    Component {
        id: onboardingComponent
        OnboardingPage {
            layout: window.layout
        }
    }

    Component {
        id: unlockComponent
        UnlockPage {
            layout: window.layout
        }
    }

    Component {
        id: shellComponent
        Shell {
            layout: window.layout
        }
    }
}
