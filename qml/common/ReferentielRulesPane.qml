// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Jalon

// A référentiel's identity, its certification rules and its paths (épreuves and VAE).
ScrollView {
    id: pane

    required property var summary

    contentWidth: availableWidth
    clip: true
    Accessible.name: qsTr("Rules and paths")

    ColumnLayout {
        width: pane.availableWidth
        spacing: 6

        component Paragraph: Label {
            Layout.fillWidth: true
            Layout.leftMargin: 16
            Layout.rightMargin: 16
            wrapMode: Text.Wrap
            textFormat: Text.PlainText
            visible: text.length > 0
        }
        component Note: Paragraph {
            font.italic: true
            opacity: 0.75
            font.pixelSize: 13
        }

        SectionTitle { Layout.leftMargin: 16; text: qsTr("Certification") }
        Paragraph { text: pane.summary.type + (pane.summary.level ? " · " + qsTr("level %1").arg(pane.summary.level) : "") }
        Paragraph { text: qsTr("Issued by: %1").arg(pane.summary.certifier) }
        Paragraph { text: pane.summary.branch ?? "" }
        Paragraph { text: pane.summary.nsf ? qsTr("NSF code: %1").arg(pane.summary.nsf) : "" }
        Paragraph { text: pane.summary.rncp ? qsTr("RNCP: %1").arg(pane.summary.rncp) : "" }
        Paragraph { text: pane.summary.date ? qsTr("Document of %1").arg(pane.summary.date) : "" }
        Paragraph { text: qsTr("Référentiel %1, version %2").arg(pane.summary.id).arg(pane.summary.version); opacity: 0.7 }
        Paragraph { text: pane.summary.description ?? "" }
        Note { text: pane.summary.note ?? "" }

        SectionTitle { Layout.leftMargin: 16; text: qsTr("Rules") }
        Paragraph {
            objectName: "criterionRule"
            text: qsTr("A competence is acquired when each of these has attested it: %1, with at least %2 of its criteria validated.")
                  .arg(pane.summary.attesterRoles).arg(pane.summary.criterionThreshold)
        }
        Paragraph {
            objectName: "competenceRule"
            text: qsTr("A bloc is ready for evaluation when at least %1 of its competences are acquired.")
                  .arg(pane.summary.competenceThreshold)
        }
        Paragraph {
            text: qsTr("A validated bloc stays valid %n year(s); the certification is obtained when every bloc is validated and none has expired.",
                       "", pane.summary.validityYears)
        }
        Note { text: pane.summary.rulesNote ?? "" }

        SectionTitle { Layout.leftMargin: 16; text: qsTr("Path by examination") }
        Repeater {
            model: pane.summary.examSteps
            Paragraph {
                required property var modelData
                required property int index
                text: (index + 1) + ". " + modelData.label + (modelData.duration ? " (" + modelData.duration + ")" : "")
            }
        }
        Note { text: pane.summary.examNote ?? "" }

        SectionTitle { Layout.leftMargin: 16; text: qsTr("Path by VAE") }
        Paragraph {
            text: qsTr("%n accompaniment session(s)", "", pane.summary.vaeSessions) + " · "
                  + qsTr("about %n month(s)", "", pane.summary.vaeMonths)
        }
        Repeater {
            model: pane.summary.vaeSteps
            Paragraph {
                required property var modelData
                required property int index
                text: (index + 1) + ". " + modelData.label + (modelData.duration ? " (" + modelData.duration + ")" : "")
            }
        }
        Note { text: pane.summary.vaeNote ?? ""; Layout.bottomMargin: 16 }
    }
}
