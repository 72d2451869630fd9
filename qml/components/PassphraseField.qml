// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Jalon.App

// A passphrase entry with a show/hide button and, for a new passphrase, a strength hint
// that says why a weak one would be refused.
ColumnLayout {
    id: field

    property alias text: input.text
    property alias placeholderText: input.placeholderText
    property string accessibleName
    property alias inputObjectName: input.objectName
    // A new passphrase: show the strength hint.
    property bool isNew: false
    // Words the passphrase must not be made of (the person's name).
    property var names: []
    readonly property var verdict: isNew ? Session.vault.checkPassphrase(input.text, names) : ({})
    readonly property bool acceptable: !isNew || verdict.acceptable === true

    signal accepted()

    spacing: 4

    function clear(): void {
        input.clear()
    }

    function focusInput(): void {
        input.forceActiveFocus()
    }

    RowLayout {
        Layout.fillWidth: true
        spacing: 4
        TextField {
            id: input
            Layout.fillWidth: true
            Layout.minimumHeight: 48
            Accessible.name: field.accessibleName
            echoMode: showButton.checked ? TextInput.Normal : TextInput.Password
            inputMethodHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText | Qt.ImhNoAutoUppercase
            onAccepted: field.accepted()
        }
        ToolButton {
            id: showButton
            objectName: input.objectName + "Show"
            checkable: true
            text: checked ? qsTr("Hide") : qsTr("Show")
            Layout.minimumHeight: 48
            Layout.minimumWidth: 48
            Accessible.name: checked ? qsTr("Hide the passphrase") : qsTr("Show the passphrase")
        }
    }

    ProgressBar {
        objectName: input.objectName + "Strength"
        visible: field.isNew && input.text.length > 0
        Layout.fillWidth: true
        from: 0
        to: 80
        value: Math.min(80, field.verdict.bits ?? 0)
        Material.accent: field.acceptable ? Material.Green : Material.Orange
        Accessible.name: qsTr("Passphrase strength")
    }

    Label {
        objectName: input.objectName + "Hint"
        visible: field.isNew
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        textFormat: Text.PlainText
        font.pixelSize: 13
        color: input.text.length > 0 && !field.acceptable ? Material.color(Material.DeepOrange) : Material.hintTextColor
        text: input.text.length === 0
              ? qsTr("At least 12 characters: a short sentence only you know is easy to remember and hard to guess.")
              : (field.acceptable ? qsTr("Strong enough: hard to guess.")
                                  : field.verdict.reason)
    }
}
