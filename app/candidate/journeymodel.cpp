// SPDX-License-Identifier: GPL-3.0-or-later
#include "candidate/journeymodel.h"

#include "journal/eventfields.h"
#include "journal/eventkinds.h"
#include "referentiel/referentiel.h"
#include "rules/vaeplan.h"
#include "session/session.h"

#include <QJsonArray>
#include <QJsonObject>
#include <algorithm>

namespace jalon {

namespace {

    constexpr auto Planned = QLatin1String("planned");
    constexpr auto Held = QLatin1String("held");

} // namespace

JourneyModel::JourneyModel(QObject *parent)
    : SessionListModel(parent)
{
}

QStringList JourneyModel::shownKinds() const
{
    return { QLatin1String(EventKinds::VaeSession) };
}

void JourneyModel::reload()
{
    const Referentiel *referentiel = subjectReferentiel();
    const int sessions = referentiel ? referentiel->vae.sessions : 0;
    const bool reset = referentiel != m_referentiel || sessions != m_sessions.size();
    // The rows are filled before the reset ends: views read them as soon as it does.
    if (reset) {
        beginResetModel();
        m_referentiel = referentiel;
    }
    m_sessions = QList<VaeProjection::Session>(sessions);
    if (SqliteDatabase *db = m_session ? m_session->database() : nullptr; db && sessions > 0) {
        auto recorded = VaeProjection::sessions(*db, subject());
        if (!recorded) {
            m_session->reportError(
                tr("The VAE sessions cannot be read: %1").arg(recorded.error().message()));
        } else {
            // Numbers outside the référentiel's path are kept in the journal, not shown.
            for (const VaeProjection::Session &session : *recorded) {
                if (session.number >= 1 && session.number <= sessions)
                    m_sessions[session.number - 1] = session;
            }
        }
    }
    if (reset)
        endResetModel();
    else if (!m_sessions.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_sessions.size()) - 1));
    Q_EMIT reloaded();
}

int JourneyModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_sessions.size());
}

QVariant JourneyModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const VaeProjection::Session &session = m_sessions[index.row()];
    const bool recorded = session.number != 0;
    switch (role) {
    case Qt::DisplayRole:
        return tr("Session %1").arg(index.row() + 1);
    case NumberRole:
        return index.row() + 1;
    case StatusRole:
        return recorded ? session.status : QStringLiteral("notPlanned");
    case DateRole:
        return session.date;
    case NotesRole:
        return session.notes;
    case NextStepsRole:
        return session.nextSteps;
    case SectionsRole:
        return session.sections.join(QStringLiteral(", "));
    }
    return {};
}

QHash<int, QByteArray> JourneyModel::roleNames() const
{
    return {
        { NumberRole, "number" }, { StatusRole, "status" },       { DateRole, "date" },
        { NotesRole, "notes" },   { NextStepsRole, "nextSteps" }, { SectionsRole, "sections" }
    };
}

int JourneyModel::heldCount() const
{
    return int(std::count_if(m_sessions.cbegin(), m_sessions.cend(),
                             [](const VaeProjection::Session &s) { return s.status == Held; }));
}

int JourneyModel::plannedCount() const
{
    return int(std::count_if(m_sessions.cbegin(), m_sessions.cend(),
                             [](const VaeProjection::Session &s) { return s.status == Planned; }));
}

int JourneyModel::months() const
{
    return m_referentiel ? m_referentiel->vae.months : 0;
}

QVariantMap JourneyModel::nextSession() const
{
    if (!m_session)
        return {};
    // Sessions may be planned out of order (one moved later): the earliest date decides.
    const QDate today = m_session->today();
    const VaeProjection::Session *next = nullptr;
    for (const VaeProjection::Session &session : m_sessions) {
        if (session.status == Planned && session.date.isValid() && session.date >= today
            && (!next || session.date < next->date))
            next = &session;
    }
    if (!next)
        return {};
    return { { QStringLiteral("number"), next->number }, { QStringLiteral("date"), next->date } };
}

