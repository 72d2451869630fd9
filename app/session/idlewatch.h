// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

namespace jalon {

class Session;

/// Watches the application's input (touch, mouse, keys) so that the session locks only
/// after the person really left it idle. Installed on the application by main.cpp.
class IdleWatch : public QObject
{
public:
    explicit IdleWatch(Session &session, QObject *parent = nullptr);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    Session &m_session;
};

} // namespace jalon
