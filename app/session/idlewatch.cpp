// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/idlewatch.h"

#include "session/session.h"

#include <QEvent>

namespace jalon {

IdleWatch::IdleWatch(Session &session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{
}

bool IdleWatch::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::KeyPress:
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
    case QEvent::Wheel:
        m_session.userActive();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace jalon
