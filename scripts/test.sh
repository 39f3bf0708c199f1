#!/usr/bin/env bash
# The whole test suite: dependencies, an incremental build, every CTest test, then (as root)
# the .deb package test.
# No GPU, no display and no network are needed for CTest (GUI tests use the offscreen platform);
# the package test installs pkexec and the checkers with apt when they are missing.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/deps.sh
BUILD=${BUILD_DIR:-build}
[ -f "$BUILD/CMakeCache.txt" ] || cmake -S . -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build "$BUILD" --parallel "$(nproc)"
(cd "$BUILD" && QT_QPA_PLATFORM=offscreen ctest --output-on-failure --parallel "$(nproc)" --timeout 600 "$@")
# A green run means every check ran: any QSKIP / skipped row not listed (with its reason) in
# tests/allowed-skips.txt fails here (scripts/check_skips.py reads CTest's whole-output log).
python3 scripts/check_skips.py "$BUILD/Testing/Temporary/LastTest.log" tests/allowed-skips.txt
# The .deb from the same build: lintian, validators, apt install, run, purge (scripts/package-test.sh).
# It installs packages, so only as root (CI, throwaway machines), and not for a filtered ctest run.
if [ "$(id -u)" != 0 ]; then
  echo "SKIP: package test (needs root: it installs and purges the .deb; run scripts/package-test.sh as root)"
elif [ $# -gt 0 ] || [ -n "${GPUSETUP_SKIP_PACKAGE_TEST:-}" ]; then
  echo "SKIP: package test (ctest arguments given, or GPUSETUP_SKIP_PACKAGE_TEST set)"
else
  BUILD_DIR="$BUILD" ./scripts/package-test.sh
fi
