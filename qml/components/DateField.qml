// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts

// A day typed in the person's own short format (31/12/2026 in French), with a day back
// and a day on beside it for the thumb. `date` is invalid while the text is not a day.
RowLayout {
    id: field

    property date date
    property string label
    readonly property bool valid: !isNaN(date.getTime())
    signal edited()

    spacing: 4

    function show(day: date): void {
        input.text = isNaN(day.getTime()) ? "" : day.toLocaleDateString(Qt.locale(), Locale.ShortFormat)
    }
    function shift(days: int): void {
        const base = field.valid ? field.date : new Date()
        field.date = new Date(base.getFullYear(), base.getMonth(), base.getDate() + days)
        show(field.date)
        field.edited()
    }

    Component.onCompleted: show(date)
    onDateChanged: if (!input.activeFocus) show(date)

    RoundButton {
        text: "\u2212"
        flat: true
        Layout.preferredWidth: 48
        Layout.preferredHeight: 48
        Accessible.name: qsTr("One day earlier")
        onClicked: field.shift(-1)
    }
    TextField {
        id: input
        objectName: field.objectName.length > 0 ? field.objectName + "Text" : ""
        Layout.fillWidth: true
        Layout.minimumWidth: 120
        Layout.minimumHeight: 48
        placeholderText: new Date(2026, 11, 31).toLocaleDateString(Qt.locale(), Locale.ShortFormat)
        inputMethodHints: Qt.ImhDate
        Accessible.name: field.label
        color: field.valid || length === 0 ? Material.foreground : Material.color(Material.Red)
        onTextEdited: {
            const day = Date.fromLocaleDateString(Qt.locale(), input.text, Locale.ShortFormat)
            field.date = day
            field.edited()
        }
    }
    RoundButton {
        text: "+"
        flat: true
        Layout.preferredWidth: 48
        Layout.preferredHeight: 48
        Accessible.name: qsTr("One day later")
        onClicked: field.shift(1)
    }
}
