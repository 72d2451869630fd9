// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// A file the app has just written (a PDF, a jury bundle, an export folder): its name, and
// buttons to open it and to show the folder it is in, rather than a raw path to copy. The
// desktop's own handlers open them (Qt.openUrlExternally).
ColumnLayout {
    id: exported

    // The file's or folder's absolute path; nothing is shown while it is empty.
    property string path
    // What was saved, in words: "PDF saved", "Jury bundle saved"…
    property string saved: qsTr("Saved")
    // A folder opens in the file manager; there is no folder above it to show.
    property bool folder: false
    // Further words under the name (the bundle's SHA-256…).
    property string detail

    readonly property string name: path.substring(path.lastIndexOf("/") + 1)
    readonly property string parentFolder: path.substring(0, path.lastIndexOf("/"))
    // Phones and tablets have no file manager to show a folder in.
    readonly property bool mobile: Qt.platform.os === "android" || Qt.platform.os === "ios"

    function fileUrl(local: string): string {
        return "file://" + local.split("/").map(part => encodeURIComponent(part)).join("/")
    }

    visible: path.length > 0
    spacing: 4

    Label {
        objectName: exported.objectName.length > 0 ? exported.objectName + "Name" : ""
        Layout.fillWidth: true
        text: exported.saved + " · " + exported.name
        font.weight: Font.Medium
        wrapMode: Text.WrapAnywhere
        textFormat: Text.PlainText
    }
    Label {
        visible: exported.detail.length > 0
        Layout.fillWidth: true
        text: exported.detail
        opacity: 0.75
        font.pixelSize: 13
        wrapMode: Text.WrapAnywhere
        textFormat: Text.PlainText
    }
    Flow {
        Layout.fillWidth: true
        spacing: 8
        Button {
            objectName: exported.objectName.length > 0 ? exported.objectName + "Open" : ""
            text: qsTr("Open")
            height: Math.max(implicitHeight, 48)
            Accessible.name: qsTr("Open %1").arg(exported.name)
            onClicked: Qt.openUrlExternally(exported.fileUrl(exported.path))
        }
        Button {
            objectName: exported.objectName.length > 0 ? exported.objectName + "ShowFolder" : ""
            visible: !exported.folder && !exported.mobile
            flat: true
            text: qsTr("Show in folder")
            height: Math.max(implicitHeight, 48)
            Accessible.name: qsTr("Show %1 in its folder").arg(exported.name)
            onClicked: Qt.openUrlExternally(exported.fileUrl(exported.parentFolder))
        }
    }
}
