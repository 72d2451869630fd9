// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Jalon.App

// Joining a certification centre: its server's address and the one-time code the centre
// gave. Used by the onboarding and by the settings.
ColumnLayout {
    id: form

    // Set once a join was asked, so that an earlier error is not shown as this one's.
    property bool tried: false
    readonly property bool busy: Session.sync.busy

    spacing: 8

    // The keyboard in the first field left to fill.
    function focusFirstField(): void {
        if (serverField.text.length === 0)
            serverField.forceActiveFocus()
        else
            codeField.forceActiveFocus()
    }

    Label {
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        textFormat: Text.PlainText
        text: qsTr("Your certification centre gave you its server's address and a one-time code of six groups of four characters.")
    }
    TextField {
        id: serverField
        objectName: "joinServerField"
        Layout.fillWidth: true
        Layout.minimumHeight: 48
        placeholderText: qsTr("Server address, e.g. https://jalon.example.org/")
        inputMethodHints: Qt.ImhUrlCharactersOnly | Qt.ImhNoAutoUppercase
        Accessible.name: qsTr("Server address")
        onAccepted: codeField.forceActiveFocus()
    }
    TextField {
        id: codeField
        objectName: "joinCodeField"
        Layout.fillWidth: true
        Layout.minimumHeight: 48
        placeholderText: qsTr("Enrollment code")
        inputMethodHints: Qt.ImhPreferUppercase | Qt.ImhNoPredictiveText
        font.family: "DejaVu Sans Mono"
        Accessible.name: qsTr("Enrollment code")
        onAccepted: joinButton.clicked()
    }
    RowLayout {
        Layout.fillWidth: true
        Button {
            id: joinButton
            objectName: "joinButton"
            text: qsTr("Join")
            highlighted: true
            enabled: !form.busy && serverField.text.trim().length > 0 && codeField.text.trim().length > 0
            Layout.minimumHeight: 48
            Accessible.name: qsTr("Join the certification centre")
            onClicked: {
                form.tried = true
                Session.join(serverField.text, codeField.text)
            }
        }
        BusyIndicator {
            visible: form.busy
            running: visible
            Layout.preferredHeight: 40
            Layout.preferredWidth: 40
            Accessible.name: qsTr("Joining")
        }
        Label {
            visible: form.busy
            text: qsTr("Contacting the server…")
            textFormat: Text.PlainText
        }
    }
    Label {
        objectName: "joinError"
        Layout.fillWidth: true
        visible: form.tried && !form.busy && !Session.joined && Session.recentErrors.length > 0
        text: Session.recentErrors.length > 0 ? Session.recentErrors[0] : ""
        wrapMode: Text.Wrap
        textFormat: Text.PlainText
        color: Material.color(Material.Red)
    }
}
