#include "probe/Facts.h"

#include "knowledge/GpuCatalog.h"

#include <spdlog/spdlog.h>

#include <QElapsedTimer>

#include <future>

namespace gpusetup {

Facts probeAll(const Host &host, const ProbeOptions &options)
{
    QElapsedTimer t;
    t.start();
    const int timeout = options.commandTimeoutMs;
    Facts f;
    // The probes that wait on slow or hanging commands run side by side; the rest are
    // file reads and run here meanwhile.
    auto async = [](auto fn) { return std::async(std::launch::async, fn); };
    auto driver = async([&] { return probeDriver(host, timeout); });
    auto conda = async([&] { return probeConda(host, timeout); });
    auto cuda = async([&] {
        CudaFacts c = probeCuda(host, timeout);
        return std::make_pair(c, probeCudnn(host, c, timeout));
    });
    auto system = async([&] {
        f.os = probeOs(host, timeout);
        f.disk = probeDisk(host, timeout);
        f.boot = probeBoot(host, timeout);
    });
    f.machine = probeMachine(host);
    f.gpus = probeGpus(host, timeout);
    f.shell = probeShell(host, timeout);
    system.get();
    std::tie(f.cuda, f.cudnn) = cuda.get();
    f.conda = conda.get();
    f.driver = driver.get();
    // With the driver's view in, each GPU's identity is decided once more: NVML names it best.
    if (!f.driver.gpus.isEmpty()) identifyGpus(f.gpus, GpuCatalog::builtin(), &f.driver);
    // Under Secure Boot on Ubuntu the driver to install loads at once (Canonical-signed
    // prebuilt modules) or needs the local key enrolled (DKMS): ask apt which, only then.
    if (f.os.release.family == QLatin1String("ubuntu") &&
        f.boot.secureBoot == SecureBootState::Enabled && f.driver.status != DriverStatus::Ok &&
        !f.os.kernelRelease.isEmpty()) {
        Evidence e;
        f.driver.prebuilt = probePrebuiltModules(host, f.os.kernelRelease, timeout, &e);
        f.driver.evidence.push_back(e);
    }
    spdlog::info("probed {} in {} ms", host.describe().toStdString(), t.elapsed());
    return f;
}

QStringList doctorSummary(const Facts &f)
{
    QStringList out;
    // GPU: the PCI bus is the truth on a normal machine; under WSL2 the GPU is only visible
    // through the driver that Windows lends.
    if (f.gpus.nvidiaCount > 0) {
        for (const GpuDevice &g : f.gpus.gpus) {
            if (!g.nvidia) continue;
            QStringList about;
            if (!g.architecture.isEmpty()) about << g.architecture;
            if (!g.computeCapability.isEmpty())
                about << QStringLiteral("compute capability %1").arg(g.computeCapability);
            if (g.olderThanKepler)
                about << QStringLiteral("chip %1, older than Kepler").arg(g.chip);
            if (g.memoryGb > 0) about << QStringLiteral("%1 GB").arg(g.memoryGb);
            if (g.laptop) about << QStringLiteral("laptop GPU");
            const QString name =
                g.name == g.vendorId + QLatin1Char(':') + g.deviceId
                    ? QStringLiteral("%1 (a model none of the built-in data or pci.ids knows)")
                          .arg(g.name)
                    : g.name;
            out << QStringLiteral("NVIDIA GPU: %1%2 at %3, driven by %4.")
                       .arg(name,
                            about.isEmpty()
                                ? QString()
                                : QStringLiteral(" (%1)").arg(about.join(QStringLiteral(", "))),
                            g.slot, g.driver.isEmpty() ? QStringLiteral("no driver") : g.driver);
        }
        if (f.gpus.hybrid)
            out << (f.machine.formFactor == FormFactor::Laptop
                        ? QStringLiteral("Switchable graphics (a laptop): the display runs on the "
                                         "integrated GPU; the NVIDIA GPU computes.")
                        : QStringLiteral("An integrated GPU is enabled beside the NVIDIA GPU%1; "
                                         "CUDA uses the NVIDIA GPU all the same.")
                              .arg(f.machine.formFactor == FormFactor::Desktop
                                       ? QStringLiteral(" (a desktop, DMI chassis type %1)")
                                             .arg(f.machine.chassisType)
                                       : QString()));
    } else if (!f.driver.gpus.isEmpty()) {
        for (const DriverGpu &g : f.driver.gpus)
            out << QStringLiteral("NVIDIA GPU: %1, seen through the driver only%2.")
                       .arg(g.name, f.os.wsl
                                        ? QStringLiteral(" (WSL passes the Windows GPU through)")
                                        : QString());
    } else if (f.gpus.state == FactState::Unknown) {
        out << QStringLiteral(
            "Could not list the PCI devices, so it is unknown whether an NVIDIA GPU is present.");
    } else {
        out << QStringLiteral("No NVIDIA GPU is present on this machine.");
    }
    // Driver.
    if (f.driver.state == FactState::Absent)
        out << QStringLiteral("No NVIDIA driver is installed or loaded.");
    else
        out << QStringLiteral("NVIDIA driver: %1").arg(f.driver.reason);
    if (f.boot.secureBoot == SecureBootState::Enabled && f.driver.status != DriverStatus::Ok &&
        f.driver.state != FactState::Absent)
        out << QStringLiteral("Secure Boot is on: an unsigned NVIDIA module cannot load until its "
                              "key is enrolled (MOK).");
    if (f.boot.rebootRequired)
        out << QStringLiteral("A reboot is pending%1.")
                   .arg(f.boot.rebootPackages.isEmpty()
                            ? QString()
                            : QStringLiteral(" (asked for by %1)")
                                  .arg(f.boot.rebootPackages.join(QStringLiteral(", "))));
    // Toolkit and cuDNN.
    if (f.cuda.toolkits.isEmpty())
        out << QStringLiteral(
            "No CUDA toolkit is installed (pip-installed PyTorch does not need one).");
    else if (!f.cuda.selectedRoot.isEmpty())
        out << QStringLiteral("CUDA toolkit %1 at %2 is the one in use (%3); %4 installed in all.")
                   .arg(f.cuda.selectedVersion.isEmpty() ? QStringLiteral("(version unknown)")
                                                         : f.cuda.selectedVersion,
                        f.cuda.selectedRoot, f.cuda.selectedBy)
                   .arg(f.cuda.toolkits.size());
    else
        out << QStringLiteral(
                   "%1 CUDA toolkit(s) installed, none selected by PATH or /usr/local/cuda.")
                   .arg(f.cuda.toolkits.size());
    if (f.cuda.pathDisagreesWithUsrLocalCuda)
        out << QStringLiteral("PATH and /usr/local/cuda point at different toolkits.");
    if (!f.driver.cudaVersion.isEmpty() && !f.cuda.selectedVersion.isEmpty())
        out << QStringLiteral(
                   "The driver runs CUDA programs up to %1 (nvidia-smi's \"CUDA Version\"); "
                   "the toolkit compiles for %2 (nvcc's version). These are different numbers.")
                   .arg(f.driver.cudaVersion, f.cuda.selectedVersion);
    if (f.cudnn.installs.isEmpty())
        out << QStringLiteral("No cuDNN is installed outside Python packages.");
    else
        for (const CudnnInstall &c : f.cudnn.installs)
            out << QStringLiteral("cuDNN %1 in %2%3.")
                       .arg(c.version, c.location,
                            c.state == FactState::Broken ? QStringLiteral(" (broken)") : QString());
    // conda.
    if (f.conda.installs.isEmpty()) {
        out << QStringLiteral("No conda (Miniconda, Miniforge or Anaconda) is installed.");
    } else {
        for (const CondaInstall &c : f.conda.installs) {
            QStringList torch;
            for (const CondaEnv &e : c.envs)
                if (!e.torchVersion.isEmpty())
                    torch << QStringLiteral("%1 (torch %2%3)")
                                 .arg(e.name.isEmpty() ? e.prefix : e.name, e.torchVersion,
                                      e.torchCuda.isEmpty()
                                          ? QString()
                                          : QStringLiteral(", CUDA ") + e.torchCuda);
            out << QStringLiteral("%1 at %2 with %3 environment(s)%4.")
                       .arg(c.flavour.isEmpty() ? QStringLiteral("conda") : c.flavour, c.root)
                       .arg(c.envs.size())
                       .arg(torch.isEmpty() ? QString()
                                            : QStringLiteral("; PyTorch in ") +
                                                  torch.join(QStringLiteral(", ")));
        }
    }
    return out;
}

namespace {

void section(QString &out, const QString &title, FactState state, const QStringList &lines,
             const EvidenceList &evidence, bool withEvidence)
{
    out += QStringLiteral("\n%1 [%2]\n").arg(title, factStateName(state));
    for (const QString &l : lines)
        out += QStringLiteral("  %1\n").arg(l);
    if (withEvidence)
        for (const Evidence &e : evidence)
            out += QStringLiteral("    from %1%2\n")
                       .arg(e.source, e.detail.isEmpty()
                                          ? QString()
                                          : QStringLiteral(": ") + e.detail.left(200).simplified());
}

} // namespace

QString doctorText(const Facts &f, bool withEvidence)
{
    QString out = QStringLiteral("Summary\n");
    for (const QString &l : doctorSummary(f))
        out += QStringLiteral("  %1\n").arg(l);
    section(out, QStringLiteral("Machine"), f.machine.state, describeMachine(f.machine),
            f.machine.evidence, withEvidence);
    section(out, QStringLiteral("Operating system"), f.os.state, describeOs(f.os), f.os.evidence,
            withEvidence);
    section(out, QStringLiteral("GPUs (PCI)"), f.gpus.state, describeGpus(f.gpus),
            gpuEvidence(f.gpus), withEvidence);
    section(out, QStringLiteral("Boot (Secure Boot, reboot)"), f.boot.state, describeBoot(f.boot),
            f.boot.evidence, withEvidence);
    section(out, QStringLiteral("NVIDIA driver"), f.driver.state, describeDriver(f.driver),
            f.driver.evidence, withEvidence);
    section(out, QStringLiteral("CUDA toolkit"), f.cuda.state, describeCuda(f.cuda),
            f.cuda.evidence, withEvidence);
    section(out, QStringLiteral("cuDNN"), f.cudnn.state, describeCudnn(f.cudnn), f.cudnn.evidence,
            withEvidence);
    section(out, QStringLiteral("conda"), f.conda.state, describeConda(f.conda), f.conda.evidence,
            withEvidence);
    section(out, QStringLiteral("Shell profiles"), f.shell.state, describeShell(f.shell),
            f.shell.evidence, withEvidence);
    section(out, QStringLiteral("Disk and compiler"), f.disk.state, describeDisk(f.disk),
            f.disk.evidence, withEvidence);
    return out;
}

int doctorExitCode(const Facts &f)
{
    const FactState states[] = {f.machine.state, f.os.state,     f.gpus.state,
                                f.boot.state,    f.driver.state, f.cuda.state,
                                f.cudnn.state,   f.conda.state,  f.shell.state};
    for (FactState s : states)
        if (s == FactState::Broken) return 1;
    return 0;
}

} // namespace gpusetup
