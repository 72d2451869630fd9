// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts

// A day typed in the person's own short format (31/12/2026 in French) or picked in a
// month's calendar. `date` is invalid while the text is not a day.
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
    function pick(day: date): void {
        field.date = new Date(day.getFullYear(), day.getMonth(), day.getDate())
        show(field.date)
        field.edited()
    }

    Component.onCompleted: show(date)
    onDateChanged: if (!input.activeFocus) show(date)

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
        objectName: field.objectName.length > 0 ? field.objectName + "Calendar" : ""
        id: calendarButton
        flat: true
        Layout.preferredWidth: 48
        Layout.preferredHeight: 48
        Accessible.name: qsTr("Choose the day in a calendar")
        onClicked: calendar.openOn(field.valid ? field.date : new Date())
        // A calendar page drawn in the text's colour: a frame, its top band, two rings.
        contentItem: Item {
            implicitWidth: 22
            implicitHeight: 22
            Rectangle {
                anchors.fill: parent
                anchors.topMargin: 3
                radius: 3
                color: "transparent"
                border.width: 2
                border.color: calendarButton.Material.foreground
            }
            Rectangle {
                x: 0
                y: 3
                width: parent.width
                height: 6
                radius: 2
                color: calendarButton.Material.foreground
            }
            Repeater {
                model: [6, 14]
                delegate: Rectangle {
                    required property int modelData
                    x: modelData
                    y: 0
                    width: 2
                    height: 6
                    color: calendarButton.Material.foreground
                }
            }
        }
    }

    Popup {
        id: calendar
        objectName: field.objectName.length > 0 ? field.objectName + "Popup" : ""
        property int year
        property int month

        function openOn(day: date): void {
            year = day.getFullYear()
            month = day.getMonth()
            open()
        }
        function turn(months: int): void {
            const first = new Date(year, month + months, 1)
            year = first.getFullYear()
            month = first.getMonth()
        }

        parent: Overlay.overlay
        anchors.centerIn: parent
        modal: true
        focus: true
        padding: 12
        width: Math.min(400, (parent?.width ?? 400) - 16)

        Column {
            width: calendar.availableWidth
            spacing: 4
            Row {
                width: parent.width
                RoundButton {
                    objectName: calendar.objectName.length > 0 ? calendar.objectName + "Previous" : ""
                    text: "\u2039"
                    flat: true
                    width: 48
                    height: 48
                    Accessible.name: qsTr("Previous month")
                    onClicked: calendar.turn(-1)
                }
                Label {
                    objectName: calendar.objectName.length > 0 ? calendar.objectName + "Month" : ""
                    width: parent.width - 96
                    height: 48
                    text: new Date(calendar.year, calendar.month, 1).toLocaleDateString(Qt.locale(), "MMMM yyyy")
                    horizontalAlignment: Text.AlignHCenter
                    verticalAlignment: Text.AlignVCenter
                    font.weight: Font.Medium
                    elide: Text.ElideRight
                    textFormat: Text.PlainText
                }
                RoundButton {
                    objectName: calendar.objectName.length > 0 ? calendar.objectName + "Next" : ""
                    text: "\u203A"
                    flat: true
                    width: 48
                    height: 48
                    Accessible.name: qsTr("Next month")
                    onClicked: calendar.turn(1)
                }
            }
            DayOfWeekRow {
                width: parent.width
            }
            MonthGrid {
                objectName: calendar.objectName.length > 0 ? calendar.objectName + "Days" : ""
                width: parent.width
                year: calendar.year
                month: calendar.month
                delegate: RoundButton {
                    id: cell
                    required property int day
                    required property int month
                    required property int year
                    required property bool today
                    readonly property date cellDate: new Date(year, month, day)
                    readonly property bool chosen: field.valid && year === field.date.getFullYear()
                                                   && month === field.date.getMonth() && day === field.date.getDate()
                    objectName: month === calendar.month && calendar.objectName.length > 0
                                ? calendar.objectName + "Day_" + day : ""
                    text: day
                    flat: !chosen
                    highlighted: chosen
                    implicitHeight: 48
                    padding: 0
                    opacity: month === calendar.month ? 1 : 0.45
                    font.weight: today ? Font.Bold : Font.Normal
                    Accessible.name: cellDate.toLocaleDateString(Qt.locale(), Locale.LongFormat)
                    onClicked: {
                        field.pick(cellDate)
                        calendar.close()
                    }
                }
            }
        }
    }
}
