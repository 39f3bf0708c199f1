#pragma once
// Helpers shared by the CUDA toolkit and cuDNN stages (and their tests): the gpu-setup profile
// block, where it goes, and which CUDA release a toolkit stage would pick. Pure, like the rest
// of the advisor.
#include "advice/AdviceContext.h"

namespace gpusetup {

// The managed block for the user's shell: PATH gets <toolkitPrefix>/bin (when a prefix is
// given), LD_LIBRARY_PATH gets <toolkitPrefix>/lib64 and then every extra library folder
// (a cuDNN kept outside the toolkit). fish gets fish_add_path / set -gx lines.
QString gpuSetupProfileBlock(const QString &shellKind, const QString &toolkitPrefix,
                             const QStringList &extraLibDirs = {});

// The profile file the block goes into: ~/.bashrc (bash and unknown shells), ~/.zshrc,
// ~/.config/fish/config.fish; a symlinked profile is edited where it leads.
QString shellProfilePath(const AdviceContext &ctx);

// The user's home folder from the facts ("~" when the probe could not tell).
QString adviceHome(const AdviceContext &ctx);

// Is path inside the user's home folder (so no root is needed to write there)?
bool isUnderHome(const AdviceContext &ctx, const QString &path);

// The driver version to compare CUDA requirements with: the running driver (on WSL the
// Windows driver, compared with the Windows column of Table 3). "" when no driver works.
struct ToolkitDriverCheck
{
    bool ok = true;         // the driver is new enough (or there is none to check)
    QString needed;         // the minimum from the data ("560.35.05"); "" when unknown
    QString have;           // the running driver
    QString releaseVersion; // the release row used ("12.6.3")
    bool unverified = false;
};
ToolkitDriverCheck checkDriverFor(const AdviceContext &ctx, const CudaRelease &release);

// Every CUDA release the toolkit stage could install on this machine (all constraints: driver,
// GPU compute capability, Ubuntu repository, runfile with sha256), newest first.
QList<const CudaRelease *> installableCudaReleases(const AdviceContext &ctx);

} // namespace gpusetup
