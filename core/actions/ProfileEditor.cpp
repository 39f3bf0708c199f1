#include "actions/ProfileEditor.h"

#include "probe/ShellProbe.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>

#include <algorithm>

namespace gpusetup {

const char *const ProfileEditor::kAddedBreak =
    "# (gpu-setup ended the line above with a line break; remove takes it back)";

namespace {

constexpr qint64 kMaxProfileBytes = 16 * 1024 * 1024;

// Control characters shown as '?', so an error about a bad path stays one line.
QString printable(const QString &s)
{
    QString out = s;
    for (QChar &c : out)
        if (c.unicode() < 0x20 || c.unicode() == 0x7f) c = QLatin1Char('?');
    return out;
}

// Splits into lines that keep their "\n" (the last one may have none).
QList<QByteArray> linesOf(const QByteArray &text)
{
    QList<QByteArray> out;
    qsizetype pos = 0;
    while (pos < text.size()) {
        const qsizetype nl = text.indexOf('\n', pos);
        const qsizetype end = nl < 0 ? text.size() : nl + 1;
        out << text.mid(pos, end - pos);
        pos = end;
    }
    return out;
}

QByteArray withNote(const QByteArray &block)
{
    const qsizetype firstBreak = block.indexOf('\n');
    QByteArray out = block;
    out.insert(firstBreak + 1, QByteArray(ProfileEditor::kAddedBreak) + '\n');
    return out;
}

bool readAllBytes(const QString &path, QByteArray *bytes, QString *why)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *why = f.errorString();
        return false;
    }
    if (f.size() > kMaxProfileBytes) {
        *why = QStringLiteral("larger than 16 MiB");
        return false;
    }
    *bytes = f.readAll();
    return true;
}

} // namespace

QString ProfileEditor::shellFromEnvironment()
{
    const QString kind = shellKindOf(qEnvironmentVariable("SHELL"));
    if (kind == QLatin1String("zsh") || kind == QLatin1String("fish")) return kind;
    return QStringLiteral("bash");
}

QList<ProfileTarget> ProfileEditor::profilesFor(const QString &shell, const QString &home)
{
    if (shell != QLatin1String("bash") && shell != QLatin1String("zsh") &&
        shell != QLatin1String("fish"))
        return {};
    return profileTargets(shell, home);
}

QList<ProfileEditor::Edit> ProfileEditor::editsFor(const QList<ProfileTarget> &targets,
                                                   const ProfileBlockSpec &spec,
                                                   bool moveHandWritten)
{
    ProfileBlockSpec own = spec;
    own.movedLines.clear(); // each file's own hand-written lines, found when it is read
    QList<Edit> out;
    for (const ProfileTarget &t : targets)
        out << Edit{t.path, makeProfileBlock(t.syntax, own), moveHandWritten};
    return out;
}

bool ProfileEditor::validateDir(const QString &dir, const QString &option, QString *cleaned,
                                QString *error)
{
    static const QString forbidden = QStringLiteral(" \t\"'$`\\;&|<>()*?[]{}~#!:^");
    if (dir.isEmpty()) {
        *error = tr("%1 needs a folder.").arg(option);
        return false;
    }
    for (const QChar c : dir) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f || forbidden.contains(c) || c.isSpace()) {
            *error = tr("%1 \"%2\" contains a blank, quote, $, backtick, colon or other shell "
                        "character, which cannot be written safely into a shell profile.")
                         .arg(option, printable(dir));
            return false;
        }
    }
    if (!dir.startsWith(QLatin1Char('/'))) {
        *error = tr("%1 must be an absolute folder such as /usr/local/cuda-12.4, not \"%2\".")
                     .arg(option, dir);
        return false;
    }
    const QString clean = QDir::cleanPath(dir);
    if (clean == QLatin1String("/")) {
        *error = tr("%1 cannot be the root folder.").arg(option);
        return false;
    }
    if (cleaned) *cleaned = clean;
    return true;
}

