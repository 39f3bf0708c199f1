#include "common/ShellQuote.h"

#include <QRegularExpression>

namespace gpusetup {

QString shellQuote(const QString &word, bool commandPosition)
{
    // Characters bash never treats specially inside a word. '=' in the first word would make it
    // an assignment, so there it is quoted too.
    static const QRegularExpression safe(QStringLiteral("^[A-Za-z0-9_@%+=:,./-]+$"));
    if (!word.isEmpty() && safe.match(word).hasMatch() &&
        !(commandPosition && word.contains(QLatin1Char('='))))
        return word;
    return QLatin1Char('\'') + QString(word).replace(QLatin1String("'"), QLatin1String("'\\''")) +
           QLatin1Char('\'');
}

QString shellQuote(const QStringList &argv)
{
    QStringList parts;
    for (int i = 0; i < argv.size(); ++i)
        parts << shellQuote(argv[i], i == 0);
    return parts.join(QLatin1Char(' '));
}

} // namespace gpusetup
