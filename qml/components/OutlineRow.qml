// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts

// One row of a référentiel outline: indented by depth, opens and closes its children.
ItemDelegate {
    id: row

    required property int index
    required property int depth
    required property string code
    required property string label
    required property string detail
    required property string note
    required property int childCount
    required property bool expanded

    signal toggled(int index)

    width: ListView.view ? ListView.view.width : implicitWidth
    leftPadding: 16 + depth * 24
    rightPadding: 16
    topPadding: 10
    bottomPadding: 10
    implicitHeight: Math.max(56, contentItem.implicitHeight + topPadding + bottomPadding)
    objectName: "outlineRow_" + (code.length > 0 ? code : index)
    Accessible.name: (code.length > 0 ? code + " " : "") + label
    Accessible.description: detail
    onClicked: if (childCount > 0) row.toggled(index)

    contentItem: RowLayout {
        spacing: 12
        Label {
            Layout.alignment: Qt.AlignTop
            Layout.preferredWidth: 20
            visible: row.childCount > 0
            text: row.expanded ? "\u25BE" : "\u25B8"
            font.pixelSize: 18
            Accessible.ignored: true
        }
        Label {
            Layout.alignment: Qt.AlignTop
            visible: row.code.length > 0
            text: row.code
            font.family: "monospace"
            font.weight: Font.DemiBold
            color: Material.accent
            textFormat: Text.PlainText
        }
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 2
            Label {
                Layout.fillWidth: true
                text: row.depth === 2 && row.code.length === 0 ? "\u2022 " + row.label : row.label
                wrapMode: Text.Wrap
                textFormat: Text.PlainText
                font.weight: row.depth === 0 ? Font.DemiBold : Font.Normal
                font.pixelSize: row.depth === 0 ? 16 : 15
            }
            Label {
                Layout.fillWidth: true
                visible: row.detail.length > 0
                text: row.detail
                wrapMode: Text.Wrap
                textFormat: Text.PlainText
                opacity: 0.7
                font.pixelSize: 13
            }
            Label {
                Layout.fillWidth: true
                visible: row.note.length > 0 && (row.expanded || row.childCount === 0)
                text: row.note
                wrapMode: Text.Wrap
                textFormat: Text.PlainText
                font.italic: true
                opacity: 0.7
                font.pixelSize: 13
            }
        }
    }
}
