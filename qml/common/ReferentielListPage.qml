// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Jalon
import Jalon.App

// The certifications Jalon carries; choosing one opens it.
Page {
    id: page

    required property string layout
    signal opened(string referentielId)

    title: qsTr("Certifications")
    objectName: "referentielListPage"

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        Label {
            objectName: "loadErrorLabel"
            Layout.fillWidth: true
            Layout.margins: 16
            visible: Referentiels.loadError.length > 0
            text: qsTr("The bundled certifications could not be loaded: %1").arg(Referentiels.loadError)
            wrapMode: Text.Wrap
            textFormat: Text.PlainText
            color: Material.color(Material.Red)
        }

        GridView {
            id: grid
            objectName: "referentielList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.margins: 8
            clip: true
            model: Referentiels.list
            readonly property int columns: page.layout === "phone" ? 1 : (page.layout === "tablet" ? 2 : 3)
            cellWidth: width / columns
            cellHeight: 184
            Accessible.name: qsTr("Certifications")
            ScrollBar.vertical: ScrollBar {}

            delegate: ItemDelegate {
                id: card
                required property string referentielId
                required property string title
                required property string certificationType
                required property string certifier
                required property string level
                required property int blocCount
                required property int competenceCount
                required property int activityCount

                objectName: "referentielCard_" + referentielId
                width: grid.cellWidth
                height: grid.cellHeight
                padding: 8
                Accessible.name: title
                Accessible.description: certifier
                onClicked: page.opened(referentielId)

                background: Rectangle {
                    anchors.fill: parent
                    anchors.margins: 6
                    radius: 8
                    color: card.down ? Qt.darker(Material.background, 1.08) : Material.background
                    border.color: Material.frameColor
                }

                contentItem: ColumnLayout {
                    spacing: 6
                    Label {
                        Layout.fillWidth: true
                        Layout.leftMargin: 12
                        Layout.rightMargin: 12
                        Layout.topMargin: 8
                        text: card.level.length > 0 ? qsTr("%1 · level %2").arg(card.certificationType).arg(card.level)
                                                    : card.certificationType
                        color: Material.accent
                        font.pixelSize: 13
                        font.weight: Font.DemiBold
                        textFormat: Text.PlainText
                    }
                    Label {
                        Layout.fillWidth: true
                        Layout.leftMargin: 12
                        Layout.rightMargin: 12
                        text: card.title
                        wrapMode: Text.Wrap
                        maximumLineCount: 2
                        elide: Text.ElideRight
                        font.pixelSize: 18
                        font.weight: Font.Medium
                        textFormat: Text.PlainText
                    }
                    Label {
                        Layout.fillWidth: true
                        Layout.leftMargin: 12
                        Layout.rightMargin: 12
                        text: card.certifier
                        wrapMode: Text.Wrap
                        maximumLineCount: 2
                        elide: Text.ElideRight
                        opacity: 0.7
                        font.pixelSize: 13
                        textFormat: Text.PlainText
                    }
                    Item { Layout.fillHeight: true }
                    Label {
                        Layout.fillWidth: true
                        Layout.leftMargin: 12
                        Layout.rightMargin: 12
                        Layout.bottomMargin: 8
                        text: qsTr("%n bloc(s)", "", card.blocCount) + " · "
                              + qsTr("%n competence(s)", "", card.competenceCount) + " · "
                              + qsTr("%n activity(ies)", "", card.activityCount)
                        wrapMode: Text.Wrap
                        font.pixelSize: 13
                    }
                }
            }
        }
    }
}
