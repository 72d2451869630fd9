// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Jalon.App

// The places of the person's role, under their name: the shell's side column on a tablet
// or a desktop, its drawer on a phone.
ColumnLayout {
    id: navigation

    // [{ key, label }], in the order shown.
    required property var places
    required property string current
    signal chosen(string key)

    objectName: "navigation"
    spacing: 0

    Label {
        Layout.fillWidth: true
        padding: 16
        text: Session.name
        font.pixelSize: 17
        font.weight: Font.Medium
        elide: Text.ElideRight
        textFormat: Text.PlainText
    }
    ListView {
        Layout.fillWidth: true
        Layout.fillHeight: true
        clip: true
        model: navigation.places
        currentIndex: navigation.places.findIndex(p => p.key === navigation.current)
        Accessible.name: qsTr("Navigation")
        delegate: ItemDelegate {
            required property var modelData
            required property int index
            objectName: "nav_" + modelData.key
            width: ListView.view.width
            height: 52
            text: modelData.label
            highlighted: ListView.isCurrentItem
            Accessible.name: modelData.label
            onClicked: navigation.chosen(modelData.key)
        }
    }
}
