#pragma once
// The login shell and its profile files: where gpu-setup's managed block lives (or would go),
// and the CUDA lines a student pasted by hand that would fight with it.
#include "common/ProfileBlock.h" // kManagedBlockStart / End
#include "host/Host.h"
#include "probe/Fact.h"

namespace gpusetup {

// One line of a profile or system file that puts CUDA on a path or sets a CUDA variable.
struct ShellLine
{
    QString file;     // machine path of the file it is in
    int line = 0;     // 1-based
    QString text;     // the line as written (trailing CR removed)
    QString variable; // PATH, LD_LIBRARY_PATH, CUDA_HOME, CUDA_PATH, fish_add_path...; "" if none
    bool operator==(const ShellLine &) const = default;
};
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE(ShellLine, file, line, text, variable)

struct ProfileFile
{
    QString path;        // "/home/u/.bashrc"
    bool exists = false; // a readable regular file (after following links)
    bool isSymlink = false;
    QString linkTarget;   // raw link target, when a symlink
    QString resolvedPath; // where edits must go; "" when missing / dangling
    // gpu-setup's block: absent, found (one complete block), broken (see blockProblem).
    FactState block = FactState::Absent;
    int blockStart = -1;     // line of "# >>> gpu-setup >>>"
    int blockEnd = -1;       // line of "# <<< gpu-setup <<<", -1 when missing
    QString blockProblem;    // why the block is broken, in one sentence
    bool condaBlock = false; // "# >>> conda initialize >>>" present
    int condaStart = -1;
    int condaEnd = -1;
    bool crlf = false;          // Windows line endings: bash chokes on "\r"
    QList<ShellLine> cudaLines; // hand-written CUDA lines outside managed blocks
};
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE(ProfileFile, path, exists, isSymlink, linkTarget, resolvedPath,
                                   block, blockStart, blockEnd, blockProblem, condaBlock,
                                   condaStart, condaEnd, crlf, cudaLines)

struct ShellFacts
{
    FactState state = FactState::Unknown; // found when the home folder was checked
    QString loginShell;                   // "/bin/bash", "" when unknown
    QString shellKind;                    // "bash", "zsh", "fish", "other", "" when unknown
    QString shellSource;                  // "/etc/passwd" or "env SHELL"
    QList<ProfileFile> profiles;          // every candidate under home, existing or not
    QStringList systemProfileFiles;       // /etc/profile.d/*cuda*
    QList<ShellLine> systemCudaLines;     // CUDA lines in those and in /etc/environment
    EvidenceList evidence;
};
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE(ShellFacts, state, loginShell, shellKind, shellSource, profiles,
                                   systemProfileFiles, systemCudaLines, evidence)

// The profile files looked at, relative to home, in this order.
QStringList profileCandidates();
// Field 7 of the user's line in passwd text; *found false when the user has no line.
// An empty field means /bin/sh (passwd(5)).
QString loginShellFromPasswd(const QString &passwd, const QString &user, bool *found = nullptr);
// "bash", "zsh", "fish", "other"; "" for an empty path.
QString shellKindOf(const QString &shellPath);
// Scans a profile's text: blocks, CRLF and hand-written CUDA lines (file left empty in them).
ProfileFile scanProfileText(const QString &text);
// Which variable a (non-comment) line sets or extends, "" when it sets none we care about.
QString cudaVariableOf(const QString &line);

ShellFacts probeShell(const Host &host, int timeoutMs);
QStringList describeShell(const ShellFacts &f);

} // namespace gpusetup
