// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Jalon
import Jalon.App

// The evaluator records a bloc's official result: validated or not, the day, remarks.
// A validated bloc's validity end follows from the référentiel's rules, shown before signing.
Dialog {
    id: dialog

    required property CarnetModel carnet
    property string blocId
    property string blocTitle
    property bool validated: true

    function openFor(id: string, title: string): void {
        blocId = id
        blocTitle = title
        validated = true
        day.date = new Date()
        remarks.text = ""
        open()
    }

    objectName: "blocEvaluationDialog"
    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(parent.width - 32, 520)
    modal: true
    title: qsTr("Result of %1").arg(blocId)

    ColumnLayout {
        width: parent.width
        spacing: 8
        Label {
            Layout.fillWidth: true
            text: dialog.blocTitle
            wrapMode: Text.Wrap
            textFormat: Text.PlainText
        }
        RowLayout {
            RadioButton {
                objectName: "evaluationValidated"
                text: qsTr("Validated")
                Accessible.name: qsTr("Validated")
                checked: dialog.validated
                onClicked: dialog.validated = true
            }
            RadioButton {
                objectName: "evaluationNotValidated"
                text: qsTr("Not validated")
                Accessible.name: qsTr("Not validated")
                checked: !dialog.validated
                onClicked: dialog.validated = false
            }
        }
        DateField {
            id: day
            objectName: "evaluationDate"
            Layout.fillWidth: true
            label: qsTr("Day of the result")
        }
        Label {
            objectName: "evaluationValidUntil"
            visible: dialog.validated && day.valid
            Layout.fillWidth: true
            text: qsTr("Valid until %1").arg(Dates.longDate(dialog.carnet.validUntil(day.date)))
            wrapMode: Text.Wrap
            textFormat: Text.PlainText
        }
        TextArea {
            id: remarks
            objectName: "evaluationRemarks"
            Layout.fillWidth: true
            Layout.minimumHeight: 80
            wrapMode: TextEdit.Wrap
            textFormat: TextEdit.PlainText
            placeholderText: qsTr("Remarks (optional)")
            Accessible.name: qsTr("Remarks on the result")
        }
        RowLayout {
            Layout.alignment: Qt.AlignRight
            Button {
                objectName: "evaluationCancel"
                flat: true
                text: qsTr("Cancel")
                Layout.minimumHeight: 48
                Accessible.name: qsTr("Cancel")
                onClicked: dialog.close()
            }
        Button {
            objectName: "evaluationRecord"
            Layout.minimumHeight: 48
            enabled: day.valid
            highlighted: true
            text: qsTr("Sign the result")
            Accessible.name: qsTr("Sign the result of the bloc")
            onClicked: if (dialog.carnet.evaluate(dialog.blocId, dialog.validated, day.date, remarks.text)) dialog.close()
        }
        }
    }
}