QString ProfileEditor::cudnnLibDir(const QString &cudnnDir, const QString &cudaDir)
{
    if (cudnnDir.isEmpty()) return {};
    if (!cudaDir.isEmpty() &&
        (cudnnDir == cudaDir || cudnnDir.startsWith(cudaDir + QLatin1Char('/'))))
        return {}; // copied into the toolkit: its lib64 is already on the path
    const QDir d(cudnnDir);
    if (!d.entryList({QStringLiteral("libcudnn*")}, QDir::Files | QDir::System).isEmpty())
        return cudnnDir;
    for (const QString &sub : {QStringLiteral("lib"), QStringLiteral("lib64")})
        if (QFileInfo(cudnnDir + QLatin1Char('/') + sub).isDir())
            return cudnnDir + QLatin1Char('/') + sub;
    return cudnnDir + QStringLiteral("/lib"); // the layout of NVIDIA's redistrib archives
}

QByteArray ProfileEditor::makeBlock(ProfileSyntax syntax, const QString &cudaDir,
                                    const QStringList &extraLibDirs)
{
    return makeProfileBlock(syntax, ProfileBlockSpec{cudaDir, extraLibDirs, {}});
}

QList<int> ProfileEditor::movableHandWrittenLines(const QByteArray &text, ProfileSyntax syntax,
                                                  QList<int> *unsafe)
{
    const ProfileFile scanned = scanProfileText(QString::fromLatin1(text));
    QList<int> candidates;
    for (const ShellLine &l : scanned.cudaLines)
        candidates << l.line;
    QList<int> out;
    if (candidates.isEmpty()) return out;
    // Compound depth at the start and end of every line: only a whole top-level statement
    // can leave without leaving an empty `then` (a bash syntax error) behind.
    static const QStringList posixOpen{QStringLiteral("if"),    QStringLiteral("for"),
                                       QStringLiteral("while"), QStringLiteral("until"),
                                       QStringLiteral("case"),  QStringLiteral("{"),
                                       QStringLiteral("(")};
    static const QStringList posixClose{QStringLiteral("fi"), QStringLiteral("done"),
                                        QStringLiteral("esac"), QStringLiteral("}"),
                                        QStringLiteral(")")};
    static const QStringList fishOpen{QStringLiteral("if"),    QStringLiteral("for"),
                                      QStringLiteral("while"), QStringLiteral("function"),
                                      QStringLiteral("begin"), QStringLiteral("switch")};
    static const QStringList fishClose{QStringLiteral("end")};
    const QStringList &opens = syntax == ProfileSyntax::Fish ? fishOpen : posixOpen;
    const QStringList &closes = syntax == ProfileSyntax::Fish ? fishClose : posixClose;
    static const QRegularExpression segments(QStringLiteral(";|&&|\\|\\||\\||&"));
    const QList<QByteArray> lines = linesOf(text);
    int depth = 0;
    bool continued = false;
    for (int i = 0; i < lines.size(); ++i) {
        QString code = QString::fromLatin1(lines[i]);
        while (code.endsWith(QLatin1Char('\n')) || code.endsWith(QLatin1Char('\r')))
            code.chop(1);
        const int n = i + 1;
        const int startDepth = depth;
        const bool startContinued = continued;
        continued = code.endsWith(QLatin1Char('\\'));
        // Comments out: a '#' starting a word.
        const qsizetype hash = code.indexOf(QRegularExpression(QStringLiteral("(^|\\s)#")));
        if (hash >= 0) code = code.left(hash);
        for (const QString &seg : code.split(segments)) {
            QStringList words =
                seg.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
            // `then`, `do`, `else` put the next word in command position.
            while (!words.isEmpty() &&
                   (words.first() == QLatin1String("then") ||
                    words.first() == QLatin1String("do") ||
                    words.first() == QLatin1String("else") || words.first() == QLatin1String("!")))
                words.removeFirst();
            if (words.isEmpty()) continue;
            if (opens.contains(words.first())) ++depth;
            if (closes.contains(words.first())) depth = qMax(0, depth - 1);
            // "function name {" / "name() {": the brace opens a body.
            if (syntax == ProfileSyntax::Posix && words.size() > 1 &&
                words.last() == QLatin1String("{") && words.first() != QLatin1String("{"))
                ++depth;
        }
        if (!candidates.contains(n)) continue;
        const bool safe = startDepth == 0 && depth == 0 && !startContinued && !continued;
        if (safe)
            out << n;
        else if (unsafe)
            *unsafe << n;
    }
    return out;
}

