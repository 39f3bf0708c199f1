#pragma once
// gpu-setup's shell profile block as text: the one format the advisor plans, ProfileEditor
// writes (for the wizard and the CLI alike) and the wizard reads back to learn what a new
// shell will see. Pure functions over bytes and strings; no file is touched here.
#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace gpusetup {

inline constexpr const char *kManagedBlockStart = "# >>> gpu-setup >>>";
inline constexpr const char *kManagedBlockEnd = "# <<< gpu-setup <<<";
// The comment under the start marker of every block gpu-setup writes.
inline constexpr const char *kManagedBlockHeader =
    "# Written by gpu-setup; 'gpu-setup profile remove' takes it out.";
// A hand-written CUDA line moved into the block: kept there behind this prefix, so it no longer
// runs but is not lost (undo of the move restores the file byte for byte).
inline constexpr const char *kMovedLinePrefix = "# moved here by gpu-setup: ";

enum class ProfileSyntax { Posix, Fish };

struct ProfileTarget
{
    QString path; // as the user knows it: /home/u/.bashrc
    ProfileSyntax syntax = ProfileSyntax::Posix;
    bool operator==(const ProfileTarget &) const = default;
};

// What a block does. The block is a function of this alone, so two writers given the same
// spec write the same bytes.
struct ProfileBlockSpec
{
    QString cudaDir;          // CUDA_HOME, <cudaDir>/bin first on PATH, <cudaDir>/lib64 first
                              // on LD_LIBRARY_PATH; "" = no toolkit
    QStringList extraLibDirs; // after lib64 on LD_LIBRARY_PATH (a cuDNN kept outside the toolkit)
    QStringList movedLines;   // hand-written lines kept inactive in the block, as written
    bool operator==(const ProfileBlockSpec &) const = default;
};

// "bash", "zsh" or "fish" for a shell path or name ("/usr/bin/zsh"); "bash" for anything else.
QString profileShellKind(const QString &shell);
// The shell's own rc file plus ~/.profile (login shells and the desktop session read it, so
// programs started from the dock see CUDA too).
QList<ProfileTarget> profileTargets(const QString &shellKind, const QString &home);
// Fish for a config.fish, Posix for everything else.
ProfileSyntax profileSyntaxOf(const QString &path);

// The whole block, markers included, ending in a line break.
QByteArray makeProfileBlock(ProfileSyntax syntax, const ProfileBlockSpec &spec);
// A block back into its spec: only a block makeProfileBlock writes byte for byte (a block
// given from outside, e.g. a plan step, cannot smuggle other commands in). nullopt otherwise.
std::optional<ProfileBlockSpec> parseProfileBlock(const QByteArray &block, ProfileSyntax syntax);
// The moved lines in any block text (lenient: a block edited by hand still gives them).
QStringList movedLinesOf(const QByteArray &block);
// Any block read leniently into a spec (the forms gpu-setup writes now or wrote before).
ProfileBlockSpec readProfileBlock(const QByteArray &block, ProfileSyntax syntax);

// The block between the markers of a profile's bytes, markers included; "" when the file has
// no complete block, or more than one.
QByteArray managedBlockOf(const QByteArray &fileText);

// The environment after a shell read the block: the toolkit's bin first on PATH, the library
// folders first on LD_LIBRARY_PATH, CUDA_HOME set, and the folders the moved hand-written
// lines had added taken out again (a new shell no longer gets them). Read leniently line by
// line from the forms gpu-setup writes (a hand-edited block still counts); nothing is run.
// Returns only the variables that change: name -> new value ("" with present=false: unset).
struct EnvChange
{
    QString value;
    bool present = true;
    bool operator==(const EnvChange &) const = default;
};
QMap<QString, EnvChange> profileBlockEnvironment(const QByteArray &block, ProfileSyntax syntax,
                                                 const QMap<QString, QString> &environment);

} // namespace gpusetup
