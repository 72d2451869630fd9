// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Material

// A share as a bar: a neutral track, the part done in its status colour, and a tick at
// the threshold. The style's ProgressBar tints its whole track with the colour, so that
// 0 of 5 in progress looked like a full amber bar.
Item {
    id: bar

    property real value: 0 // 0…1
    property color color: Material.accent
    property real threshold: -1 // 0…1; negative for no tick

    implicitHeight: 8
    Accessible.role: Accessible.ProgressBar

    Rectangle {
        anchors.fill: parent
        radius: height / 2
        color: Material.theme === Material.Dark ? "#4d4d4d" : "#e0e0e0"
    }
    Rectangle {
        visible: bar.value > 0
        width: Math.max(height, bar.width * Math.min(1, bar.value))
        height: bar.height
        radius: height / 2
        color: bar.color
    }
    Rectangle {
        visible: bar.threshold > 0
        x: bar.width * bar.threshold - width / 2
        y: -3
        width: 2
        height: bar.height + 6
        color: Material.foreground
        opacity: 0.6
    }
}
