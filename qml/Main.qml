// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Jalon
import Jalon.App

ApplicationWindow {
    id: window

    // The one breakpoint of the app: pages read it, they never test the platform.
    readonly property string layout: width < 600 ? "phone" : (width < 1100 ? "tablet" : "desktop")

    width: 1280
    height: 800
    minimumWidth: 320
    minimumHeight: 480
    visible: true
    title: qsTr("Jalon")

    Material.theme: Material.System
    Material.primary: "#1F4E79"
    Material.accent: "#C55A11"

    header: ToolBar {
        objectName: "mainToolBar"
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
            Label {
                Layout.fillWidth: true
                Layout.leftMargin: stack.depth > 1 ? 0 : 16
                text: stack.currentItem && stack.currentItem.title ? stack.currentItem.title : window.title
                elide: Label.ElideRight
                font.pixelSize: 20
                font.weight: Font.Medium
                color: "white"
                textFormat: Text.PlainText
            }
        }
    }

    StackView {
        id: stack
        objectName: "mainStack"
        anchors.fill: parent
        initialItem: ReferentielListPage {
            layout: window.layout
            onOpened: referentielId => stack.push(referentielPage, { referentielId: referentielId })
        }
    }

    Component {
        id: referentielPage
        ReferentielPage {
            layout: window.layout
        }
    }
}
