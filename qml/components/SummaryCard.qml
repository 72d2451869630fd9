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
    // What the figure counts, beside it in smaller type ("compétences acquises").
    property string unit
    property string detail
    // 0…1, or negative for no bar.
    property real progress: -1

    implicitHeight: 156
    padding: 16
    Accessible.name: heading + ". " + figure + (unit.length > 0 ? " " + unit : "") + ". " + detail

    // The figure's and the unit's widths on one line: a wrapped label's own implicit
    // width would loop through its width.
    TextMetrics {
        id: figureMetrics
        font.pixelSize: 22
        font.weight: Font.Medium
        text: card.figure
    }
    TextMetrics {
        id: unitMetrics
        font.pixelSize: 15
        text: card.unit
    }

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
        // A short figure stays whole, with its unit beside it or under it.
        Flow {
            Layout.fillWidth: true
            spacing: 8
            Label {
                objectName: card.objectName.length > 0 ? card.objectName + "Figure" : ""
                width: Math.min(Math.ceil(figureMetrics.advanceWidth) + 1, parent.width)
                text: card.figure
                wrapMode: Text.Wrap
                font: figureMetrics.font
                textFormat: Text.PlainText
            }
            Label {
                visible: card.unit.length > 0
                width: Math.min(Math.ceil(unitMetrics.advanceWidth) + 1, parent.width)
                topPadding: 6 // on the figure's baseline, near enough
                text: card.unit
                font: unitMetrics.font
                wrapMode: Text.Wrap
                textFormat: Text.PlainText
            }
        }
        ShareBar {
            visible: card.progress >= 0
            Layout.fillWidth: true
            Layout.topMargin: 2
            Layout.bottomMargin: 2
            implicitHeight: 6
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
