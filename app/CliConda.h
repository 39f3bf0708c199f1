#pragma once
// `gpu-setup env ...` and `gpu-setup mirror ...`: the conda stage from a terminal (rented GPU
// servers over SSH). Same exit codes as the rest of the CLI: 0 ok, 1 failed, 2 usage.
#include <QStringList>

namespace gpusetup {

int runEnvCli(const QStringList &args);    // args[1] == "env"
int runMirrorCli(const QStringList &args); // args[1] == "mirror"

} // namespace gpusetup
