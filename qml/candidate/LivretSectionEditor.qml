// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Jalon
import Jalon.App

// One section of the livret: the guiding questions, the text (kept as it is typed),
// its word count, a conflict to settle, the accompanist's comments and the history.
Pane {
    id: editor

    required property LivretModel livret
    property string sectionId
    property string layout: "desktop"
    property int reloads: 0
    // The model can go first when the page is destroyed (a lock): the bindings must not fail.
    readonly property var section: reloads >= 0 && sectionId.length > 0 && livret ? livret.section(sectionId) : ({})
    readonly property bool reviewing: livret?.reviewing ?? false
    readonly property bool conflict: (section.conflict ?? []).length > 1
    // Set while the text area is filled from the model, so that is not taken as typing.
    property bool loading: false

    objectName: "livretEditor"
    padding: 16

    // What the model holds for the section is what was typed (its draft) unless it was
    // changed elsewhere (a restore, a merge, a sync): only then is the text replaced.
    function load(): void {
        // Read from the model, not from `section`: this runs before that binding follows a new id.
        // A QVariantMap: Qt 6.4's qmllint does not know its keys.
        const text = sectionId.length > 0 ? (livret.section(sectionId).text ?? "") : "" // qmllint disable
        if (textArea.text === text)
            return
        const cursor = textArea.cursorPosition
        loading = true
        textArea.text = text
        loading = false
        textArea.cursorPosition = Math.min(cursor, text.length)
    }

    onSectionIdChanged: load()
    Component.onCompleted: load()

    Connections {
        target: editor.livret
        function onReloaded() {
            editor.reloads++
            editor.load()
        }
    }

    ScrollView {
        id: scroll
        anchors.fill: parent
        contentWidth: availableWidth
        contentHeight: column.implicitHeight

        ColumnLayout {
            id: column
            width: scroll.availableWidth
            spacing: 10

            Label {
                objectName: "livretSectionTitle"
                Layout.fillWidth: true
                text: (editor.section.id ?? "") + " · " + (editor.section.title ?? "")
                font.pixelSize: 19
                font.weight: Font.Medium
                wrapMode: Text.Wrap
                textFormat: Text.PlainText
            }
            Label {
                Layout.fillWidth: true
                text: editor.section.blocTitle ?? ""
                opacity: 0.7
                wrapMode: Text.Wrap
                textFormat: Text.PlainText
            }

            // A conflict: both texts side by side, one to keep, or a merge.
            Frame {
                objectName: "livretConflict"
                visible: editor.conflict && !editor.reviewing
                Layout.fillWidth: true
                ColumnLayout {
                    width: parent.width
                    spacing: 8
                    Label {
                        Layout.fillWidth: true
                        wrapMode: Text.Wrap
                        textFormat: Text.PlainText
                        color: Material.color(Material.DeepOrange)
                        text: qsTr("This section was changed in two places from the same version. Both texts are kept: choose one, or merge them below.")
                    }
                    GridLayout {
                        Layout.fillWidth: true
                        columns: editor.layout === "phone" ? 1 : 2
                        Repeater {
                            model: editor.section.conflict ?? []
                            delegate: ColumnLayout {
                                id: side
                                required property var modelData
                                required property int index
                                Layout.fillWidth: true
                                Layout.alignment: Qt.AlignTop
                                Label {
                                    Layout.fillWidth: true
                                    text: qsTr("Version by %1, %2").arg(side.modelData.author)
                                          .arg(side.modelData.at.toLocaleString(Qt.locale(), Locale.ShortFormat))
                                    font.weight: Font.Medium
                                    wrapMode: Text.Wrap
                                    textFormat: Text.PlainText
                                }
                                Label {
                                    objectName: "conflictText_" + side.index
                                    Layout.fillWidth: true
                                    text: side.modelData.text
                                    wrapMode: Text.Wrap
                                    textFormat: Text.PlainText
                                }
                                Button {
                                    objectName: "keepVersion_" + side.index
                                    text: qsTr("Keep this version")
                                    Layout.minimumHeight: 48
                                    Accessible.name: qsTr("Keep the version by %1").arg(side.modelData.author)
                                    onClicked: editor.livret.resolveConflict(editor.sectionId, side.modelData.text)
                                }
                            }
                        }
                    }
                    Button {
                        objectName: "keepMerge"
                        text: qsTr("Keep the text below as the merge")
                        Layout.minimumHeight: 48
                        Accessible.name: text
                        onClicked: editor.livret.resolveConflict(editor.sectionId, textArea.text)
                    }
                }
            }

            // The text, and the accompanist's comments beside it where there is room (a Grid
            // of Columns with set widths: Qt 6.4 leaves a layout nested in a layout where it
            // was first measured, before its questions wrapped, and the text fell below it).
            Grid {
                id: textAndComments
                readonly property bool beside: editor.layout === "desktop"
                readonly property real textWidth: beside ? (width - columnSpacing) * 3 / 5 : width
                Layout.fillWidth: true
                columns: beside ? 2 : 1
                columnSpacing: 24
                rowSpacing: 10
                Column {
                    id: writing
                    width: textAndComments.textWidth
                    spacing: 10
                    Label {
                        width: writing.width
                        text: qsTr("Guiding questions")
                        font.weight: Font.Medium
                        textFormat: Text.PlainText
                    }
                    Repeater {
                        model: editor.livret?.guidingQuestions ?? []
                        delegate: Label {
                            required property string modelData
                            width: writing.width
                            text: "• " + modelData
                            wrapMode: Text.Wrap
                            opacity: 0.8
                            textFormat: Text.PlainText
                        }
                    }

                    TextArea {
                        id: textArea
                        objectName: "livretText"
                        width: writing.width
                        height: Math.max(implicitHeight, editor.layout === "phone" ? 240 : 320)
                        wrapMode: TextEdit.Wrap
                        textFormat: TextEdit.PlainText
                        readOnly: editor.reviewing
                        placeholderText: editor.reviewing ? qsTr("Nothing written yet.") : qsTr("Describe a real situation from your work…")
                        Accessible.name: qsTr("Text of the section %1").arg(editor.sectionId)
                        onTextChanged: if (!editor.loading && editor.sectionId.length > 0) editor.livret.setDraft(editor.sectionId, text)
                        onActiveFocusChanged: if (!activeFocus && editor.livret) editor.livret.commit(editor.sectionId)
                    }
                    Label {
                        objectName: "livretWordCount"
                        width: writing.width
                        text: qsTr("%n word(s)", "", editor.livret?.wordCount(textArea.text) ?? 0)
                            + " · " + (editor.section.hasDraft ? qsTr("kept on this device") : qsTr("recorded"))
                        opacity: 0.75
                        wrapMode: Text.Wrap
                        textFormat: Text.PlainText
                    }
                }
                Column {
                    id: comments
                    objectName: "livretComments"
                    width: textAndComments.width - (textAndComments.beside ? textAndComments.textWidth + textAndComments.columnSpacing : 0)
                    spacing: 6
                    SectionTitle {
                        objectName: "livretCommentCount"
                        width: comments.width
                        text: qsTr("Comments (%1)").arg((editor.section.comments ?? []).length)
                    }
                    Label {
                        visible: (editor.section.comments ?? []).length === 0
                        width: comments.width
                        text: editor.reviewing ? qsTr("No comment yet.") : qsTr("Your accompanist's comments will appear here.")
                        opacity: 0.7
                        wrapMode: Text.Wrap
                        textFormat: Text.PlainText
                    }
                    Repeater {
                        model: editor.section.comments ?? []
                        delegate: Label {
                            required property var modelData
                            width: comments.width
                            text: modelData.author + ", " + modelData.at.toLocaleString(Qt.locale(), Locale.ShortFormat) + "\n" + modelData.text
                            wrapMode: Text.Wrap
                            textFormat: Text.PlainText
                            bottomPadding: 6
                        }
                    }
                    TextArea {
                        id: newComment
                        objectName: "livretNewComment"
                        visible: editor.reviewing
                        width: comments.width
                        height: Math.max(implicitHeight, 96)
                        wrapMode: TextEdit.Wrap
                        textFormat: TextEdit.PlainText
                        placeholderText: qsTr("Your comment on this section")
                        Accessible.name: qsTr("Comment on the section %1").arg(editor.sectionId)
                    }
                    Button {
                        objectName: "livretAddComment"
                        visible: editor.reviewing
                        enabled: newComment.text.trim().length > 0
                        x: comments.width - width
                        height: Math.max(implicitHeight, 48)
                        text: qsTr("Comment")
                        Accessible.name: qsTr("Add the comment")
                        onClicked: if (editor.livret.comment(editor.sectionId, newComment.text)) newComment.text = ""
                    }
                }
            }

            SectionTitle {
                Layout.fillWidth: true
                text: qsTr("History (%1)").arg((editor.section.history ?? []).length)
            }
            Repeater {
                model: editor.section.history ?? []
                delegate: RowLayout {
                    id: version
                    required property var modelData
                    required property int index
                    Layout.fillWidth: true
                    Label {
                        Layout.fillWidth: true
                        text: version.modelData.at.toLocaleString(Qt.locale(), Locale.ShortFormat) + " · " + version.modelData.author
                              + " · " + qsTr("%n word(s)", "", version.modelData.words)
                        wrapMode: Text.Wrap
                        textFormat: Text.PlainText
                    }
                    Button {
                        objectName: "restoreVersion_" + version.index
                        visible: version.index > 0 && !editor.reviewing
                        flat: true
                        text: qsTr("Restore")
                        Layout.minimumHeight: 48
                        Accessible.name: qsTr("Restore the version of %1").arg(version.modelData.at.toLocaleString(Qt.locale(), Locale.ShortFormat))
                        onClicked: editor.livret.restore(editor.sectionId, version.modelData.id)
                    }
                }
            }
        }
    }
}
