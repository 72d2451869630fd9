// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts

// A card of the home page: what a part of the work is at, and a tap to open it.
ItemDelegate {
    id: card

    property string heading
    property string figure
    property string detail
    // 0…1, or negative for no bar.
    property real progress: -1

    implicitHeight: 156
    padding: 16
    Accessible.name: heading + ". " + figure + ". " + detail

    background: Rectangle {
        radius: 8
        color: card.down ? Qt.darker(Material.background, 1.08) : Material.background
        border.color: Material.frameColor
    }

    contentItem: ColumnLayout {
        spacing: 6
        Label {
            Layout.fillWidth: true
            text: card.heading
            color: Material.accent
            font.pixelSize: 14
            font.weight: Font.DemiBold
            textFormat: Text.PlainText
            elide: Text.ElideRight
        }
        Label {
            Layout.fillWidth: true
            text: card.figure
            font.pixelSize: 22
            font.weight: Font.Medium
            textFormat: Text.PlainText
            wrapMode: Text.Wrap
            maximumLineCount: 2
            elide: Text.ElideRight
        }
        ProgressBar {
            visible: card.progress >= 0
            Layout.fillWidth: true
            value: Math.max(0, card.progress)
        }
        Label {
            Layout.fillWidth: true
            text: card.detail
            opacity: 0.75
            font.pixelSize: 13
            wrapMode: Text.Wrap
            maximumLineCount: 2
            elide: Text.ElideRight
            textFormat: Text.PlainText
        }
        Item { Layout.fillHeight: true }
    }
}