bool ProfileEditor::isWellFormedBlock(const QByteArray &block, QString *error)
{
    const ProfileBlockState s = findBlock(block);
    const QList<QByteArray> lines = linesOf(block);
    const bool ok = s.found && s.begin == 0 && s.end == block.size() && block.endsWith('\n') &&
                    !block.contains('\r') &&
                    lines.first() == QByteArray(kManagedBlockStart) + '\n' &&
                    lines.last() == QByteArray(kManagedBlockEnd) + '\n';
    if (!ok && error)
        *error = tr("The text to write is not a gpu-setup block: it must start with the line "
                    "\"%1\" and end with the line \"%2\".")
                     .arg(QLatin1String(kManagedBlockStart), QLatin1String(kManagedBlockEnd));
    return ok;
}

ProfileBlockState ProfileEditor::findBlock(const QByteArray &text)
{
    // Latin-1 maps each byte to one character, so the probe's line numbers are byte lines and
    // invalid UTF-8 cannot shift them.
    const ProfileFile p = scanProfileText(QString::fromLatin1(text));
    ProfileBlockState s;
    if (p.block == FactState::Broken) {
        s.problem = p.blockProblem;
        s.firstLine = p.blockStart;
        return s;
    }
    if (p.block != FactState::Found) return s;
    s.found = true;
    s.firstLine = p.blockStart;
    s.lastLine = p.blockEnd;
    qsizetype pos = 0;
    int line = 1;
    for (; line < s.firstLine; ++line)
        pos = text.indexOf('\n', pos) + 1;
    s.begin = pos;
    for (; line <= s.lastLine; ++line) {
        const qsizetype nl = text.indexOf('\n', pos);
        const qsizetype end = nl < 0 ? text.size() : nl + 1;
        if (text.mid(pos, end - pos).trimmed() == kAddedBreak) s.addedBreak = true;
        pos = end;
    }
    s.end = pos;
    return s;
}

namespace {
// block with `extra` moved lines added after its own (where makeProfileBlock puts them).
QByteArray withMovedLines(const QByteArray &block, const QStringList &extra)
{
    if (extra.isEmpty()) return block;
    QList<QByteArray> lines = linesOf(block);
    qsizetype at = 1;
    if (lines.size() > 1 && lines[1].trimmed() == kManagedBlockHeader) at = 2;
    while (at < lines.size() && lines[at].startsWith(kMovedLinePrefix))
        ++at;
    for (const QString &m : extra)
        lines.insert(at++, QByteArray(kMovedLinePrefix) + m.toUtf8() + '\n');
    return lines.join();
}
} // namespace

bool ProfileEditor::withBlock(const QByteArray &text, const QByteArray &block, QByteArray *out,
                              QString *error)
{
    const ProfileBlockState s = findBlock(text);
    if (!s.problem.isEmpty()) {
        if (error)
            *error = tr("its gpu-setup block is damaged (%1), so gpu-setup leaves it alone; fix "
                        "or delete the marker lines by hand.")
                         .arg(s.problem);
        return false;
    }
    if (s.found) {
        // Lines moved in by an earlier edit are the user's: the new block keeps them.
        QStringList carried;
        const QStringList now = movedLinesOf(block);
        for (const QString &m : movedLinesOf(text.mid(s.begin, s.end - s.begin)))
            if (!now.contains(m) && !carried.contains(m)) carried << m;
        const QByteArray full = withMovedLines(block, carried);
        *out = text.left(s.begin) + (s.addedBreak ? withNote(full) : full) + text.mid(s.end);
    } else if (text.isEmpty()) {
        *out = block;
    } else if (text.endsWith('\n')) {
        *out = text + block;
    } else {
        *out = text + '\n' + withNote(block);
    }
    return true;
}

bool ProfileEditor::withoutBlock(const QByteArray &text, QByteArray *out, QString *error)
{
    const ProfileBlockState s = findBlock(text);
    if (!s.problem.isEmpty()) {
        if (error)
            *error = tr("its gpu-setup block is damaged (%1), so gpu-setup leaves it alone; fix "
                        "or delete the marker lines by hand.")
                         .arg(s.problem);
        return false;
    }
    if (!s.found) {
        *out = text;
        return true;
    }
    qsizetype begin = s.begin;
    // Take back the line break gpu-setup added, but only while nothing follows the block:
    // otherwise the user's last line would be glued to what came after.
    if (s.addedBreak && s.end == text.size() && begin > 0 && text.at(begin - 1) == '\n') --begin;
    *out = text.left(begin) + text.mid(s.end);
    return true;
}

