#include "actions/MirrorConfig.h"

#include "actions/FileBackup.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>
#include <QStringDecoder>
#include <QUrl>

namespace gpusetup {

namespace {

QString tr(const char *s)
{
    return QCoreApplication::translate("gpusetup::MirrorConfig", s);
}

// A file as lines without their ends, remembering the end style and the final newline.
struct Lines
{
    QList<QByteArray> lines;
    QByteArray eol = "\n";
    bool finalNewline = true;

    static Lines split(const QByteArray &bytes)
    {
        Lines l;
        if (bytes.isEmpty()) return l;
        l.lines = bytes.split('\n');
        l.finalNewline = bytes.endsWith('\n');
        if (l.finalNewline) l.lines.removeLast();
        if (!l.lines.isEmpty() && l.lines.first().endsWith('\r')) l.eol = "\r\n";
        return l;
    }
    QByteArray join() const
    {
        QByteArray out;
        for (int i = 0; i < lines.size(); ++i) {
            out += lines[i];
            if (i + 1 < lines.size() || finalNewline) out += '\n';
        }
        return out;
    }
};

QString text(const QByteArray &line)
{
    QByteArray l = line;
    if (l.endsWith('\r')) l.chop(1);
    return QString::fromUtf8(l);
}

bool validUtf8(const QByteArray &bytes)
{
    QStringDecoder d(QStringDecoder::Utf8);
    (void)QString(d(bytes));
    return !d.hasError() && !bytes.contains('\0');
}

// ---------------------------------------------------------------- .condarc (block YAML)
struct YamlBlock
{
    QString key; // "" for a blank or comment line
    int first = 0;
    int last = 0;
};

bool isBlankOrComment(const QString &l)
{
    const QString t = l.trimmed();
    return t.isEmpty() || t.startsWith(QLatin1Char('#'));
}

bool isContinuation(const QString &l)
{
    return l.startsWith(QLatin1Char(' ')) || l == QLatin1String("-") ||
           l.startsWith(QLatin1String("- "));
}

// Top-level `key:` blocks; false + sentence for anything else at column 0.
bool yamlBlocks(const QList<QByteArray> &raw, QList<YamlBlock> *out, QString *why)
{
    static const QRegularExpression keyRe(
        QStringLiteral(R"(^([A-Za-z_][A-Za-z0-9_.-]*)\s*:(\s.*)?$)"));
    QStringList ls;
    for (const QByteArray &b : raw)
        ls << text(b);
    for (int i = 0; i < ls.size(); ++i)
        if (ls[i].startsWith(QLatin1Char('\t'))) {
            *why = tr("line %1 is indented with a tab, which YAML does not allow").arg(i + 1);
            return false;
        }
    int i = 0;
    while (i < ls.size()) {
        const QString &l = ls[i];
        if (isBlankOrComment(l)) {
            out->append({QString(), i, i});
            ++i;
            continue;
        }
        const auto m = keyRe.match(l);
        if (!m.hasMatch()) {
            *why = tr("line %1 (\"%2\") is not a simple \"key: value\" entry")
                       .arg(i + 1)
                       .arg(l.left(40));
            return false;
        }
        int j = i + 1, last = i;
        while (j < ls.size()) {
            if (isContinuation(ls[j])) {
                last = j++;
                continue;
            }
            if (!isBlankOrComment(ls[j])) break;
            int k = j;
            while (k < ls.size() && isBlankOrComment(ls[k]))
                ++k;
            if (k < ls.size() && isContinuation(ls[k])) {
                last = k;
                j = k + 1;
            } else {
                break;
            }
        }
        out->append({m.captured(1), i, last});
        i = last + 1;
    }
    return true;
}

// ---------------------------------------------------------------- pip.conf (INI)
struct IniKey
{
    QString section; // lower-case
    QString key;     // normalised: lower-case, '_' -> '-'
    QString value;
    int first = 0;
    int last = 0;
};

struct Ini
{
    QList<IniKey> keys;
    QMap<QString, int> sectionHeader; // section -> line
};

bool parseIni(const QList<QByteArray> &raw, Ini *ini, QString *why)
{
    static const QRegularExpression sectionRe(QStringLiteral(R"(^\[([^\]]+)\]\s*([#;].*)?$)"));
    static const QRegularExpression keyRe(QStringLiteral(R"(^([^\s=:\[][^=:]*?)\s*[=:]\s*(.*)$)"));
    QString section;
    for (int i = 0; i < raw.size(); ++i) {
        const QString l = text(raw[i]);
        const QString t = l.trimmed();
        if (t.isEmpty() || t.startsWith(QLatin1Char('#')) || t.startsWith(QLatin1Char(';')))
            continue;
        if (l.front().isSpace()) {
            // A continuation of the previous key's value (configparser's multi-line values).
            if (!ini->keys.isEmpty() && ini->keys.last().last >= i - 1 - 0 &&
                ini->keys.last().section == section) {
                bool onlyBlankBetween = true;
                for (int k = ini->keys.last().last + 1; k < i; ++k)
                    if (!text(raw[k]).trimmed().isEmpty()) onlyBlankBetween = false;
                if (onlyBlankBetween) {
                    ini->keys.last().last = i;
                    ini->keys.last().value += QLatin1Char(' ') + t;
                    continue;
                }
            }
            *why = tr("line %1 is indented but continues no setting").arg(i + 1);
            return false;
        }
        if (const auto m = sectionRe.match(l); m.hasMatch()) {
            section = m.captured(1).trimmed().toLower();
            if (ini->sectionHeader.contains(section)) {
                *why = tr("the section [%1] appears twice, which pip rejects").arg(section);
                return false;
            }
            ini->sectionHeader.insert(section, i);
            continue;
        }
        const auto m = keyRe.match(l);
        if (!m.hasMatch()) {
            *why =
                tr("line %1 (\"%2\") is not a \"key = value\" setting").arg(i + 1).arg(l.left(40));
            return false;
        }
        if (section.isEmpty()) {
            *why = tr("line %1 comes before any [section] header, which pip rejects").arg(i + 1);
            return false;
        }
        IniKey k;
        k.section = section;
        k.key = m.captured(1).trimmed().toLower().replace(QLatin1Char('_'), QLatin1Char('-'));
        k.value = m.captured(2).trimmed();
        k.first = k.last = i;
        for (const IniKey &o : std::as_const(ini->keys))
            if (o.section == k.section && o.key == k.key) {
                *why = tr("\"%1\" is set twice in [%2]").arg(k.key, section);
                return false;
            }
        ini->keys << k;
    }
    return true;
}

QString hostOf(const QString &url)
{
    return QUrl(url).host();
}

// Which mirror a URL belongs to: by the mirror's site host.
QString mirrorKeyForUrl(const QString &url, const Knowledge &kb)
{
    const QString host = hostOf(url);
    if (host.isEmpty()) return {};
    for (const QString &key : MirrorConfig::keys()) {
        if (key == QLatin1String("official")) continue;
        if (const CondaMirror *m = kb.mirror(key)) {
            const QString site = hostOf(m->site);
            // mirrors.tuna.tsinghua.edu.cn and pypi.tuna.tsinghua.edu.cn both mean TUNA.
            const QString domain = site.section(QLatin1Char('.'), 1);
            if (host == site || (!domain.isEmpty() && host.endsWith(QLatin1Char('.') + domain) &&
                                 domain.count(QLatin1Char('.')) >= 2))
                return key;
        }
    }
    return {};
}

} // namespace

QStringList MirrorEdit::diff() const
{
    const QList<QByteArray> a = Lines::split(before).lines, b = Lines::split(after).lines;
    const int n = int(a.size()), m = int(b.size());
    if (qint64(n) * m > 4'000'000) return {QStringLiteral("(%1 lines rewritten)").arg(m)};
    std::vector<std::vector<int>> lcs(size_t(n + 1), std::vector<int>(size_t(m + 1), 0));
    for (int i = n - 1; i >= 0; --i)
        for (int j = m - 1; j >= 0; --j)
            lcs[i][j] = a[i] == b[j] ? lcs[i + 1][j + 1] + 1 : qMax(lcs[i + 1][j], lcs[i][j + 1]);
    QStringList out;
    int i = 0, j = 0;
    while (i < n || j < m) {
        if (i < n && j < m && a[i] == b[j]) {
            ++i;
            ++j;
        } else if (j < m && (i == n || lcs[i][j + 1] >= lcs[i + 1][j])) {
            out << QStringLiteral("+ ") + text(b[j++]);
        } else {
            out << QStringLiteral("- ") + text(a[i++]);
        }
    }
    return out;
}

QStringList MirrorConfig::keys()
{
    return {QStringLiteral("official"), QStringLiteral("tuna"), QStringLiteral("ustc"),
            QStringLiteral("bfsu")};
}

QStringList MirrorConfig::condaManagedKeys()
{
    return {QStringLiteral("channels"), QStringLiteral("default_channels"),
            QStringLiteral("custom_channels"), QStringLiteral("show_channel_urls")};
}

std::optional<MirrorSpec> MirrorConfig::spec(const QString &key, const Knowledge &kb, QString *why)
{
    const QString k = key.trimmed().toLower();
    MirrorSpec s;
    s.key = k;
    if (k == QLatin1String("official")) {
        s.name = tr("the official servers");
        return s;
    }
    const CondaMirror *m = keys().contains(k) ? kb.mirror(k) : nullptr;
    if (!m) {
        if (why)
            *why =
                tr("\"%1\" is not a known mirror; choose official, tuna, ustc or bfsu.").arg(key);
        return std::nullopt;
    }
    s.name = knowledgeText(m->name); // a display name: "TUNA (Tsinghua University)"
    s.condarc = m->condarc;
    s.pipIndex = m->pipIndexUrl;
    s.unverified = m->unverified || m->derived;
    return s;
}

std::optional<MirrorSpec> MirrorConfig::specForCondarc(const QString &condarc, const Knowledge &kb)
{
    for (const QString &k : keys())
        if (auto s = spec(k, kb); s && !s->condarc.isEmpty() && s->condarc == condarc) return s;
    return std::nullopt;
}

std::optional<MirrorSpec> MirrorConfig::specForPipIndex(const QString &url, const Knowledge &kb)
{
    for (const QString &k : keys())
        if (auto s = spec(k, kb); s && !s->pipIndex.isEmpty() && s->pipIndex == url) return s;
    return std::nullopt;
}

QString MirrorConfig::condarcPath(const QString &home)
{
    return home + QStringLiteral("/.condarc");
}

QString MirrorConfig::pipConfPath(const QString &home)
{
    return home + QStringLiteral("/.config/pip/pip.conf");
}

MirrorEdit MirrorConfig::editCondarc(const std::optional<QByteArray> &current,
                                     const QString &snippet)
{
    MirrorEdit e;
    e.existed = current.has_value();
    e.before = current.value_or(QByteArray());
    if (!validUtf8(e.before)) {
        e.error = tr("~/.condarc is not UTF-8 text, so gpu-setup leaves it alone.");
        return e;
    }
    Lines file = Lines::split(e.before);
    QList<YamlBlock> blocks;
    QString why;
    if (!yamlBlocks(file.lines, &blocks, &why)) {
        e.error = tr("~/.condarc cannot be edited safely (%1); change it by hand or move it "
                     "aside.")
                      .arg(why);
        return e;
    }
    const Lines snip = Lines::split(snippet.toUtf8());
    QList<YamlBlock> snipBlocks;
    if (!yamlBlocks(snip.lines, &snipBlocks, &why)) {
        e.error = tr("The mirror data for .condarc is not simple YAML (%1).").arg(why);
        return e;
    }
    QStringList managed = condaManagedKeys();
    QMap<QString, QList<QByteArray>> wanted;
    QStringList order;
    for (const YamlBlock &b : std::as_const(snipBlocks)) {
        if (b.key.isEmpty()) continue;
        QList<QByteArray> ls;
        for (int i = b.first; i <= b.last; ++i) {
            QByteArray l = snip.lines[i];
            if (l.endsWith('\r')) l.chop(1);
            if (file.eol == "\r\n") l += '\r';
            ls << l;
        }
        wanted.insert(b.key, ls);
        order << b.key;
        if (!managed.contains(b.key)) managed << b.key;
    }
    QSet<QString> seen;
    static const QRegularExpression anchor(QStringLiteral(R"((^|[\s:\[,-])[&*][A-Za-z0-9_-]+)"));
    for (const YamlBlock &b : std::as_const(blocks)) {
        if (!managed.contains(b.key)) continue;
        if (seen.contains(b.key)) {
            e.error = tr("~/.condarc sets \"%1\" twice, so gpu-setup cannot tell which one "
                         "conda uses; fix it by hand.")
                          .arg(b.key);
            return e;
        }
        seen.insert(b.key);
        for (int i = b.first; i <= b.last; ++i)
            if (anchor.match(text(file.lines[i])).hasMatch()) {
                e.error = tr("~/.condarc uses YAML anchors in \"%1\", so gpu-setup leaves it "
                             "alone; change it by hand.")
                              .arg(b.key);
                return e;
            }
    }
    Lines out;
    out.eol = file.eol;
    QSet<QString> emitted;
    for (const YamlBlock &b : std::as_const(blocks)) {
        if (b.key.isEmpty() || !managed.contains(b.key)) {
            for (int i = b.first; i <= b.last; ++i)
                out.lines << file.lines[i];
            continue;
        }
        if (wanted.contains(b.key) && !emitted.contains(b.key)) {
            out.lines << wanted.value(b.key);
            emitted.insert(b.key);
        }
    }
    // A file without a newline at its end keeps that style unless keys are appended after it.
    bool appendAny = false;
    for (const QString &k : std::as_const(order))
        if (!emitted.contains(k)) appendAny = true;
    out.finalNewline = file.lines.isEmpty() || appendAny || file.finalNewline;
    for (const QString &k : std::as_const(order))
        if (!emitted.contains(k)) out.lines << wanted.value(k);
    e.after = out.lines.isEmpty() ? QByteArray() : out.join();
    e.ok = true;
    return e;
}

MirrorEdit MirrorConfig::editPipConf(const std::optional<QByteArray> &current,
                                     const QString &indexUrl)
{
    MirrorEdit e;
    e.existed = current.has_value();
    e.before = current.value_or(QByteArray());
    if (!validUtf8(e.before)) {
        e.error = tr("pip.conf is not UTF-8 text, so gpu-setup leaves it alone.");
        return e;
    }
    Lines file = Lines::split(e.before);
    Ini ini;
    QString why;
    if (!parseIni(file.lines, &ini, &why)) {
        e.error = tr("pip.conf cannot be edited safely (%1); change it by hand or move it aside.")
                      .arg(why);
        return e;
    }
    const QString idx = QStringLiteral("index-url");
    const QString th = QStringLiteral("trusted-host");
    const IniKey *oldIndex = nullptr, *oldTrusted = nullptr;
    for (const IniKey &k : std::as_const(ini.keys)) {
        if (k.section == QLatin1String("global") && k.key == idx) oldIndex = &k;
        if (k.section == QLatin1String("global") && k.key == th) oldTrusted = &k;
        if (k.section != QLatin1String("global") && (k.key == idx || k.key == th)) {
            e.error = tr("pip.conf sets %1 in its own [%2] section, which would override the "
                         "mirror; change it by hand.")
                          .arg(k.key, k.section);
            return e;
        }
    }
    const bool plainHttp = indexUrl.startsWith(QLatin1String("http://"));
    const QString newHost = hostOf(indexUrl);
    const QString oldHost = oldIndex ? hostOf(oldIndex->value) : QString();
    QByteArray eol = file.eol == "\r\n" ? QByteArray("\r") : QByteArray();

    // Per line: keep, drop, or replace.
    QMap<int, QList<QByteArray>> replace; // first line -> new lines (dropped range follows)
    QSet<int> drop;
    auto dropKey = [&](const IniKey *k) {
        for (int i = k->first; i <= k->last; ++i)
            drop.insert(i);
    };
    QList<QByteArray> addToGlobal;
    if (oldIndex) {
        dropKey(oldIndex);
        if (!indexUrl.isEmpty())
            replace[oldIndex->first] = {QByteArray("index-url = ") + indexUrl.toUtf8() + eol};
    } else if (!indexUrl.isEmpty()) {
        addToGlobal << QByteArray("index-url = ") + indexUrl.toUtf8() + eol;
    }
    if (plainHttp && !newHost.isEmpty()) {
        QStringList hosts =
            oldTrusted ? oldTrusted->value.split(QRegularExpression(QStringLiteral("\\s+")),
                                                 Qt::SkipEmptyParts)
                       : QStringList();
        if (!hosts.contains(newHost)) {
            hosts << newHost;
            const QByteArray line = QByteArray("trusted-host = ") + hosts.join(' ').toUtf8() + eol;
            if (oldTrusted) {
                dropKey(oldTrusted);
                replace[oldTrusted->first] = {line};
            } else {
                addToGlobal << line;
            }
        }
    } else if (oldTrusted && !oldHost.isEmpty() && oldTrusted->value == oldHost &&
               oldHost != newHost) {
        dropKey(oldTrusted); // it only served the index we replace
    }
    Lines out;
    out.eol = file.eol;
    out.finalNewline = file.finalNewline || file.lines.isEmpty();
    const int globalLine = ini.sectionHeader.value(QStringLiteral("global"), -1);
    // The [global] section ends at its last non-blank line before the next header.
    int globalEnd = globalLine;
    if (globalLine >= 0)
        for (int i = globalLine + 1; i < file.lines.size(); ++i) {
            const QString t = text(file.lines[i]).trimmed();
            if (t.startsWith(QLatin1Char('['))) break;
            if (!t.isEmpty()) globalEnd = i;
        }
    for (int i = 0; i < file.lines.size(); ++i) {
        if (replace.contains(i)) out.lines << replace.value(i);
        if (!drop.contains(i)) out.lines << file.lines[i];
        if (i == globalEnd && !addToGlobal.isEmpty()) {
            if (!out.finalNewline && i == file.lines.size() - 1) out.finalNewline = true;
            out.lines << addToGlobal;
            addToGlobal.clear();
        }
    }
    if (!addToGlobal.isEmpty()) {
        out.finalNewline = true;
        if (!out.lines.isEmpty() && !text(out.lines.last()).trimmed().isEmpty()) out.lines << eol;
        out.lines << QByteArray("[global]") + eol;
        out.lines << addToGlobal;
    }
    // An official reset that leaves [global] with nothing in it drops the header too.
    if (indexUrl.isEmpty() && globalLine >= 0 && oldIndex) {
        bool empty = true;
        for (int i = globalLine + 1; i <= globalEnd; ++i)
            if (!drop.contains(i) && !text(file.lines[i]).trimmed().isEmpty()) empty = false;
        if (empty) {
            Lines again;
            again.eol = out.eol;
            again.finalNewline = out.finalNewline;
            // Map: the header is the (globalLine - dropped before it)th kept line.
            int kept = 0;
            for (int i = 0; i < globalLine; ++i)
                if (!drop.contains(i)) ++kept;
            for (int i = 0; i < out.lines.size(); ++i)
                if (i != kept) again.lines << out.lines[i];
            out = again;
        }
    }
    e.after = out.lines.isEmpty() ? QByteArray() : out.join();
    e.ok = true;
    return e;
}

MirrorState MirrorConfig::show(const QString &home, const Knowledge &kb, bool env)
{
    MirrorState s;
    s.condarcPath = condarcPath(home);
    const auto rc = FileBackup::read(s.condarcPath);
    s.condarcExists = rc.has_value();
    s.condaMirror = QStringLiteral("official");
    if (rc) {
        static const QRegularExpression url(QStringLiteral(R"(https?://[^\s'"]+)"));
        const Lines file = Lines::split(*rc);
        QList<YamlBlock> blocks;
        QString why;
        if (yamlBlocks(file.lines, &blocks, &why)) {
            QStringList found;
            bool any = false;
            for (const YamlBlock &b : std::as_const(blocks)) {
                if (!condaManagedKeys().contains(b.key) ||
                    b.key == QLatin1String("show_channel_urls"))
                    continue;
                any = true;
                for (int i = b.first; i <= b.last; ++i) {
                    auto it = url.globalMatch(text(file.lines[i]));
                    while (it.hasNext())
                        s.condaUrls << it.next().captured(0);
                }
            }
            s.condaUrls.removeDuplicates();
            QSet<QString> which;
            for (const QString &u : std::as_const(s.condaUrls))
                which.insert(mirrorKeyForUrl(u, kb));
            if (which.size() == 1 && !which.contains(QString()))
                s.condaMirror = *which.begin();
            else if (any && !s.condaUrls.isEmpty())
                s.condaMirror = QStringLiteral("custom");
            else if (any)
                s.condaMirror = QStringLiteral("custom");
        } else {
            s.condaMirror = QStringLiteral("custom");
        }
    }
    s.pipConfPath = pipConfPath(home);
    const QString legacy = home + QStringLiteral("/.pip/pip.conf");
    for (const QString &p : {legacy, s.pipConfPath}) { // later files win in pip
        const auto bytes = FileBackup::read(p);
        if (!bytes) continue;
        Ini ini;
        QString why;
        if (!parseIni(Lines::split(*bytes).lines, &ini, &why)) continue;
        for (const IniKey &k : std::as_const(ini.keys))
            if (k.section == QLatin1String("global") && k.key == QLatin1String("index-url")) {
                s.pipIndexUrl = k.value;
                s.pipIndexFrom = p;
            }
    }
    if (env && !qEnvironmentVariable("PIP_INDEX_URL").isEmpty()) {
        s.pipIndexUrl = qEnvironmentVariable("PIP_INDEX_URL");
        s.pipIndexFrom = QStringLiteral("$PIP_INDEX_URL");
    }
    if (s.pipIndexUrl.isEmpty()) {
        s.pipMirror = QStringLiteral("official");
    } else {
        const QString k = mirrorKeyForUrl(s.pipIndexUrl, kb);
        s.pipMirror = k.isEmpty() ? (hostOf(s.pipIndexUrl) == QLatin1String("pypi.org")
                                         ? QStringLiteral("official")
                                         : QStringLiteral("custom"))
                                  : k;
    }
    return s;
}

} // namespace gpusetup
