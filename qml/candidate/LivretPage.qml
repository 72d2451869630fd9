// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Jalon
import Jalon.App

// The livret VAE: its sections, bloc by bloc, beside the section being written (on a
// phone, one then the other). Nothing to save: what is typed is kept as it is typed.
Page {
    id: page

    property string layout: "desktop"
    // Whose livret: empty for the person's own; set, it is read and commented (review).
    property string candidateId
    property string current
    property string savedPath
    readonly property bool split: layout !== "phone"

    objectName: "livretPage"
    title: qsTr("Livret VAE")

    LivretModel { id: livretModel; session: Session; candidateId: page.candidateId }

    // Leaving the page records what was typed.
    Component.onDestruction: livretModel.commitAll()

    function open(sectionId: string): void {
        if (current.length > 0 && current !== sectionId)
            livretModel.commit(current)
        current = sectionId
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        RowLayout {
            Layout.fillWidth: true
            Layout.margins: 8
            Button {
                objectName: "livretBackToSections"
                visible: !page.split && page.current.length > 0
                text: qsTr("Sections")
                flat: true
                Layout.minimumHeight: 48
                Accessible.name: qsTr("Back to the sections")
                onClicked: {
                    livretModel.commit(page.current)
                    page.current = ""
                }
            }
            Label {
                objectName: "livretSummary"
                Layout.fillWidth: true
                text: qsTr("%1 of %2 sections written · %n word(s)", "", livretModel.totalWords).arg(livretModel.draftedCount).arg(livretModel.count)
                wrapMode: Text.Wrap
                textFormat: Text.PlainText
                visible: page.split || page.current.length === 0
            }
            Button {
                objectName: "livretExportPdf"
                text: qsTr("PDF")
                Layout.minimumHeight: 48
                Accessible.name: qsTr("Export the livret as PDF")
                onClicked: {
                    livretModel.commitAll()
                    page.savedPath = livretModel.exportPdf()
                }
            }
        }
        ExportedFile {
            objectName: "livretSaved"
            Layout.fillWidth: true
            Layout.leftMargin: 16
            Layout.rightMargin: 16
            path: page.savedPath
            saved: qsTr("PDF saved")
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: 0

            ListView {
                id: sections
                objectName: "livretSections"
                visible: page.split || page.current.length === 0
                Layout.fillHeight: true
                Layout.fillWidth: !page.split
                Layout.preferredWidth: page.split ? (page.layout === "desktop" ? 360 : 280) : -1
                clip: true
                model: livretModel
                ScrollBar.vertical: ScrollBar {}
                Accessible.name: qsTr("Sections of the livret")
                // The bloc's title inside the delegate, not as a section: Qt 6.4's ListView
                // cannot create a bound section delegate.
                delegate: Column {
                    id: row
                    required property string sectionId
                    required property string title
                    required property int words
                    required property bool hasConflict
                    required property int commentCount
                    required property string blocTitle
                    required property bool firstOfBloc
                    width: ListView.view.width
                    spacing: 0

                    Label {
                        visible: row.firstOfBloc
                        width: row.width
                        padding: 12
                        text: row.blocTitle
                        font.weight: Font.DemiBold
                        color: Material.accent
                        wrapMode: Text.Wrap
                        textFormat: Text.PlainText
                    }
                    ItemDelegate {
                        objectName: "livretSection_" + row.sectionId
                        width: row.width
                        highlighted: page.current === row.sectionId
                        Accessible.name: row.sectionId + " " + row.title
                        onClicked: page.open(row.sectionId)
                        contentItem: ColumnLayout {
                            spacing: 2
                            Label {
                                Layout.fillWidth: true
                                text: row.sectionId + " · " + row.title
                                wrapMode: Text.Wrap
                                maximumLineCount: 2
                                elide: Text.ElideRight
                                textFormat: Text.PlainText
                            }
                            Label {
                                Layout.fillWidth: true
                                text: qsTr("%n word(s)", "", row.words)
                                      + (row.commentCount > 0 ? " · " + qsTr("%n comment(s)", "", row.commentCount) : "")
                                      + (row.hasConflict ? " · " + qsTr("conflict to settle") : "")
                                color: row.hasConflict ? Material.color(Material.DeepOrange) : Material.foreground
                                opacity: 0.75
                                font.pixelSize: 13
                                textFormat: Text.PlainText
                            }
                        }
                    }
                }
            }
            ToolSeparator {
                visible: page.split
                orientation: Qt.Vertical
                Layout.fillHeight: true
            }
            // The section being written, made once one is chosen (a Repeater: Qt 6.4's
            // Loader cannot create a bound component).
            Repeater {
                model: page.current.length > 0 ? 1 : 0
                delegate: LivretSectionEditor {
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    livret: livretModel
                    sectionId: page.current
                    layout: page.layout
                }
            }
            Label {
                visible: page.split && page.current.length === 0
                Layout.fillWidth: true
                Layout.fillHeight: true
                horizontalAlignment: Text.AlignHCenter
                verticalAlignment: Text.AlignVCenter
                text: qsTr("Choose a section to write.")
                opacity: 0.7
                textFormat: Text.PlainText
            }
        }
    }
}
