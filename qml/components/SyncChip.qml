// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Jalon.App

// Always in the toolbar: whether the person's work has reached the centre. Tapping it
// shows the details (pending changes, last sync, last error in words) and "Sync now".
ToolButton {
    id: chip

    // On a phone: the dot and a word or two ("À jour", "3 à envoyer").
    property bool compact: false
    signal joinRequested()

    readonly property var status: Session.sync
    readonly property color dotColor: {
        switch (status.state) {
        case SyncStatus.UpToDate: return Material.color(Material.LightGreen)
        case SyncStatus.Syncing: return Material.color(Material.LightBlue)
        case SyncStatus.Pending: return Material.color(Material.Amber)
        case SyncStatus.Failed: return Material.color(Material.Red)
        default: return Material.color(Material.Grey)
        }
    }

    objectName: "syncChip"
    implicitHeight: 48
    Accessible.name: qsTr("Sync status: %1").arg(status.summary)
    onClicked: details.open()

    contentItem: RowLayout {
        spacing: 8
        Rectangle {
            Layout.preferredWidth: 10
            Layout.preferredHeight: 10
            radius: 5
            color: chip.dotColor
        }
        Label {
            objectName: "syncChipLabel"
            text: chip.compact ? chip.status.shortSummary : chip.status.summary
            visible: text.length > 0
            color: "white"
            font.pixelSize: chip.compact ? 13 : 14
            elide: Text.ElideRight
            textFormat: Text.PlainText
        }
    }

    Popup {
        id: details
        objectName: "syncDetails"
        y: chip.height
        x: Math.min(0, chip.parent ? chip.parent.width - chip.x - width : 0)
        width: Math.min(360, Overlay.overlay ? Overlay.overlay.width - 16 : 360)
        padding: 16
        modal: false

        ColumnLayout {
            width: parent.width
            spacing: 8
            Label {
                Layout.fillWidth: true
                text: chip.status.summary
                font.pixelSize: 17
                font.weight: Font.Medium
                textFormat: Text.PlainText
            }
            Label {
                objectName: "syncPending"
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                textFormat: Text.PlainText
                text: chip.status.pendingCount > 0
                      ? qsTr("%n change(s) made on this device not yet received by the centre.", "", chip.status.pendingCount)
                      : qsTr("Everything made on this device has reached the centre.")
                visible: chip.status.joined
            }
            Label {
                objectName: "syncHeldBack"
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                textFormat: Text.PlainText
                color: Material.color(Material.DeepOrange)
                visible: chip.status.joined && chip.status.heldBackCount > 0
                text: qsTr("%n change(s) made on this device do not count for now: another copy of this profile (a restored backup?) sent different changes in their place. An administrator of the centre will decide which ones count.", "", chip.status.heldBackCount)
            }
            Label {
                objectName: "syncSetAside"
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                textFormat: Text.PlainText
                visible: chip.status.joined && chip.status.setAsideCount > 0
                text: qsTr("%n change(s) made on this device were set aside by the centre, which kept those of another copy of this profile. Make them again if they are still needed.", "", chip.status.setAsideCount)
            }
            Label {
                objectName: "syncLastSync"
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                textFormat: Text.PlainText
                visible: chip.status.joined
                text: isNaN(chip.status.lastSync.getTime())
                      ? qsTr("Never synced yet.")
                      : qsTr("Last sync: %1").arg(chip.status.lastSync.toLocaleString(Qt.locale(), Locale.ShortFormat))
            }
            Label {
                objectName: "syncLastError"
                Layout.fillWidth: true
                visible: chip.status.lastError.length > 0 && chip.status.joined
                wrapMode: Text.Wrap
                textFormat: Text.PlainText
                color: Material.color(Material.Red)
                text: qsTr("Last problem: %1").arg(chip.status.lastError)
            }
            Label {
                Layout.fillWidth: true
                visible: !chip.status.joined
                wrapMode: Text.Wrap
                textFormat: Text.PlainText
                text: qsTr("This profile has not joined a certification centre: your work stays on this device until it does.")
            }
            Button {
                objectName: "syncNowButton"
                visible: chip.status.joined
                text: qsTr("Sync now")
                enabled: !chip.status.busy
                highlighted: true
                Layout.minimumHeight: 48
                Accessible.name: text
                onClicked: Session.syncNow()
            }
            Button {
                objectName: "syncJoinButton"
                visible: !chip.status.joined
                text: qsTr("Join a centre…")
                Layout.minimumHeight: 48
                Accessible.name: text
                onClicked: {
                    details.close()
                    chip.joinRequested()
                }
            }
        }
    }
}
