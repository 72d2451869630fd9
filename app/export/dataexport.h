// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>
#include <QQmlEngine>

namespace jalon {

class Session;

/// "Export my data": a folder in Documents/Jalon with every event of the profile as JSON
/// (each one signed, so the file proves itself) and the PDFs of the auto-diagnostic, the
/// livret and the carnet.
class DataExport : public QObject
{
    Q_OBJECT
    Q_MOC_INCLUDE("session/session.h")
    QML_ELEMENT
    Q_PROPERTY(jalon::Session *session READ session WRITE setSession NOTIFY sessionChanged)

public:
    explicit DataExport(QObject *parent = nullptr);

    Session *session() const { return m_session; }
    void setSession(Session *session);

    /// Writes the export; returns its folder (empty on failure, the error reported).
    Q_INVOKABLE QString run();

Q_SIGNALS:
    void sessionChanged();

private:
    QPointer<Session> m_session;
};

} // namespace jalon
