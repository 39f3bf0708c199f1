#pragma once
// Numeric comparison of dotted version strings ("535.183.01" vs "525.60.13", "12.4" vs "12.10"),
// the one parser of version numbers in the code base.
#include <QList>
#include <QString>

namespace gpusetup {

// "12.4.131" -> {12, 4, 131}; stops at the first non-number.
QList<int> versionParts(const QString &version);

// True for "12", "12.4", "535.183.01": dot-separated runs of digits, nothing else.
bool isVersionString(const QString &s, int minParts = 1, int maxParts = 4);
// <0, 0, >0 like strcmp, part by part numerically; missing parts count as 0 ("12.4" == "12.4.0").
int compareVersions(const QString &a, const QString &b);
// The first n numeric parts joined by dots ("12.4.1", 2 -> "12.4"); "" when there are fewer.
QString versionPrefix(const QString &v, int n);
// The leading number ("12.4.1" -> 12), -1 when none.
int versionMajor(const QString &v);
// Does v start with the parts of prefix ("12.4.1" starts with "12.4", not with "12.40")?
bool versionHasPrefix(const QString &v, const QString &prefix);

} // namespace gpusetup
