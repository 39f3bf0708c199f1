#include "ReportPdf.h"

#include <QCoreApplication>
#include <QFile>
#include <QFont>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>

namespace gpusetup {

QStringList reportPdfFontFamilies()
{
    // Latin first: digits drawn from Noto Sans CJK lose their text in Qt's PDF (pdftotext
    // and copy-paste drop them; measured with Qt 6.4), so Latin text takes a Latin font and
    // each Chinese character falls through to the first CJK family that has it.
    return {QStringLiteral("DejaVu Sans"),       QStringLiteral("Noto Sans"),
            QStringLiteral("Liberation Sans"),   QStringLiteral("Noto Sans CJK SC"),
            QStringLiteral("Noto Sans SC"),      QStringLiteral("WenQuanYi Micro Hei"),
            QStringLiteral("WenQuanYi Zen Hei"), QStringLiteral("Droid Sans Fallback")};
}

bool writeReportPdf(const SetupReport &report, const QString &path, QString *error)
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        if (error)
            *error = QCoreApplication::translate("gpusetup::Report",
                                                 "PDF output needs the graphical libraries of "
                                                 "gpu-setup, which this build lacks.");
        return false;
    }
    QFile probe(path);
    if (!probe.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        if (error)
            *error = QCoreApplication::translate("gpusetup::Report", "Cannot write %1: %2.")
                         .arg(path, probe.errorString());
        return false;
    }
    probe.close();
    QPdfWriter writer(path);
    writer.setTitle(QCoreApplication::translate("gpusetup::Report", "GPU setup report"));
    writer.setCreator(report.generator);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
    writer.setResolution(300);

    QTextDocument doc;
    QFont font;
    font.setFamilies(reportPdfFontFamilies());
    font.setPointSizeF(9.5);
    doc.setDefaultFont(font);
    doc.setHtml(reportHtml(report, /*forPdf=*/true));
    doc.print(&writer);
    return true;
}

} // namespace gpusetup
