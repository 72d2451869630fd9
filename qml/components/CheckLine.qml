// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls

// A check box beside its words, which wrap: the style keeps them on one line and cuts
// them, and centres the box over them when there is no room.
CheckBox {
    id: line

    leftPadding: 0
    contentItem: Label {
        leftPadding: line.indicator.width + line.spacing
        text: line.text
        font: line.font
        wrapMode: Text.Wrap
        verticalAlignment: Text.AlignVCenter
        opacity: line.enabled ? 1 : 0.38
        textFormat: Text.PlainText
    }
}
