// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Jalon
import Jalon.App

// The open profile: a toolbar with the sync chip and the lock, the places of the
// person's role, and the page stack. A drawer on a phone, a side column elsewhere.
Page {
    id: shell

    required property string layout
    property string place: "home"
    // The candidate whose page is open above the place, if any.
    property string candidate
    // Where the shell opens: a place of the person's navigation and the candidate open then.
    property string initialPlace: "home"
    property string initialCandidate
    readonly property bool wide: layout !== "phone"
    readonly property var places: {
        const role = Session.role
        const common = [{ key: "certifications", label: qsTr("Certifications") }, { key: "settings", label: qsTr("Settings") }]
        if (role === Roles.Candidate)
            return [{ key: "home", label: qsTr("Home") }, { key: "diagnostic", label: qsTr("Auto-diagnostic") },
                    { key: "livret", label: qsTr("Livret VAE") }, { key: "carnet", label: qsTr("Carnet") },
                    { key: "journey", label: qsTr("VAE journey") }].concat(common)
        const team = role === Roles.Manager ? [{ key: "dashboard", label: qsTr("Team") }] : []
        return [{ key: "home", label: qsTr("Home") }].concat(team, [{ key: "candidates", label: qsTr("My candidates") }], common)
    }

    objectName: "shell"

    // Opens a place of the navigation (its page replaces the stack).
    function go(key: string): void {
        if (pages[key].status === Component.Error)
            console.error(pages[key].errorString())
        shell.place = key
        shell.candidate = ""
        follow(stack.replace(null, pages[key], { layout: shell.layout }))
        drawer.close()
    }

    // Opens a page above the current one (the back button returns).
    function push(component: Component, properties: var): void {
        const props = properties ?? {}
        props.layout = shell.layout
        follow(stack.push(component, props))
    }

    // A page keeps following the breakpoint (a tablet turned, a window resized).
    function follow(item: Item): void {
        if (item)
            item.layout = Qt.binding(() => shell.layout)
    }

    readonly property var pages: ({
        home: homePage, diagnostic: diagnosticPage, livret: livretPage, carnet: carnetPage,
        journey: journeyPage, certifications: certificationsPage, settings: settingsPage,
        candidates: candidatesPage, dashboard: dashboardPage
    })

    // A followed candidate's page, above the current one.
    function openCandidate(candidateId: string): void {
        push(candidatePage, { candidateId: candidateId })
        shell.candidate = candidateId
    }

    header: ToolBar {
        objectName: "mainToolBar"
        Material.foreground: "white"
        RowLayout {
            anchors.fill: parent
            spacing: 0
            ToolButton {
                objectName: "backButton"
                visible: stack.depth > 1
                text: "\u2190"
                font.pixelSize: 22
                implicitWidth: 56
                implicitHeight: 56
                Accessible.name: qsTr("Back")
                onClicked: stack.pop()
            }
            ToolButton {
                objectName: "menuButton"
                visible: !shell.wide && stack.depth === 1
                text: "\u2630"
                font.pixelSize: 22
                implicitWidth: 56
                implicitHeight: 56
                Accessible.name: qsTr("Menu")
                onClicked: drawer.open()
            }
            // On a phone a long title takes two lines rather than losing its end.
            Label {
                objectName: "pageTitle"
                Layout.fillWidth: true
                Layout.leftMargin: 8
                text: (stack.currentItem as Page)?.title || qsTr("Jalon")
                wrapMode: Text.Wrap
                maximumLineCount: 2
                elide: Label.ElideRight
                lineHeight: 0.9
                font.pixelSize: shell.layout === "phone" ? 16 : 20
                font.weight: Font.Medium
                color: "white"
                textFormat: Text.PlainText
            }
            SyncChip {
                compact: shell.layout === "phone"
                onJoinRequested: shell.go("settings")
            }
            // The word on a tablet or a desktop, a padlock on a phone, where the title needs
            // the room.
            ToolButton {
                id: lockButton
                objectName: "lockButton"
                text: qsTr("Lock")
                implicitHeight: 56
                readonly property bool padlock: shell.layout === "phone"
                implicitWidth: Math.max(48, implicitContentWidth + leftPadding + rightPadding)
                Accessible.name: qsTr("Lock the profile")
                onClicked: Session.lock()
                TextMetrics {
                    id: lockMetrics
                    font: lockButton.font
                    text: lockButton.text
                }
                contentItem: Item {
                    implicitWidth: lockButton.padlock ? 24 : Math.ceil(lockMetrics.advanceWidth)
                    implicitHeight: 24
                    Label {
                        visible: !lockButton.padlock
                        anchors.fill: parent
                        text: lockButton.text
                        font: lockButton.font
                        color: "white"
                        horizontalAlignment: Text.AlignHCenter
                        verticalAlignment: Text.AlignVCenter
                        textFormat: Text.PlainText
                    }
                    Rectangle { // the padlock's shackle
                        visible: lockButton.padlock
                        x: (parent.width - width) / 2
                        y: (parent.height - 22) / 2
                        width: 12
                        height: 14
                        radius: 6
                        color: "transparent"
                        border.color: "white"
                        border.width: 2
                    }
                    Rectangle { // and its body
                        visible: lockButton.padlock
                        x: (parent.width - width) / 2
                        y: (parent.height - 22) / 2 + 8
                        width: 18
                        height: 14
                        radius: 2
                        color: "white"
                    }
                }
            }
        }
    }

    RowLayout {
        anchors.fill: parent
        spacing: 0

        NavigationList {
            visible: shell.wide
            Layout.fillHeight: true
            Layout.fillWidth: false
            Layout.preferredWidth: shell.layout === "desktop" ? 240 : 200
            places: shell.places
            current: shell.place
            onChosen: key => shell.go(key)
        }
        ToolSeparator {
            visible: shell.wide
            orientation: Qt.Vertical
            Layout.fillHeight: true
            padding: 0
        }
        StackView {
            id: stack
            objectName: "mainStack"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            onDepthChanged: if (depth <= 1) shell.candidate = ""
            Component.onCompleted: {
                shell.go(shell.places.some(p => p.key === shell.initialPlace) ? shell.initialPlace : "home")
                if (shell.initialCandidate.length > 0)
                    shell.openCandidate(shell.initialCandidate)
            }
        }
    }

    // A problem, in words, where the person is looking; the list stays in the settings.
    Popup {
        id: problem
        objectName: "problemBanner"
        property string message
        x: (shell.width - width) / 2
        y: shell.height - height - 16
        width: Math.min(shell.width - 32, 640)
        padding: 12
        closePolicy: Popup.CloseOnPressOutside | Popup.CloseOnEscape
        Material.background: Material.color(Material.Red, Material.Shade700)
        Material.foreground: "white"
        Timer {
            running: problem.opened
            interval: 8000
            onTriggered: problem.close()
        }
        RowLayout {
            width: parent.width
            Label {
                Layout.fillWidth: true
                text: problem.message
                wrapMode: Text.Wrap
                textFormat: Text.PlainText
            }
            Button {
                text: qsTr("Close")
                flat: true
                Layout.minimumHeight: 48
                Accessible.name: qsTr("Close the message")
                onClicked: problem.close()
            }
        }
    }
    Connections {
        target: Session
        function onErrorOccurred(message: string) {
            problem.message = message
            problem.open()
        }
    }

    Drawer {
        id: drawer
        objectName: "navigationDrawer"
        width: Math.min(shell.width * 0.8, 300)
        height: shell.height
        interactive: !shell.wide
        NavigationList {
            anchors.fill: parent
            visible: !shell.wide
            places: shell.places
            current: shell.place
            onChosen: key => shell.go(key)
        }
    }

    Component {
        id: homePage
        HomePage {
            onNavigate: key => shell.go(key)
            onOpenCandidate: candidateId => shell.openCandidate(candidateId)
        }
    }
    Component {
        id: candidatesPage
        CandidatesPage {
            onOpened: candidateId => shell.openCandidate(candidateId)
        }
    }
    Component {
        id: dashboardPage
        DashboardPage {
            onOpened: candidateId => shell.openCandidate(candidateId)
        }
    }
    Component {
        id: candidatePage
        CandidatePage {
            onOpenCarnet: candidateId => shell.push(carnetPage, { candidateId: candidateId })
            onOpenBilan: candidateId => shell.push(bilanPage, { candidateId: candidateId })
            onOpenSessions: candidateId => shell.push(vaePlanPage, { candidateId: candidateId })
            onOpenLivret: candidateId => shell.push(livretPage, { candidateId: candidateId })
        }
    }
    Component {
        id: attestPage
        AttestPage {
            onFinished: stack.pop()
        }
    }
    Component {
        id: bilanPage
        BilanPage {}
    }
    Component {
        id: vaePlanPage
        VaePlanPage {
            onOpenSession: (candidateId, number) => shell.push(vaeSessionPage, { candidateId: candidateId, number: number })
        }
    }
    Component {
        id: vaeSessionPage
        VaeSessionPage {}
    }
    Component {
        id: diagnosticPage
        DiagnosticPage {
            onShowResults: model => shell.push(diagnosticResultsPage, { diagnostic: model })
        }
    }
    Component {
        id: diagnosticResultsPage
        DiagnosticResultsPage {}
    }
    Component {
        id: livretPage
        LivretPage {}
    }
    Component {
        id: carnetPage
        CarnetPage {
            onAttestRequested: (candidateId, competenceId) => shell.push(attestPage, { candidateId: candidateId, competenceId: competenceId })
        }
    }
    Component {
        id: journeyPage
        JourneyPage {}
    }
    Component {
        id: certificationsPage
        ReferentielListPage {
            onOpened: referentielId => shell.push(referentielPage, { referentielId: referentielId })
        }
    }
    Component {
        id: referentielPage
        ReferentielPage {}
    }
    Component {
        id: settingsPage
        SettingsPage {}
    }
}
