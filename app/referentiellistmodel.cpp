// SPDX-License-Identifier: GPL-3.0-or-later
#include "referentiellistmodel.h"

#include "referentiel/referentielcatalog.h"

namespace jalon {

ReferentielListModel::ReferentielListModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void ReferentielListModel::setCatalog(const ReferentielCatalog *catalog)
{
    beginResetModel();
    m_catalog = catalog;
    endResetModel();
    Q_EMIT countChanged();
}

int ReferentielListModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() || !m_catalog)
        return 0;
    return int(m_catalog->all().size());
}

QVariant ReferentielListModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const Referentiel &ref = m_catalog->all().at(index.row());
    switch (role) {
    case IdRole:
        return ref.id;
    case VersionRole:
        return ref.version;
    case Qt::DisplayRole:
    case TitleRole:
        return ref.certification.title;
    case TypeRole:
        return ref.certification.type;
    case CertifierRole:
        return ref.certification.certifier;
    case LevelRole:
        return ref.certification.level;
    case BlocCountRole:
        return int(ref.blocs.size());
    case CompetenceCountRole:
        return ref.competenceCount();
    case ActivityCountRole:
        return ref.activityCount();
    default:
        return {};
    }
}

QHash<int, QByteArray> ReferentielListModel::roleNames() const
{
    return {
        { IdRole, "referentielId" },
        { VersionRole, "version" },
        { TitleRole, "title" },
        { TypeRole, "certificationType" },
        { CertifierRole, "certifier" },
        { LevelRole, "level" },
        { BlocCountRole, "blocCount" },
        { CompetenceCountRole, "competenceCount" },
        { ActivityCountRole, "activityCount" },
    };
}

} // namespace jalon
