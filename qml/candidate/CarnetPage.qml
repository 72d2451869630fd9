// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Jalon
import Jalon.App

// The carnet de suivi des compétences: each bloc's readiness against its threshold and
// any evaluator's result, then its competences with their status; a competence opens
// who attested which criteria, when, in what situation, and whether it reached the centre.
Page {
    id: page

    property string layout: "desktop"
    // Whose carnet: empty for the person's own (a candidate).
    property string candidateId
    property string current
    property string savedPath
    readonly property bool split: layout !== "phone"
    readonly property bool attester: candidateId.length > 0 && (Session.role === Roles.Tutor || Session.role === Roles.Manager)
    readonly property bool evaluator: candidateId.length > 0 && Session.role === Roles.Evaluator
    // Asks the shell for the attestation steps.
    signal attestRequested(string candidateId, string competenceId)

    objectName: "carnetPage"
    title: qsTr("Carnet de suivi")

    CarnetModel { id: carnetModel; session: Session; candidateId: page.candidateId }

    BlocEvaluationDialog {
        id: evaluation
        carnet: carnetModel
    }

    RowLayout {
        anchors.fill: parent
        spacing: 0

        // One scrolling column, not a ListView with a header and sections: Qt 6.4's ListView
        // cannot create those bound, and one whose header grows opens scrolled down. A carnet
        // has a few dozen competences, created at once.
        ScrollView {
            id: list
            objectName: "carnetList"
            visible: page.split || page.current.length === 0
            // Beside the open competence, the list keeps a fixed share of the width.
            Layout.fillWidth: !page.split || page.current.length === 0
            Layout.preferredWidth: page.split && page.current.length > 0 ? page.width * 0.45 : -1
            Layout.fillHeight: true
            contentWidth: availableWidth
            Accessible.name: qsTr("Competences of the carnet")

            readonly property int count: rows.count

            ColumnLayout {
                width: list.availableWidth
                spacing: 8
                RowLayout {
                    Layout.fillWidth: true
                    Layout.margins: 12
                    Label {
                        objectName: "carnetSummary"
                        Layout.fillWidth: true
                        text: carnetModel.obtained ? qsTr("Certification obtained")
                                              : qsTr("%1 of %2 competences acquired · %n attestation(s)", "", carnetModel.attestationCount)
                                                .arg(carnetModel.acquiredCount).arg(carnetModel.count)
                        wrapMode: Text.Wrap
                        textFormat: Text.PlainText
                    }
                    Button {
                        objectName: "carnetExportPdf"
                        text: qsTr("PDF")
                        Layout.minimumHeight: 48
                        Accessible.name: qsTr("Export the carnet as PDF")
                        onClicked: page.savedPath = carnetModel.exportPdf()
                    }
                    // The candidate, their manager and the evaluator hand the carnet to a jury.
                    Button {
                        objectName: "carnetExportJury"
                        visible: Session.role === Roles.Candidate || Session.role === Roles.Manager || Session.role === Roles.Evaluator
                        enabled: !carnetModel.juryExportBusy && Session.joined
                        text: qsTr("For the jury")
                        Layout.minimumHeight: 48
                        Accessible.name: qsTr("Export for the jury: the carnet with its proofs, to check offline")
                        onClicked: carnetModel.exportForJury()
                    }
                }
                RowLayout {
                    visible: carnetModel.juryExportBusy
                    Layout.fillWidth: true
                    Layout.leftMargin: 12
                    BusyIndicator { running: carnetModel.juryExportBusy; Layout.preferredHeight: 32; Layout.preferredWidth: 32 }
                    Label {
                        objectName: "carnetJuryStep"
                        Layout.fillWidth: true
                        text: carnetModel.juryExportStep
                        wrapMode: Text.Wrap
                        textFormat: Text.PlainText
                    }
                }
                ExportedFile {
                    objectName: "carnetJuryBundle"
                    Layout.fillWidth: true
                    Layout.leftMargin: 12
                    Layout.rightMargin: 12
                    path: carnetModel.juryExportBusy ? "" : carnetModel.juryBundle
                    saved: qsTr("Jury bundle saved")
                    detail: qsTr("SHA-256 %1. Open verify.html beside it in a browser to check it offline.")
                            .arg(carnetModel.juryBundleHash)
                }
                ExportedFile {
                    objectName: "carnetSaved"
                    Layout.fillWidth: true
                    Layout.leftMargin: 12
                    Layout.rightMargin: 12
                    path: page.savedPath
                    saved: qsTr("PDF saved")
                }
                Repeater {
                    model: carnetModel.blocs
                    delegate: Frame {
                        id: blocCard
                        required property var modelData
                        objectName: "carnetBloc_" + modelData.id
                        Layout.fillWidth: true
                        Layout.leftMargin: 12
                        Layout.rightMargin: 12
                        Accessible.name: modelData.title + ", " + Status.blocText(modelData.status)
                        ColumnLayout {
                            width: parent.width
                            Label {
                                Layout.fillWidth: true
                                text: blocCard.modelData.id + " · " + blocCard.modelData.title
                                font.weight: Font.Medium
                                wrapMode: Text.Wrap
                                textFormat: Text.PlainText
                            }
                            ShareBar {
                                objectName: "carnetBlocBar_" + blocCard.modelData.id
                                Layout.fillWidth: true
                                value: blocCard.modelData.total > 0 ? blocCard.modelData.acquired / blocCard.modelData.total : 0
                                color: Status.color(blocCard.modelData.status)
                                threshold: blocCard.modelData.thresholdPercent / 100
                            }
                            Label {
                                objectName: "carnetBlocStatus_" + blocCard.modelData.id
                                Layout.fillWidth: true
                                wrapMode: Text.Wrap
                                textFormat: Text.PlainText
                                text: {
                                    const b = blocCard.modelData
                                    let line = qsTr("%1 of %2 competences acquired (threshold %3 %) · %4")
                                        .arg(b.acquired).arg(b.total).arg(b.thresholdPercent).arg(Status.blocText(b.status))
                                    if (b.needed > 0)
                                        line += " · " + qsTr("%n more to acquire", "", b.needed)
                                    if (b.evaluated)
                                        line += "\n" + (b.validated ? qsTr("Validated by the evaluator on %1, valid until %2")
                                                                      .arg(b.evaluationDate.toLocaleDateString(Qt.locale(), Locale.ShortFormat))
                                                                      .arg(b.validUntil.toLocaleDateString(Qt.locale(), Locale.ShortFormat))
                                                                    : qsTr("Not validated by the evaluator on %1")
                                                                      .arg(b.evaluationDate.toLocaleDateString(Qt.locale(), Locale.ShortFormat)))
                                    return line
                                }
                            }
                            Button {
                                objectName: "carnetEvaluate_" + blocCard.modelData.id
                                visible: page.evaluator
                                text: qsTr("Record the result")
                                Layout.minimumHeight: 48
                                Accessible.name: qsTr("Record the result of %1").arg(blocCard.modelData.id)
                                onClicked: evaluation.openFor(blocCard.modelData.id, blocCard.modelData.title)
                            }
                        }
                    }
                }
                // Columns, not layouts, below this point: Qt 6.4 leaves a nested layout's
                // items where they were when the page was first measured at no width.
                Column {
                    id: competences
                    Layout.fillWidth: true
                    Repeater {
                        id: rows
                        model: carnetModel
                        delegate: Column {
                            id: row
                            required property string competenceId
                            required property string label
                            required property string status
                            required property string attestedBy
                            required property int criteriaCount
                            required property string blocTitle
                            required property bool firstOfBloc
                            width: competences.width

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
                                objectName: "carnetCompetence_" + row.competenceId
                                width: row.width
                                highlighted: page.current === row.competenceId
                                Accessible.name: row.competenceId + " " + row.label + ", " + Status.competenceText(row.status)
                                onClicked: page.current = row.competenceId
                                contentItem: RowLayout {
                                    spacing: 12
                                    Rectangle {
                                        Layout.preferredWidth: 12
                                        Layout.preferredHeight: 12
                                        radius: 6
                                        color: Status.color(row.status)
                                    }
                                    ColumnLayout {
                                        Layout.fillWidth: true
                                        spacing: 2
                                        Label {
                                            Layout.fillWidth: true
                                            text: row.competenceId + " · " + row.label
                                            wrapMode: Text.Wrap
                                            maximumLineCount: 3
                                            elide: Text.ElideRight
                                            textFormat: Text.PlainText
                                        }
                                        Label {
                                            objectName: "carnetCompetenceStatus_" + row.competenceId
                                            Layout.fillWidth: true
                                            text: Status.competenceText(row.status) + (row.attestedBy.length > 0 ? " · " + qsTr("attested by %1").arg(row.attestedBy) : "")
                                            opacity: 0.75
                                            font.pixelSize: 13
                                            textFormat: Text.PlainText
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }

        ToolSeparator {
            visible: page.split && page.current.length > 0
            orientation: Qt.Vertical
            Layout.fillHeight: true
        }

        // The chosen competence's attestations, made once one is chosen (a Repeater: Qt
        // 6.4's Loader cannot create a bound component).
        Repeater {
            model: page.current.length > 0 ? 1 : 0
            delegate: CompetenceAttestations {
                Layout.fillWidth: true
                Layout.fillHeight: true
                carnet: carnetModel
                competenceId: page.current
                layout: page.layout
                canAttest: page.attester
                onClosed: page.current = ""
                onAttestRequested: page.attestRequested(page.candidateId, page.current)
            }
        }
    }
}
