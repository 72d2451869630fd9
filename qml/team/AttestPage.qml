// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Jalon
import Jalon.App

// A tutor or a manager attests one competence of a candidate, in four steps: the
// criteria observed (the référentiel's words), the work situation and its day, a review
// of exactly what will be signed and what it changes, then the signature (the
// passphrase again when the profile was unlocked a while ago). It needs no network:
// the attestation waits on the device until a sync sends it.
Page {
    id: page

    property string layout: "desktop"
    required property string candidateId
    required property string competenceId
    property int step: 0
    property string signedId
    property string failure
    // The situation's problems are said once the person has written or picked something,
    // not on arrival at an empty form.
    property bool situationTouched: false
    signal finished()

    objectName: "attestPage"
    title: qsTr("Attest %1").arg(page.competenceId)

    AttestationForm {
        id: form
        session: Session
        candidateId: page.candidateId
        competenceId: page.competenceId
        onSignedAttestation: eventId => { page.signedId = eventId; page.failure = ""; page.step = 3 }
        onFailed: message => page.failure = message
    }

    readonly property var stepTitles: [qsTr("Criteria observed"), qsTr("Situation"), qsTr("Review and sign"), qsTr("Signed")]

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        Label {
            objectName: "attestStep"
            Layout.fillWidth: true
            Layout.margins: 16
            Layout.bottomMargin: 4
            text: qsTr("Step %1 of %2 · %3").arg(Math.min(page.step + 1, 3)).arg(3).arg(page.stepTitles[page.step])
            font.pixelSize: 13
            opacity: 0.75
            textFormat: Text.PlainText
        }
        Label {
            Layout.fillWidth: true
            Layout.leftMargin: 16
            Layout.rightMargin: 16
            text: form.candidateName + " · " + page.competenceId + " " + form.competenceLabel
            font.pixelSize: 17
            font.weight: Font.Medium
            wrapMode: Text.Wrap
            textFormat: Text.PlainText
        }

        ScrollView {
            id: scroll
            Layout.fillWidth: true
            Layout.fillHeight: true
            contentWidth: availableWidth

            // The steps one above the other, only the current one shown: Columns, not a
            // StackLayout of layouts, which Qt 6.4 polishes in a loop when the criteria wrap.
            Item {
                id: steps
                width: scroll.availableWidth
                implicitHeight: [criteriaStep, situationStep, reviewStep, signedStep][page.step].implicitHeight

                // 1. The criteria, as a checklist.
                Column {
                    id: criteriaStep
                    visible: page.step === 0
                    width: steps.width
                    padding: 16
                    spacing: 4
                    Label {
                        width: criteriaStep.width - 32
                        bottomPadding: 12
                        text: qsTr("Tick what you saw the candidate do. %1 of %2 criteria reach the threshold.")
                              .arg(form.neededCount).arg(form.criteriaCount)
                        wrapMode: Text.Wrap
                        textFormat: Text.PlainText
                    }
                    Repeater {
                        model: form.criteria
                        delegate: CheckLine {
                            required property var modelData
                            objectName: "criterion_" + modelData.id
                            width: criteriaStep.width - 32
                            text: modelData.id + " · " + modelData.label
                            checked: modelData.checked
                            Accessible.name: modelData.id + " " + modelData.label
                            onClicked: form.toggle(modelData.id)
                        }
                    }
                    Label {
                        objectName: "attestCount"
                        width: criteriaStep.width - 32
                        topPadding: 12
                        text: qsTr("%1 of %2 ticked").arg(form.validatedCount).arg(form.criteriaCount)
                              + " · " + (form.reachesThreshold ? qsTr("reaches the threshold") : qsTr("below the threshold"))
                        color: form.reachesThreshold ? Material.color(Material.Teal) : Material.foreground
                        wrapMode: Text.Wrap
                        textFormat: Text.PlainText
                    }
                }

                // 2. The work situation and the day it was observed.
                ColumnLayout {
                    id: situationStep
                    visible: page.step === 1
                    width: steps.width
                    spacing: 8
                    Label {
                        Layout.fillWidth: true
                        Layout.leftMargin: 16
                        Layout.rightMargin: 16
                        Layout.topMargin: 16
                        text: qsTr("The work situation you observed")
                        font.weight: Font.Medium
                        textFormat: Text.PlainText
                    }
                    TextArea {
                        objectName: "attestSituation"
                        Layout.fillWidth: true
                        Layout.leftMargin: 16
                        Layout.rightMargin: 16
                        Layout.minimumHeight: 140
                        wrapMode: TextEdit.Wrap
                        textFormat: TextEdit.PlainText
                        placeholderText: qsTr("Where, with whom, what the candidate did…")
                        Accessible.name: qsTr("The work situation observed")
                        text: form.situation
                        onTextChanged: {
                            form.situation = text
                            if (text.length > 0)
                                page.situationTouched = true
                        }
                    }
                    Label {
                        Layout.fillWidth: true
                        Layout.leftMargin: 16
                        text: qsTr("Observed on")
                        font.weight: Font.Medium
                        textFormat: Text.PlainText
                    }
                    DateField {
                        objectName: "attestDate"
                        Layout.fillWidth: true
                        Layout.leftMargin: 12
                        Layout.rightMargin: 12
                        label: qsTr("Day of the observation")
                        // A QDate: Qt 6.4's qmllint does not know the type (a date in QML).
                        date: form.observedOn // qmllint disable type
                        onEdited: {
                            form.observedOn = date
                            page.situationTouched = true
                        }
                    }
                }

                // 3. Exactly what will be signed, and what it changes.
                ColumnLayout {
                    id: reviewStep
                    visible: page.step === 2
                    width: steps.width
                    spacing: 6
                    Frame {
                        objectName: "attestReview"
                        Layout.fillWidth: true
                        Layout.margins: 16
                        ColumnLayout {
                            width: parent.width
                            spacing: 6
                            Label {
                                Layout.fillWidth: true
                                text: qsTr("You sign, as %1, that on %2 you observed %3 meet these criteria of %4:")
                                      .arg(Session.role === Roles.Manager ? qsTr("manager") : qsTr("tutor"))
                                      .arg(form.observedOnText)
                                      .arg(form.candidateName).arg(page.competenceId)
                                wrapMode: Text.Wrap
                                textFormat: Text.PlainText
                            }
                            Repeater {
                                model: form.criteria.filter(c => c.checked)
                                delegate: Label {
                                    required property var modelData
                                    Layout.fillWidth: true
                                    text: "\u2713 " + modelData.id + " · " + modelData.label
                                    wrapMode: Text.Wrap
                                    textFormat: Text.PlainText
                                }
                            }
                            Label {
                                Layout.fillWidth: true
                                text: qsTr("Situation: %1").arg(form.situation)
                                wrapMode: Text.Wrap
                                textFormat: Text.PlainText
                            }
                        }
                    }
                    Label {
                        objectName: "attestOutcome"
                        Layout.fillWidth: true
                        Layout.leftMargin: 16
                        Layout.rightMargin: 16
                        text: form.outcome
                        font.weight: Font.Medium
                        wrapMode: Text.Wrap
                        textFormat: Text.PlainText
                    }
                    Label {
                        visible: passphrase.visible
                        Layout.fillWidth: true
                        Layout.leftMargin: 16
                        Layout.rightMargin: 16
                        text: qsTr("Your profile was unlocked more than %n minute(s) ago: type your passphrase to sign.", "", Session.signingGraceMinutes)
                        wrapMode: Text.Wrap
                        textFormat: Text.PlainText
                    }
                    PassphraseField {
                        id: passphrase
                        visible: page.step === 2 && form.needsPassphrase
                        inputObjectName: "attestPassphrase"
                        Layout.fillWidth: true
                        Layout.leftMargin: 16
                        Layout.rightMargin: 16
                        placeholderText: qsTr("Passphrase")
                        accessibleName: qsTr("Your passphrase, to sign")
                    }
                    BusyIndicator {
                        visible: form.busy
                        running: form.busy
                        Layout.alignment: Qt.AlignHCenter
                    }
                }

                // 4. Signed: kept on the device until a sync sends it.
                ColumnLayout {
                    id: signedStep
                    visible: page.step === 3
                    width: steps.width
                    spacing: 8
                    Label {
                        objectName: "attestSigned"
                        Layout.fillWidth: true
                        Layout.margins: 16
                        text: qsTr("Signed. The attestation is kept on this device and shown as waiting until the centre receives it.")
                        wrapMode: Text.Wrap
                        textFormat: Text.PlainText
                        font.pixelSize: 17
                    }
                    Label {
                        Layout.fillWidth: true
                        Layout.leftMargin: 16
                        Layout.rightMargin: 16
                        text: Session.sync.summary
                        opacity: 0.75
                        wrapMode: Text.Wrap
                        textFormat: Text.PlainText
                    }
                }
            }
        }

        Label {
            objectName: "attestProblem"
            visible: text.length > 0
            Layout.fillWidth: true
            Layout.leftMargin: 16
            Layout.rightMargin: 16
            text: page.failure.length > 0 ? page.failure
                  : page.step === 0 && form.checked.length === 0 ? ""
                  : page.step === 1 && page.situationTouched || page.step === 2 ? form.problem : ""
            color: Material.color(Material.Red)
            wrapMode: Text.Wrap
            textFormat: Text.PlainText
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.margins: 12
            spacing: 8
            Button {
                objectName: "attestBack"
                visible: page.step > 0 && page.step < 3
                text: qsTr("Back")
                flat: true
                Layout.minimumHeight: 48
                Accessible.name: qsTr("Previous step")
                onClicked: { page.failure = ""; page.step-- }
            }
            Item { Layout.fillWidth: true }
            Button {
                objectName: "attestNext"
                visible: page.step < 2
                enabled: page.step === 0 ? form.checked.length > 0 || form.criteriaCount === 0 : form.problem.length === 0
                text: qsTr("Next")
                highlighted: true
                Layout.minimumHeight: 48
                Accessible.name: qsTr("Next step")
                onClicked: page.step++
            }
            Button {
                objectName: "attestSign"
                visible: page.step === 2
                enabled: form.problem.length === 0 && !form.busy
                text: qsTr("Sign")
                highlighted: true
                Layout.minimumHeight: 48
                Accessible.name: qsTr("Sign the attestation")
                onClicked: form.sign(passphrase.visible ? passphrase.text : "")
            }
            Button {
                objectName: "attestDone"
                visible: page.step === 3
                text: qsTr("Done")
                highlighted: true
                Layout.minimumHeight: 48
                Accessible.name: qsTr("Back to the carnet")
                onClicked: page.finished()
            }
        }
    }
}
