// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/error.h"

#include <QString>

namespace jalon {

/// Printable documents (bilan, livret, carnet): HTML laid out on A4 pages as a PDF.
namespace PdfDocument {

    /// The folder documents are written to: Documents/Jalon (made if needed).
    QString folder();
    /// Writes `html` as `fileName` (in folder() unless absolute); returns the path.
    Result<QString> write(const QString &fileName, const QString &title, const QString &html);
    /// `text` escaped for HTML, line breaks kept.
    QString escaped(const QString &text);

} // namespace PdfDocument
} // namespace jalon
