// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QCoreApplication;

namespace jalon {

/// Installs Jalon's translation for `language` ("fr" or "en"; empty: French, the users'
/// language). Returns false when no translation for it is shipped.
bool installTranslations(QCoreApplication &application, const QString &language);

/// "fr" when the system's language is French, else "en": for command-line tools, which
/// speak the language of the terminal they run in.
QString systemLanguage();

} // namespace jalon