QStringList ProfileEditor::diff(const QString &oldName, const QString &newName,
                                const QByteArray &before, const QByteArray &after)
{
    if (before == after) return {};
    const QList<QByteArray> a = linesOf(before);
    const QList<QByteArray> b = linesOf(after);
    qsizetype prefix = 0;
    while (prefix < a.size() && prefix < b.size() && a[prefix] == b[prefix])
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < a.size() - prefix && suffix < b.size() - prefix &&
           a[a.size() - 1 - suffix] == b[b.size() - 1 - suffix])
        ++suffix;
    constexpr qsizetype kContext = 3;
    const qsizetype from = std::max<qsizetype>(0, prefix - kContext);
    const qsizetype tail = std::min(suffix, kContext);
    const qsizetype oldCount = a.size() - suffix + tail - from;
    const qsizetype newCount = b.size() - suffix + tail - from;
    auto range = [from](qsizetype count) {
        return QStringLiteral("%1,%2").arg(count == 0 ? from : from + 1).arg(count);
    };
    QStringList out;
    out << QStringLiteral("--- %1").arg(oldName) << QStringLiteral("+++ %1").arg(newName)
        << QStringLiteral("@@ -%1 +%2 @@").arg(range(oldCount), range(newCount));
    auto emitLine = [&out](char sign, const QByteArray &line) {
        QByteArray shown = line;
        const bool eol = shown.endsWith('\n');
        if (eol) shown.chop(1);
        if (shown.endsWith('\r')) shown.chop(1);
        out << QLatin1Char(sign) + QString::fromUtf8(shown);
        if (!eol) out << QStringLiteral("\\ No newline at end of file");
    };
    for (qsizetype i = from; i < prefix; ++i)
        emitLine(' ', a[i]);
    for (qsizetype i = prefix; i < a.size() - suffix; ++i)
        emitLine('-', a[i]);
    for (qsizetype i = prefix; i < b.size() - suffix; ++i)
        emitLine('+', b[i]);
    for (qsizetype i = a.size() - suffix; i < a.size() - suffix + tail; ++i)
        emitLine(' ', a[i]);
    return out;
}