QVariantList JourneyModel::milestones() const
{
    QVariantList list;
    if (!m_referentiel)
        return list;
    for (const PathStep &step : m_referentiel->vae.steps) {
        list << QVariantMap { { QStringLiteral("id"), step.id },
                              { QStringLiteral("label"), step.label },
                              { QStringLiteral("duration"), step.duration },
                              { QStringLiteral("note"), step.note } };
    }
    return list;
}

int JourneyModel::monthsLeft() const
{
    if (!m_session || !m_referentiel)
        return 0;
    QDate last;
    for (const VaeProjection::Session &session : m_sessions) {
        if (session.status == Planned && session.date.isValid()
            && (!last.isValid() || session.date > last))
            last = session.date;
    }
    if (!last.isValid())
        return heldCount() > 0 ? 0 : months();
    const QDate today = m_session->today();
    int count = 0;
    while (today.addMonths(count) < last)
        ++count;
    return count;
}

QDate JourneyModel::startDate() const
{
    return m_sessions.isEmpty() ? QDate() : m_sessions.first().date;
}

QVariantList JourneyModel::proposedDates(const QDate &start) const
{
    QVariantList dates;
    for (const QDate &day : spreadSessions(start, int(m_sessions.size()), months()))
        dates << day;
    return dates;
}

bool JourneyModel::plan(const QDate &start)
{
    if (!m_session || !start.isValid())
        return false;
    const QList<QDate> dates = spreadSessions(start, int(m_sessions.size()), months());
    const QList<VaeProjection::Session> current = m_sessions; // recording reloads the model
    for (int i = 0; i < current.size(); ++i) {
        const VaeProjection::Session &existing = current[i];
        if (existing.number != 0 && existing.status != Planned)
            continue; // held or cancelled: what happened stays
        if (!saveSession(i + 1, Planned, dates[i], existing.notes, existing.nextSteps,
                         existing.sections))
            return false;
    }
    return true;
}

QVariantMap JourneyModel::session(int number) const
{
    if (number < 1 || number > m_sessions.size())
        return {};
    const VaeProjection::Session &session = m_sessions[number - 1];
    return { { QStringLiteral("number"), number },
             { QStringLiteral("status"),
               session.number != 0 ? session.status : QStringLiteral("notPlanned") },
             { QStringLiteral("date"), session.date },
             { QStringLiteral("notes"), session.notes },
             { QStringLiteral("nextSteps"), session.nextSteps },
             { QStringLiteral("sections"), session.sections } };
}

bool JourneyModel::saveSession(int number, const QString &status, const QDate &date,
                               const QString &notes, const QString &nextSteps,
                               const QStringList &sections)
{
    if (!m_session)
        return false;
    QString problem;
    if (number < 1 || number > m_sessions.size())
        problem = tr("There is no session %1 in this VAE path.").arg(number);
    else if (!date.isValid())
        problem = tr("A session needs a date.");
    else if (status == Held && date > m_session->today())
        problem = tr("A session cannot be held on a day still to come.");
    else if (status != Planned && status != Held && status != QLatin1String("cancelled"))
        problem = tr("Unknown session status \"%1\".").arg(status);
    if (!problem.isEmpty()) {
        m_session->reportError(problem);
        return false;
    }
    QStringList worked = sections;
    worked.removeAll(QString());
    worked.removeDuplicates();
    QJsonObject body { { EventFields::Number, number },
                       { EventFields::Status, status },
                       { EventFields::Date, date.toString(Qt::ISODate) } };
    if (!notes.trimmed().isEmpty())
        body.insert(EventFields::Notes, notes.trimmed());
    if (!nextSteps.trimmed().isEmpty())
        body.insert(EventFields::NextSteps, nextSteps.trimmed());
    if (!worked.isEmpty())
        body.insert(EventFields::Sections, QJsonArray::fromStringList(worked));
    return bool(m_session->record(QLatin1String(EventKinds::VaeSession), body, subject()));
}

} // namespace jalon
