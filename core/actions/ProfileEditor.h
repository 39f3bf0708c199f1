#pragma once
// Puts gpu-setup's block into a shell profile, replaces or removes it, and never loses a byte
// the user had: it works on raw bytes (CRLF, invalid UTF-8 and a missing final newline all
// survive), writes atomically next to the file, keeps a backup, follows symlinks to their
// target (dotfiles repositories) and keeps the file's mode. A damaged block is refused, not
// guessed at: the user's hand edits may be inside it. The block's text is common/ProfileBlock's,
// the one format the advisor plans and the wizard and the CLI write.
#include "actions/Journal.h"
#include "common/ProfileBlock.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace gpusetup {

// Where gpu-setup's block is in a profile's bytes (the rules are ShellProbe's).
struct ProfileBlockState
{
    bool found = false;      // exactly one complete block
    QString problem;         // why the block is damaged (English, from the probe); "" when fine
    qsizetype begin = -1;    // byte offset of the start marker line
    qsizetype end = -1;      // byte offset just past the end marker line and its line break
    int firstLine = -1;      // 1-based line of the start marker
    int lastLine = -1;       // 1-based line of the end marker
    bool addedBreak = false; // gpu-setup added the line break before the block (see kAddedBreak)
};

// One edit, planned or done.
struct ProfileEditResult
{
    bool ok = false;
    bool changed = false; // false: the file already was as asked and was not touched
    QString message;      // translated, one sentence
    QString details;      // technical
    QString path;         // as asked
    QString target;       // the file written: path with symlinks resolved
    bool existed = false;
    QByteArray before;       // the bytes found ("" when the file did not exist)
    QByteArray after;        // the bytes written (or that would be)
    JournalChange change;    // file-modified (+ backup) or file-created; kind "" when unchanged
    QStringList moved;       // hand-written lines moved into the block (moveHandWritten)
    QStringList leftInPlace; // hand-written CUDA lines that could not be moved safely
};

class ProfileEditor
{
    Q_DECLARE_TR_FUNCTIONS(gpusetup::ProfileEditor)

public:
    // The comment line put inside a block when gpu-setup had to end the user's last line
    // before appending; remove takes that line break back, so the file is byte-identical.
    static const char *const kAddedBreak;

    // backupDir: where the previous bytes go, FileBackup::backupDir(home).
    explicit ProfileEditor(const QString &backupDir) : m_backupDir(backupDir) {}
    QString backupDir() const { return m_backupDir; }

    // "bash", "zsh" or "fish" from $SHELL; "bash" for anything else.
    static QString shellFromEnvironment();
    // The shell's own rc file plus ~/.profile (login shells and the desktop session read it,
    // so programs started from the dock see CUDA too). Empty for an unknown shell.
    static QList<ProfileTarget> profilesFor(const QString &shell, const QString &home);
    // The edits that put `spec`'s block into every profile of `shell` under `home`: what
    // `gpu-setup profile apply` and the wizard's profile steps both write.
    struct Edit
    {
        QString path;
        QByteArray block;
        bool moveHandWritten = false;
    };
    static QList<Edit> editsFor(const QList<ProfileTarget> &targets, const ProfileBlockSpec &spec,
                                bool moveHandWritten);

    // An absolute folder that can be written unquoted into every shell's syntax: no blanks,
    // quotes, $, backticks, colons (PATH separators) or other shell characters. On success
    // *cleaned is the path without "." / ".." / trailing slashes.
    static bool validateDir(const QString &dir, const QString &option, QString *cleaned,
                            QString *error);
    // cuDNN's library folder for a --cudnn DIR: DIR/lib, DIR/lib64 or DIR itself when it holds
    // libcudnn*; "" when cuDNN lives inside the toolkit (nothing to add).
    static QString cudnnLibDir(const QString &cudnnDir, const QString &cudaDir);

    // The whole block, markers included (makeProfileBlock). CUDA_HOME is set too: PyTorch's
    // C++/CUDA extension builds (torch.utils.cpp_extension), CMake projects and many pip source
    // builds look for the toolkit there first and would otherwise pick a different one than PATH.
    static QByteArray makeBlock(ProfileSyntax syntax, const QString &cudaDir,
                                const QStringList &extraLibDirs = {});
    // Hand-written CUDA lines (ShellProbe's) that can be taken out of the file without
    // breaking it: whole top-level statements, not inside an if/for/function nor continued
    // with a backslash. Line numbers are 1-based; *unsafe gets the others.
    static QList<int> movableHandWrittenLines(const QByteArray &text, ProfileSyntax syntax,
                                              QList<int> *unsafe = nullptr);
    // A block given from outside (an advisor step) must be markers around plain lines.
    static bool isWellFormedBlock(const QByteArray &block, QString *error);

    // Pure byte edits; false + one sentence when the file's block is damaged. Lines an older
    // block had moved in stay in the new one (they are the user's, kept inactive).
    static ProfileBlockState findBlock(const QByteArray &text);
    static bool withBlock(const QByteArray &text, const QByteArray &block, QByteArray *out,
                          QString *error);
    static bool withoutBlock(const QByteArray &text, QByteArray *out, QString *error);
    // Unified-diff-like lines for before -> after (3 lines of context).
    static QStringList diff(const QString &oldName, const QString &newName,
                            const QByteArray &before, const QByteArray &after);

    // Reads the profile and computes the edit; writes nothing. An empty block means remove.
    // moveHandWritten: the movable hand-written CUDA lines leave their place and go into the
    // block behind kMovedLinePrefix (the only edit outside the block, and only when asked).
    ProfileEditResult preview(const QString &path, const QByteArray &block,
                              bool moveHandWritten = false) const;
    // preview() + backup of the previous bytes + atomic write (QSaveFile, mode kept).
    ProfileEditResult commit(const QString &path, const QByteArray &block,
                             bool moveHandWritten = false) const;
    // Undoes a commit: puts `before` back (removes a file it created), but only while the file
    // still holds exactly `after`; otherwise it refuses, naming the backup.
    static bool restore(const ProfileEditResult &done, QString *error);

private:
    QString m_backupDir;
};

} // namespace gpusetup
