#include "Language.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

namespace gpusetup {

namespace {
QTranslator *g_app = nullptr;
QTranslator *g_core = nullptr;
QString g_lang = QStringLiteral("en");
} // namespace

bool setLanguage(const QString &lang)
{
    const QString code =
        lang.startsWith(QLatin1String("zh")) ? QStringLiteral("zh_CN") : QStringLiteral("en");
    if (!g_app) {
        g_app = new QTranslator(QCoreApplication::instance());
        g_core = new QTranslator(QCoreApplication::instance());
    }
    QCoreApplication::removeTranslator(g_core);
    QCoreApplication::removeTranslator(g_app);
    g_lang = code;
    if (code == QLatin1String("en")) return true;
    bool ok = g_app->load(QStringLiteral(":/i18n/gpu-setup_%1.qm").arg(code));
    // The core's strings live in their own file (merged by the lead); optional here.
    if (g_core->load(QStringLiteral(":/i18n/gpu-setup_core_%1.qm").arg(code)))
        QCoreApplication::installTranslator(g_core);
    if (ok) QCoreApplication::installTranslator(g_app);
    return ok;
}

QString currentLanguage()
{
    return g_lang;
}

QString systemLanguage()
{
    return QLocale::system().language() == QLocale::Chinese ? QStringLiteral("zh_CN")
                                                            : QStringLiteral("en");
}

} // namespace gpusetup
