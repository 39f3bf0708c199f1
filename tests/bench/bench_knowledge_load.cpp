// Loading the embedded knowledge (every file of Knowledge::fileNames(), validated), against its
// peer in the same run: reading the same bytes out of the resources without parsing them. Prints
// milliseconds per load and the embedded size, so a bigger data set (the NVIDIA id table) shows
// what it costs at start-up.   Usage: bench_knowledge_load [ROUNDS]
#include "knowledge/Knowledge.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>

using namespace gpusetup;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int rounds = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 50;
    QTextStream out(stdout);
    qint64 rawBytes = 0;
    QElapsedTimer t;
    // Peer: the resource reads alone (decompression included).
    QMap<QString, QByteArray> files;
    t.start();
    for (int r = 0; r < rounds; ++r) {
        files.clear();
        rawBytes = 0;
        for (const QString &name : Knowledge::fileNames()) {
            QFile f(QStringLiteral(":/knowledge/") + name);
            if (!f.open(QIODevice::ReadOnly)) {
                out << "missing " << name << "\n";
                return 1;
            }
            files.insert(name, f.readAll());
            rawBytes += files.value(name).size();
        }
    }
    const double readMs = t.nsecsElapsed() / 1e6 / rounds;
    t.restart();
    for (int r = 0; r < rounds; ++r) {
        QString error;
        if (!Knowledge::fromFiles(files, &error)) {
            out << "does not load: " << error << "\n";
            return 1;
        }
    }
    const double loadMs = t.nsecsElapsed() / 1e6 / rounds;
    // The share of the NVIDIA id table (nvidia_pci_ids.tsv + nvidia_chips.json), when present.
    double idsMs = 0;
    const QStringList all = Knowledge::fileNames();
    if (all.contains(QStringLiteral("nvidia_pci_ids.tsv"))) {
        const QByteArray gpus = files.value(QStringLiteral("gpus.json"));
        t.restart();
        for (int r = 0; r < rounds; ++r)
            GpuCatalog::fromJson(gpus, nullptr);
        const double catalogMs = t.nsecsElapsed() / 1e6 / rounds;
        t.restart();
        for (int r = 0; r < rounds; ++r)
            GpuCatalog::fromData(gpus, files.value(QStringLiteral("nvidia_pci_ids.tsv")),
                                 files.value(QStringLiteral("nvidia_chips.json")), nullptr);
        idsMs = t.nsecsElapsed() / 1e6 / rounds - catalogMs;
    }
    out << Knowledge::fileNames().size() << " files, " << rawBytes << " bytes\n"
        << "read from resources:      " << readMs << " ms\n"
        << "parse + validate (load):  " << loadMs << " ms\n"
        << "ratio load / read:        " << loadMs / readMs << "\n";
    if (idsMs > 0) out << "of which the NVIDIA id table: " << idsMs << " ms\n";
    return 0;
}
