// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls

// A heading inside a page.
Label {
    font.pixelSize: 17
    font.weight: Font.DemiBold
    wrapMode: Text.Wrap
    textFormat: Text.PlainText
    topPadding: 12
    Accessible.role: Accessible.Heading
}