ProfileEditResult ProfileEditor::preview(const QString &path, const QByteArray &block,
                                         bool moveHandWritten) const
{
    ProfileEditResult r;
    r.path = path;
    QString why;
    if (!block.isEmpty() && !isWellFormedBlock(block, &why)) {
        r.message = why;
        return r;
    }
    const QFileInfo fi(path);
    if (fi.isSymLink()) {
        r.target = fi.canonicalFilePath(); // a dotfiles repository: edit the file it leads to
        if (r.target.isEmpty()) {
            r.message = tr("%1 is a link to %2, which does not exist; fix or remove the link "
                           "first.")
                            .arg(path, fi.symLinkTarget());
            return r;
        }
    } else {
        r.target = fi.absoluteFilePath();
    }
    const QFileInfo ti(r.target);
    r.existed = ti.exists();
    if (r.existed && !ti.isFile()) {
        r.message = tr("%1 is not a regular file, so gpu-setup does not edit it.").arg(path);
        return r;
    }
    if (r.existed && !readAllBytes(r.target, &r.before, &why)) {
        r.message = tr("Cannot read %1 (%2).").arg(path, why);
        return r;
    }
    const bool removing = block.isEmpty();
    QByteArray text = r.before;
    QByteArray toWrite = block;
    if (moveHandWritten && !removing && findBlock(r.before).problem.isEmpty()) {
        // The hand-written CUDA lines leave their place (byte-exact, line break included) and
        // go into the block, inactive; the ones inside an if/for stay, named in the result.
        QList<int> unsafe;
        const QList<int> movable =
            movableHandWrittenLines(r.before, profileSyntaxOf(path), &unsafe);
        const QList<QByteArray> lines = linesOf(r.before);
        QByteArray kept;
        for (int i = 0; i < lines.size(); ++i) {
            if (!movable.contains(i + 1)) {
                kept += lines[i];
                continue;
            }
            QByteArray l = lines[i];
            while (l.endsWith('\n') || l.endsWith('\r'))
                l.chop(1);
            r.moved << QString::fromUtf8(l);
        }
        for (const int n : unsafe) {
            QByteArray l = lines.value(n - 1);
            while (l.endsWith('\n') || l.endsWith('\r'))
                l.chop(1);
            r.leftInPlace << QStringLiteral("%1:%2: %3").arg(path).arg(n).arg(QString::fromUtf8(l));
        }
        text = kept;
        QStringList fresh;
        const QStringList already = movedLinesOf(block);
        for (const QString &m : r.moved)
            if (!already.contains(m)) fresh << m;
        toWrite = withMovedLines(block, fresh);
        // Moving only (no toolkit in the given block): a block the file already has keeps
        // what it does; the moved lines join it.
        const ProfileSyntax syntax = profileSyntaxOf(path);
        const ProfileBlockState had = findBlock(r.before);
        const ProfileBlockSpec given = readProfileBlock(block, syntax);
        if (had.found && given.cudaDir.isEmpty() && given.extraLibDirs.isEmpty()) {
            ProfileBlockSpec kept =
                readProfileBlock(r.before.mid(had.begin, had.end - had.begin), syntax);
            for (const QString &m : given.movedLines + fresh)
                if (!kept.movedLines.contains(m)) kept.movedLines << m;
            toWrite = makeProfileBlock(syntax, kept);
        }
    }
    // Only moving, and this file has nothing to move nor a block: leave it alone (no empty block).
    if (moveHandWritten && !removing && r.moved.isEmpty() && !findBlock(r.before).found) {
        const auto spec = parseProfileBlock(block, profileSyntaxOf(path));
        if (spec && *spec == ProfileBlockSpec{}) {
            r.ok = true;
            r.after = r.before;
            r.changed = false;
            r.message = tr("%1 has no hand-written CUDA lines to move.").arg(path);
            return r;
        }
    }
    bool fine =
        removing ? withoutBlock(text, &r.after, &why) : withBlock(text, toWrite, &r.after, &why);
    if (!fine) {
        r.message = QStringLiteral("%1: %2").arg(path, why);
        return r;
    }
    r.ok = true;
    r.changed = r.existed ? r.after != r.before : !removing;
    const ProfileBlockState had = findBlock(r.before);
    if (!r.changed)
        r.message = removing ? tr("%1 has no gpu-setup block.").arg(path)
                             : tr("%1 already has this gpu-setup block.").arg(path);
    else if (removing)
        r.message = tr("Removes the gpu-setup block from %1.").arg(path);
    else if (!r.existed)
        r.message = tr("Creates %1 with the gpu-setup block.").arg(path);
    else if (had.found)
        r.message = tr("Replaces the gpu-setup block in %1.").arg(path);
    else
        r.message = tr("Adds the gpu-setup block to the end of %1.").arg(path);
    if (r.target != QFileInfo(path).absoluteFilePath())
        r.details = QStringLiteral("%1 is a link; the edit goes to %2").arg(path, r.target);
    return r;
}

