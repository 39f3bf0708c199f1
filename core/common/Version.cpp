#include "common/Version.h"

#include <QRegularExpression>
#include <QStringList>

namespace gpusetup {

QList<int> versionParts(const QString &version)
{
    // A part's leading digits count and a suffix ends the version: "2.11.0+cu126" (a PEP 440
    // local version, as pip reports CUDA wheels) is 2.11.0, "12.4.1-1" is 12.4.1, "2.1.0a0"
    // is 2.1.0.
    QList<int> out;
    for (const QString &part : version.trimmed().split(QLatin1Char('.'))) {
        qsizetype digits = 0;
        while (digits < part.size() && digits < 9 && part.at(digits).isDigit() &&
               part.at(digits).unicode() < 128)
            ++digits;
        if (digits == 0) break;
        out.push_back(part.left(digits).toInt());
        if (digits != part.size()) break;
    }
    return out;
}

bool isVersionString(const QString &s, int minParts, int maxParts)
{
    static const QRegularExpression re(QStringLiteral("^\\d+(\\.\\d+)*$"));
    if (!re.match(s).hasMatch()) return false;
    const int parts = int(s.count(QLatin1Char('.'))) + 1;
    return parts >= minParts && parts <= maxParts;
}

int compareVersions(const QString &a, const QString &b)
{
    const QList<int> pa = versionParts(a);
    const QList<int> pb = versionParts(b);
    const qsizetype n = qMax(pa.size(), pb.size());
    for (qsizetype i = 0; i < n; ++i) {
        const int x = i < pa.size() ? pa[i] : 0;
        const int y = i < pb.size() ? pb[i] : 0;
        if (x != y) return x < y ? -1 : 1;
    }
    return 0;
}

QString versionPrefix(const QString &v, int n)
{
    const QList<int> p = versionParts(v);
    if (p.size() < n) return QString();
    QStringList out;
    for (int i = 0; i < n; ++i)
        out << QString::number(p[i]);
    return out.join(QLatin1Char('.'));
}

int versionMajor(const QString &v)
{
    const QList<int> p = versionParts(v);
    return p.isEmpty() ? -1 : p[0];
}

bool versionHasPrefix(const QString &v, const QString &prefix)
{
    const QList<int> pv = versionParts(v);
    const QList<int> pp = versionParts(prefix);
    if (pp.isEmpty() || pp.size() > pv.size()) return false;
    for (qsizetype i = 0; i < pp.size(); ++i)
        if (pv[i] != pp[i]) return false;
    return true;
}

} // namespace gpusetup
