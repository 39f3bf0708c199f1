#pragma once
// argv as one line a user can paste into bash: every element that is not plainly safe is put in
// single quotes (a ' inside as '\''), so what bash runs is exactly this argv. The plan, the
// wizard's command box and the CLI all print commands through it.
#include <QString>
#include <QStringList>

namespace gpusetup {

QString shellQuote(const QString &word, bool commandPosition = false);
QString shellQuote(const QStringList &argv);

} // namespace gpusetup
