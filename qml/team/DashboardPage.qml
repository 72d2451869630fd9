// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Jalon
import Jalon.App

// The manager's team at a glance: one row per candidate, one column per bloc of the
// certification, each cell coloured by the bloc's readiness with its competences
// acquired; a column's heading counts the candidates ready and sorts by that bloc.
Page {
    id: page

    property string layout: "desktop"
    signal opened(string candidateId)

    readonly property int nameWidth: layout === "phone" ? 112 : 220
    readonly property var columns: team.blocColumns
    readonly property real cellWidth: Math.max(56, (width - nameWidth - 24) / Math.max(1, columns.length))

    objectName: "dashboardPage"

    // One bloc of a candidate's row: its status colour and acquired/total. An inline
    // component, as an id inside a row's deferred contentItem would be set too early.
    component BlocCell: Item {
        id: cell
        required property var modelData
        width: page.cellWidth
        height: 48
        Rectangle {
            anchors.fill: parent
            anchors.margins: 3
            radius: 4
            color: Status.color(cell.modelData.status)
            Label {
                anchors.centerIn: parent
                width: parent.width - 4
                horizontalAlignment: Text.AlignHCenter
                text: cell.modelData.acquired + "/" + cell.modelData.total
                color: Status.onColor(cell.modelData.status)
                elide: Text.ElideRight
                textFormat: Text.PlainText
            }
        }
    }
    title: qsTr("Team")

    TeamModel {
        id: team
        session: Session
        referentielId: team.referentiels.length > 0 ? team.referentiels[Math.max(0, certification.currentIndex)].id : ""
    }

    function sortBy(key: string): void {
        if (team.sortKey === key)
            team.sortDescending = !team.sortDescending
        else {
            team.sortKey = key
            team.sortDescending = key !== "name" // furthest along first
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        Flow {
            Layout.fillWidth: true
            Layout.margins: 12
            spacing: 8
            ComboBox {
                id: certification
                objectName: "dashboardCertification"
                visible: team.referentiels.length > 1
                width: Math.min(page.width - 24, 360)
                height: 48
                model: team.referentiels.map(r => qsTr("%1 (%2)").arg(r.title).arg(r.candidates))
                Accessible.name: qsTr("Certification shown")
            }
            TextField {
                objectName: "dashboardSearch"
                width: Math.min(page.width - 24, 280)
                height: 48
                placeholderText: qsTr("Search by name")
                Accessible.name: qsTr("Search a candidate by name")
                onTextChanged: team.filter = text
            }
            Button {
                objectName: "dashboardSortProgress"
                height: 48
                text: qsTr("Sort by progress")
                highlighted: team.sortKey === "progress"
                Accessible.name: qsTr("Sort by progress")
                onClicked: page.sortBy("progress")
            }
        }
        Label {
            objectName: "dashboardSummary"
            Layout.fillWidth: true
            Layout.leftMargin: 12
            Layout.rightMargin: 12
            wrapMode: Text.Wrap
            textFormat: Text.PlainText
            opacity: 0.8
            text: team.totalCount === 0
                  ? qsTr("No candidate is assigned to you on this device yet. The centre assigns them; they appear after a sync.")
                  : qsTr("%1 of %n candidate(s) shown", "", team.totalCount).arg(team.count)
        }

        // The headings: the name column sorts by name, each bloc column by that bloc.
        Row {
            objectName: "dashboardHeader"
            Layout.leftMargin: 12
            Layout.topMargin: 8
            height: 64
            ItemDelegate {
                objectName: "dashboardSortName"
                width: page.nameWidth
                height: parent.height
                // The style's 16 px each side leave a phone's column too narrow for its word.
                leftPadding: page.layout === "phone" ? 4 : 16
                rightPadding: page.layout === "phone" ? 4 : 16
                text: qsTr("Candidate") + (team.sortKey === "name" ? (team.sortDescending ? " \u2193" : " \u2191") : "")
                font.weight: Font.DemiBold
                Accessible.name: qsTr("Sort by name")
                onClicked: page.sortBy("name")
            }
            Repeater {
                model: page.columns
                delegate: ItemDelegate {
                    id: heading
                    required property var modelData
                    objectName: "dashboardColumn_" + modelData.id
                    width: page.cellWidth
                    height: parent.height
                    padding: 4
                    Accessible.name: qsTr("Sort by %1: %2").arg(modelData.id).arg(modelData.title)
                    ToolTip.visible: hovered
                    ToolTip.text: modelData.title
                    onClicked: page.sortBy(modelData.id)
                    contentItem: ColumnLayout {
                        spacing: 2
                        Label {
                            Layout.fillWidth: true
                            horizontalAlignment: Text.AlignHCenter
                            text: heading.modelData.id + (team.sortKey === heading.modelData.id ? (team.sortDescending ? " \u2193" : " \u2191") : "")
                            font.weight: Font.DemiBold
                            elide: Text.ElideRight
                            textFormat: Text.PlainText
                        }
                        Label {
                            objectName: "dashboardReady_" + heading.modelData.id
                            Layout.fillWidth: true
                            horizontalAlignment: Text.AlignHCenter
                            text: qsTr("%n ready", "", heading.modelData.ready + heading.modelData.validated)
                            font.pixelSize: 12
                            opacity: 0.75
                            elide: Text.ElideRight
                            textFormat: Text.PlainText
                        }
                    }
                }
            }
        }

        ListView {
            id: list
            objectName: "dashboardList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: team
            reuseItems: true
            ScrollBar.vertical: ScrollBar {}
            Accessible.name: qsTr("Team dashboard")
            delegate: ItemDelegate {
                id: row
                required property string candidateId
                required property string name
                required property int acquired
                required property int competences
                required property var blocs
                objectName: "dashboardRow_" + candidateId
                width: ListView.view.width
                height: 52
                leftPadding: 12
                Accessible.name: qsTr("%1: %2 of %3 competences acquired").arg(name).arg(acquired).arg(competences)
                onClicked: page.opened(candidateId)
                contentItem: Row {
                    spacing: 0
                    Label {
                        width: page.nameWidth
                        height: 48
                        verticalAlignment: Text.AlignVCenter
                        leftPadding: 4
                        text: row.name
                        elide: Text.ElideRight
                        textFormat: Text.PlainText
                    }
                    Repeater {
                        model: row.blocs
                        delegate: BlocCell {}
                    }
                }
            }
        }

        // What the colours say.
        Flow {
            Layout.fillWidth: true
            Layout.margins: 12
            spacing: 12
            Repeater {
                model: ["notStarted", "inProgress", "ready", "validated", "expired"]
                delegate: Row {
                    id: legend
                    required property string modelData
                    spacing: 6
                    Rectangle { width: 16; height: 16; radius: 3; color: Status.color(legend.modelData); anchors.verticalCenter: parent.verticalCenter }
                    Label { text: Status.blocText(legend.modelData); textFormat: Text.PlainText }
                }
            }
        }
    }
}