ProfileEditResult ProfileEditor::commit(const QString &path, const QByteArray &block,
                                        bool moveHandWritten) const
{
    ProfileEditResult r = preview(path, block, moveHandWritten);
    if (!r.ok || !r.changed) return r;
    auto fail = [&r](const QString &message, const QString &details) {
        r.ok = false;
        r.changed = false;
        r.message = message;
        r.details = details;
        return r;
    };
    const QFileInfo ti(r.target);
    if (r.existed && !ti.isWritable())
        return fail(tr("%1 is read-only, so gpu-setup leaves it alone.").arg(path), r.target);
    const QString dir = ti.absolutePath();
    if (!r.existed && !QDir().mkpath(dir))
        return fail(tr("Cannot create the folder %1; nothing was changed.").arg(dir), dir);

    // The previous bytes first: a crash after this point still leaves them on disk.
    QString backup;
    if (r.existed) {
        const QString base = QDir(m_backupDir).absolutePath();
        if (!QDir().mkpath(base))
            return fail(
                tr("Cannot create the backup folder %1; %2 was not changed.").arg(base, path),
                base);
        QFile::setPermissions(base, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QString name = ti.fileName();
        while (name.startsWith(QLatin1Char('.')))
            name.remove(0, 1);
        if (name.isEmpty()) name = QStringLiteral("profile");
        const QString stamp =
            QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd'T'HHmmss.zzz'Z'"));
        backup = QStringLiteral("%1/%2.%3").arg(base, name, stamp);
        for (int n = 2; QFileInfo::exists(backup) || QFileInfo(backup).isSymLink(); ++n)
            backup = QStringLiteral("%1/%2.%3-%4").arg(base, name, stamp).arg(n);
        QSaveFile b(backup);
        if (!b.open(QIODevice::WriteOnly) ||
            !b.setPermissions(QFile::ReadOwner | QFile::WriteOwner) ||
            b.write(r.before) != r.before.size() || !b.commit())
            return fail(tr("Cannot keep a backup of %1 in %2; it was not changed.").arg(path, base),
                        b.errorString());
    }
    // Someone (an editor, another installer) changed it since it was read: start over.
    QByteArray now;
    QString why;
    if (r.existed && (!readAllBytes(r.target, &now, &why) || now != r.before)) {
        QFile::remove(backup);
        return fail(tr("%1 changed while gpu-setup was editing it; it was left as it was, try "
                       "again.")
                        .arg(path),
                    why);
    }
    QSaveFile f(r.target); // a temporary file in the same folder, renamed over the target
    f.setDirectWriteFallback(false);
    if (!f.open(QIODevice::WriteOnly) || f.write(r.after) != r.after.size() || !f.commit()) {
        const QString err = f.errorString();
        if (!backup.isEmpty()) QFile::remove(backup);
        return fail(tr("Cannot write %1 (%2); it was left as it was.").arg(path, err), err);
    }
    const ProfileBlockState had = findBlock(r.before);
    const QString detail = block.isEmpty() ? QStringLiteral("gpu-setup block removed")
                           : had.found     ? QStringLiteral("gpu-setup block replaced")
                                           : QStringLiteral("gpu-setup block added");
    if (r.existed)
        r.change = {QStringLiteral("file-modified"), r.target, backup, detail};
    else
        r.change = {QStringLiteral("file-created"), r.target, QString(), detail};
    if (block.isEmpty())
        r.message = tr("Removed the gpu-setup block from %1.").arg(path);
    else if (!r.existed)
        r.message = tr("Created %1 with the gpu-setup block.").arg(path);
    else if (had.found)
        r.message = tr("Replaced the gpu-setup block in %1.").arg(path);
    else
        r.message = tr("Added the gpu-setup block to the end of %1.").arg(path);
    if (!backup.isEmpty())
        r.details += (r.details.isEmpty() ? QString() : QStringLiteral("; ")) +
                     QStringLiteral("previous bytes kept in %1").arg(backup);
    return r;
}

bool ProfileEditor::restore(const ProfileEditResult &done, QString *error)
{
    if (!done.changed) return true;
    QByteArray now;
    QString why;
    const bool exists = QFileInfo::exists(done.target);
    if (!exists || !readAllBytes(done.target, &now, &why) || now != done.after) {
        if (error)
            *error = done.existed
                         ? tr("%1 was changed after gpu-setup edited it, so it was not restored; "
                              "its previous version is in %2.")
                               .arg(done.path, done.change.backup)
                         : tr("%1 was changed after gpu-setup created it, so it was left in "
                              "place.")
                               .arg(done.path);
        return false;
    }
    if (!done.existed) {
        if (!QFile::remove(done.target)) {
            if (error) *error = tr("Cannot remove %1, which gpu-setup created.").arg(done.path);
            return false;
        }
        return true;
    }
    QSaveFile f(done.target);
    f.setDirectWriteFallback(false);
    if (!f.open(QIODevice::WriteOnly) || f.write(done.before) != done.before.size() ||
        !f.commit()) {
        if (error)
            *error = tr("Cannot restore %1 (%2); its previous version is in %3.")
                         .arg(done.path, f.errorString(), done.change.backup);
        return false;
    }
    return true;
}

} // namespace gpusetup
