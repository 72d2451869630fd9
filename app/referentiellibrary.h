// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "referentiel/referentielcatalog.h"
#include "referentiellistmodel.h"

#include <QObject>
#include <QVariantList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

class QQmlEngine;
class QJSEngine;

namespace jalon {

/// The référentiels the app knows, for QML as the `Referentiels` singleton. main.cpp (or a
/// test) builds the instance and hands it over with setInstance() before QML is loaded.
class ReferentielLibrary : public QObject
{
    Q_OBJECT
    QML_NAMED_ELEMENT(Referentiels)
    QML_SINGLETON
    Q_PROPERTY(jalon::ReferentielListModel *list READ list CONSTANT)
    Q_PROPERTY(QString loadError READ loadError CONSTANT)

public:
    /// Loads the bundled référentiels; a failure is kept in loadError().
    /// Takes no default: QML (Qt 6.4) would build its own instance instead of calling create().
    explicit ReferentielLibrary(QObject *parent);

    static void setInstance(ReferentielLibrary *library);
    static ReferentielLibrary *create(QQmlEngine *, QJSEngine *);

    ReferentielListModel *list() { return &m_list; }
    QString loadError() const { return m_loadError; }
    const Referentiel *find(const QString &id) const { return m_catalog.find(id); }

    /// What the référentiel page shows above its outline: certification, rules, paths.
    Q_INVOKABLE QVariantMap summary(const QString &referentielId) const;

private:
    ReferentielCatalog m_catalog;
    ReferentielListModel m_list;
    QString m_loadError;
};

/// The référentiel's diagnostic scale as QML reads it: [{value, label}] (empty for none).
QVariantList scaleLevels(const Referentiel *referentiel);

} // namespace jalon
