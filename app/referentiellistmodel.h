// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

namespace jalon {
class ReferentielCatalog;

/// The référentiels of a catalog, one row each, in the catalog's order (by title).
class ReferentielListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by Referentiels.list")
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        VersionRole,
        TitleRole,
        TypeRole,
        CertifierRole,
        LevelRole,
        BlocCountRole,
        CompetenceCountRole,
        ActivityCountRole,
    };
    Q_ENUM(Role)

    explicit ReferentielListModel(QObject *parent = nullptr);

    /// Shows `catalog`, which must outlive the model (or be replaced before it dies).
    void setCatalog(const ReferentielCatalog *catalog);

    int count() const { return rowCount(); }
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void countChanged();

private:
    const ReferentielCatalog *m_catalog = nullptr;
};

} // namespace jalon
