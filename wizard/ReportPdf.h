#pragma once
// The PDF rendering of a setup report: the HTML rendering laid out by QTextDocument and printed
// with QPdfWriter. It needs QtGui (fonts), so it lives in the app, not in the Gui-free core, and
// needs a QGuiApplication (offscreen over SSH).
#include "report/Report.h"

#include <QString>

namespace gpusetup {

// The font families tried in order, so Chinese text finds a CJK font wherever one is installed.
QStringList reportPdfFontFamilies();

// Writes the PDF; false and one sentence when the file cannot be written.
bool writeReportPdf(const SetupReport &report, const QString &path, QString *error);

} // namespace gpusetup
