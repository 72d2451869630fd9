// SPDX-License-Identifier: GPL-3.0-or-later
pragma Singleton
pragma ComponentBehavior: Bound
import QtQuick

// What every page says and shows of a competence's or a bloc's status (the wire names of
// CarnetModel and TeamModel): the words, and one colour per status.
QtObject {
    // A competence's status (in French, feminine: une compétence).
    function competenceText(status: string): string {
        return ({ notStarted: qsTr("not started"), inProgress: qsTr("in progress"), acquired: qsTr("acquired") })[status] ?? status
    }

    // A bloc's status (in French, masculine: un bloc).
    function blocText(status: string): string {
        return ({ notStarted: qsTr("not started", "bloc"), inProgress: qsTr("in progress", "bloc"),
                  ready: qsTr("ready for evaluation", "bloc"), validated: qsTr("validated", "bloc"),
                  expired: qsTr("expired", "bloc") })[status] ?? status
    }

    // Material's teal, light green, amber, red and grey (shade 500).
    function color(status: string): color {
        return status === "acquired" || status === "validated" ? "#009688"
             : status === "ready" ? "#8bc34a"
             : status === "inProgress" ? "#ffc107"
             : status === "expired" ? "#f44336" : "#9e9e9e"
    }

    // Text that stays readable on color(status).
    function onColor(status: string): color {
        return status === "inProgress" || status === "ready" || status === "notStarted" ? "#212121" : "#ffffff"
    }
}
