// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Jalon
import Jalon.App

// One VAE session: its date and status, the notes, the next steps, and the livret
// sections worked on. Saving records a signed vae.session.
Page {
    id: page

    property string layout: "desktop"
    required property string candidateId
    required property int number
    property bool saved: false

    objectName: "vaeSessionPage"
    title: qsTr("Session %1").arg(number)

    JourneyModel { id: journey; session: Session; candidateId: page.candidateId }
    LivretModel { id: livret; session: Session; candidateId: page.candidateId }

    readonly property var stored: journey.count >= 0 ? journey.session(number) : ({})
    property date day: stored.date ?? new Date()
    property string status: stored.status === "notPlanned" || !stored.status ? "planned" : stored.status
    property var sections: stored.sections ?? []

    readonly property var statuses: [{ key: "planned", label: qsTr("planned") }, { key: "held", label: qsTr("held") },
                                     { key: "cancelled", label: qsTr("cancelled") }]

    ScrollView {
        id: scroll
        anchors.fill: parent
        contentWidth: availableWidth

        ColumnLayout {
            width: scroll.availableWidth - 32
            x: 16
            spacing: 8

            Label { Layout.topMargin: 16; text: qsTr("Date"); font.weight: Font.Medium; textFormat: Text.PlainText }
            DateField {
                objectName: "vaeSessionDate"
                Layout.fillWidth: true
                label: qsTr("Date of the session")
                date: page.day
                onEdited: page.day = date
            }
            Label { text: qsTr("Status"); font.weight: Font.Medium; textFormat: Text.PlainText }
            ComboBox {
                objectName: "vaeSessionStatus"
                Layout.fillWidth: true
                Layout.minimumHeight: 48
                model: page.statuses.map(s => s.label)
                currentIndex: page.statuses.findIndex(s => s.key === page.status)
                Accessible.name: qsTr("Status of the session")
                onActivated: index => page.status = page.statuses[index].key
            }
            TextArea {
                id: notes
                objectName: "vaeSessionNotes"
                Layout.fillWidth: true
                Layout.minimumHeight: 120
                wrapMode: TextEdit.Wrap
                textFormat: TextEdit.PlainText
                placeholderText: qsTr("Notes: what was worked on")
                Accessible.name: qsTr("Notes of the session")
                text: page.stored.notes ?? ""
            }
            TextArea {
                id: nextSteps
                objectName: "vaeSessionNextSteps"
                Layout.fillWidth: true
                Layout.minimumHeight: 96
                wrapMode: TextEdit.Wrap
                textFormat: TextEdit.PlainText
                placeholderText: qsTr("Next steps for the candidate")
                Accessible.name: qsTr("Next steps")
                text: page.stored.nextSteps ?? ""
            }
            SectionTitle { Layout.fillWidth: true; text: qsTr("Livret sections worked on") }
            // Each section's words whole: a box ticked beside cut words is a guess.
            Repeater {
                model: livret
                delegate: CheckLine {
                    required property string sectionId
                    required property string title
                    objectName: "vaeSessionSection_" + sectionId
                    Layout.fillWidth: true
                    Layout.leftMargin: 12
                    Layout.rightMargin: 12
                    Layout.topMargin: 4
                    text: sectionId + " · " + title
                    checked: page.sections.indexOf(sectionId) >= 0
                    Accessible.name: qsTr("Worked on %1").arg(sectionId)
                    onToggled: {
                        const next = page.sections.filter(s => s !== sectionId)
                        if (checked)
                            next.push(sectionId)
                        page.sections = next
                    }
                }
            }
            Label {
                objectName: "vaeSessionSaved"
                visible: page.saved
                Layout.fillWidth: true
                text: qsTr("Recorded. It reaches the candidate at the next sync.")
                color: Material.color(Material.Teal)
                wrapMode: Text.Wrap
                textFormat: Text.PlainText
            }
            Button {
                objectName: "vaeSessionSave"
                Layout.alignment: Qt.AlignRight
                Layout.bottomMargin: 16
                Layout.minimumHeight: 48
                enabled: !isNaN(page.day.getTime())
                highlighted: true
                text: qsTr("Save the session")
                Accessible.name: qsTr("Save the session")
                onClicked: page.saved = journey.saveSession(page.number, page.status, page.day, notes.text, nextSteps.text, page.sections)
            }
        }
    }
}
