// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Jalon
import Jalon.App

// One certification: blocs → competences → criteria, functions → activities, the
// assessment of each bloc, and its rules and paths. On a desktop the rules stand beside
// the outline; on a tablet or a phone they are a tab of their own.
Page {
    id: page

    required property string layout
    required property string referentielId
    readonly property var summary: Referentiels.summary(referentielId)
    readonly property bool wide: layout === "desktop"

    title: summary.title ?? ""
    objectName: "referentielPage"

    header: TabBar {
        id: tabs
        objectName: "outlineTabs"
        TabButton {
            objectName: "competencesTab"
            text: qsTr("Competences")
            implicitHeight: 48
            Accessible.name: text
        }
        TabButton {
            objectName: "activitiesTab"
            text: qsTr("Activities")
            implicitHeight: 48
            Accessible.name: text
        }
        TabButton {
            objectName: "assessmentTab"
            text: qsTr("Assessment")
            implicitHeight: 48
            Accessible.name: text
        }
        TabButton {
            objectName: "rulesTab"
            visible: !page.wide
            width: visible ? implicitWidth : 0
            text: qsTr("Rules and paths")
            implicitHeight: 48
            Accessible.name: text
        }
    }

    ReferentielOutlineModel {
        id: outline
        library: Referentiels
        referentielId: page.referentielId
        view: tabs.currentIndex === 1 ? ReferentielOutlineModel.Activities
              : tabs.currentIndex === 2 ? ReferentielOutlineModel.Assessment
              : ReferentielOutlineModel.Competences
    }

    RowLayout {
        anchors.fill: parent
        spacing: 0

        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: page.wide || tabs.currentIndex < 3
            spacing: 0

            RowLayout {
                Layout.fillWidth: true
                Layout.leftMargin: 16
                Layout.rightMargin: 8
                Label {
                    objectName: "outlineCounts"
                    Layout.fillWidth: true
                    text: tabs.currentIndex === 1
                          ? qsTr("%n function(s)", "", page.summary.functionCount ?? 0) + " · "
                            + qsTr("%n activity(ies)", "", page.summary.activityCount ?? 0)
                          : qsTr("%n bloc(s)", "", page.summary.blocCount ?? 0) + " · "
                            + qsTr("%n competence(s)", "", page.summary.competenceCount ?? 0) + " · "
                            + qsTr("%n criterion(s)", "", page.summary.criterionCount ?? 0)
                    wrapMode: Text.Wrap
                    opacity: 0.75
                }
                Button {
                    objectName: "expandAllButton"
                    flat: true
                    text: qsTr("Expand all")
                    implicitHeight: 48
                    Accessible.name: text
                    onClicked: outline.expandAll()
                }
                Button {
                    objectName: "collapseAllButton"
                    flat: true
                    text: qsTr("Collapse all")
                    implicitHeight: 48
                    Accessible.name: text
                    onClicked: outline.collapseAll()
                }
            }

            ListView {
                id: outlineView
                objectName: "outlineView"
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                model: outline
                Accessible.name: qsTr("Outline")
                ScrollBar.vertical: ScrollBar {}
                delegate: OutlineRow {
                    onToggled: row => outline.toggle(row)
                }
            }
        }

        Rectangle {
            visible: page.wide
            Layout.fillHeight: true
            Layout.preferredWidth: 1
            color: Material.frameColor
        }

        ReferentielRulesPane {
            objectName: "rulesPane"
            Layout.fillHeight: true
            Layout.fillWidth: !page.wide
            Layout.preferredWidth: page.wide ? Math.min(440, page.width * 0.36) : -1
            visible: page.wide || tabs.currentIndex === 3
            summary: page.summary
        }
    }
}
