// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Jalon
import Jalon.App

// The candidates the person follows, found by name: each one's certification and how
// far their carnet is; a tap opens the candidate.
Page {
    id: page

    property string layout: "desktop"
    signal opened(string candidateId)

    objectName: "candidatesPage"
    title: qsTr("My candidates")

    TeamModel { id: team; session: Session }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        TextField {
            id: search
            objectName: "candidateSearch"
            Layout.fillWidth: true
            Layout.margins: 12
            Layout.minimumHeight: 48
            placeholderText: qsTr("Search by name")
            Accessible.name: qsTr("Search a candidate by name")
            inputMethodHints: Qt.ImhNoPredictiveText
            onTextChanged: team.filter = text
        }
        Label {
            objectName: "candidatesCount"
            Layout.fillWidth: true
            Layout.leftMargin: 16
            Layout.rightMargin: 16
            wrapMode: Text.Wrap
            textFormat: Text.PlainText
            opacity: 0.75
            text: team.totalCount === 0
                  ? qsTr("No candidate is assigned to you on this device yet. The centre assigns them; they appear after a sync.")
                  : qsTr("%1 of %n candidate(s)", "", team.totalCount).arg(team.count)
        }
        ListView {
            id: list
            objectName: "candidatesList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: team
            ScrollBar.vertical: ScrollBar {}
            Accessible.name: qsTr("Candidates")
            delegate: ItemDelegate {
                id: row
                required property string candidateId
                required property string name
                required property string referentielTitle
                required property int acquired
                required property int competences
                required property int readyBlocs
                required property int blocCount
                objectName: "candidate_" + candidateId
                width: ListView.view.width
                Accessible.name: name + ", " + qsTr("%1 of %2 competences acquired").arg(acquired).arg(competences)
                onClicked: page.opened(candidateId)
                contentItem: ColumnLayout {
                    spacing: 4
                    Label {
                        Layout.fillWidth: true
                        text: row.name
                        font.pixelSize: 17
                        font.weight: Font.Medium
                        elide: Text.ElideRight
                        textFormat: Text.PlainText
                    }
                    Label {
                        Layout.fillWidth: true
                        text: row.referentielTitle.length > 0 ? row.referentielTitle : qsTr("Certification not known yet")
                        opacity: 0.75
                        font.pixelSize: 13
                        elide: Text.ElideRight
                        textFormat: Text.PlainText
                    }
                    ShareBar {
                        Layout.fillWidth: true
                        implicitHeight: 6
                        value: row.competences > 0 ? row.acquired / row.competences : 0
                    }
                    Label {
                        Layout.fillWidth: true
                        text: qsTr("%1 of %2 competences acquired · %3 of %4 blocs ready")
                              .arg(row.acquired).arg(row.competences).arg(row.readyBlocs).arg(row.blocCount)
                        font.pixelSize: 13
                        wrapMode: Text.Wrap
                        textFormat: Text.PlainText
                    }
                }
            }
        }
    }
}
