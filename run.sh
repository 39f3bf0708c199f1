#!/usr/bin/env bash
# Installs what is missing, builds, and starts gpu-setup (the wizard; with no display, `doctor`).
# Arguments go to gpu-setup: ./run.sh --lang zh_CN, ./run.sh doctor --json, ./run.sh --help
set -euo pipefail
cd "$(dirname "$0")"
./scripts/deps.sh
[ -f build/CMakeCache.txt ] || cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build --parallel "$(nproc)" --target gpu-setup
exec ./build/app/gpu-setup "$@"
