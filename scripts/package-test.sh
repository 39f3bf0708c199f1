#!/usr/bin/env bash
# Builds the .deb from the existing build folder, checks it (lintian, desktop-file-validate,
# appstreamcli), installs it with apt, runs the installed binaries, purges it and checks that
# nothing it installed is left. Needs root (apt, dpkg): meant for CI and throwaway machines.
# BUILD_DIR (default build) is the same folder scripts/test.sh builds, so nothing is rebuilt.
set -euo pipefail
cd "$(dirname "$0")/.."
SRC=$PWD
BUILD=$(realpath -m "${BUILD_DIR:-build}")
PKG=gpu-setup

fail() { echo "package-test: FAIL: $*" >&2; exit 1; }
step() { echo "== package-test: $*"; }

[ "$(id -u)" = 0 ] || fail "needs root (it installs and removes the package with apt)"
export DEBIAN_FRONTEND=noninteractive

# The checkers are needed only here, not for building gpu-setup.
tools=()
command -v lintian >/dev/null || tools+=(lintian)
command -v desktop-file-validate >/dev/null || tools+=(desktop-file-utils)
command -v appstreamcli >/dev/null || tools+=(appstream)
if [ ${#tools[@]} -gt 0 ]; then
  step "installing ${tools[*]}"
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${tools[@]}" >/dev/null
fi

step "building the package in $BUILD"
[ -f "$BUILD/CMakeCache.txt" ] || cmake -S . -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
targets=(gpu-setup)
# (The list is read whole first: grep -q closing the pipe early would fail the pipeline.)
all_targets=$(cmake --build "$BUILD" --target help)
for t in gpu-setup-helper gpu-setup-helper-nvidia gpu-setup-helper-mok; do
  if grep -E -q "^(\.\.\. )?$t(:|\$)" <<<"$all_targets"; then targets+=("$t"); fi
done
cmake --build "$BUILD" --parallel "$(nproc)" --target "${targets[@]}"
rm -f "$BUILD/${PKG}"_*.deb
(cd "$BUILD" && cpack -G DEB >/dev/null)
debs=("$BUILD/${PKG}"_*_*.deb)
if [ ${#debs[@]} != 1 ] || [ ! -f "${debs[0]}" ]; then
  fail "cpack did not write exactly one ${PKG}_*.deb"
fi
DEB=${debs[0]}
echo "package: $DEB"
dpkg-deb --field "$DEB" Version Depends Recommends

WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

step "lintian"
lintian --display-info "$DEB" 2>&1 | grep -v 'running with root privileges' | tee "$WORK/lintian.txt" || true
! grep -q '^E:' "$WORK/lintian.txt" || fail "lintian reports errors"
! grep -q 'hardening-' "$WORK/lintian.txt" || fail "lintian reports hardening tags"

step "desktop-file-validate and appstreamcli validate (on the files in the package)"
dpkg-deb -x "$DEB" "$WORK/root"
desktop=$WORK/root/usr/share/applications/io.github.gpusetup.GpuSetup.desktop
metainfo=$WORK/root/usr/share/metainfo/io.github.gpusetup.GpuSetup.metainfo.xml
[ -f "$desktop" ] || fail "the package has no desktop entry"
[ -f "$metainfo" ] || fail "the package has no AppStream metainfo"
desktop-file-validate "$desktop" 2>&1 | tee "$WORK/desktop.txt" || fail "desktop-file-validate"
! grep -E -q '(error|warning):' "$WORK/desktop.txt" || fail "desktop-file-validate complains"
appstreamcli validate --no-net "$metainfo" || fail "appstreamcli validate"

step "apt-get install ./$(basename "$DEB")"
status=$(dpkg-query -W -f='${Status}' "$PKG" 2>/dev/null || true)
if [ -n "$status" ] && [[ $status != *not-installed* ]]; then
  echo "purging the $PKG that was installed before"
  apt-get remove --purge -y -qq "$PKG" >/dev/null
fi
# Without Recommends: the Depends alone must be enough to run.
install_deb() { apt-get install -y -qq --no-install-recommends "$DEB" >"$WORK/apt.txt" 2>&1; }
if ! install_deb; then
  apt-get update -qq
  install_deb || { cat "$WORK/apt.txt"; fail "apt-get install of the package failed"; }
fi
dpkg -L "$PKG" >"$WORK/files.txt"
version=$(dpkg-query -W -f='${Version}' "$PKG")

step "running the installed binaries"
# A scratch HOME: the log and anything else per-user goes there, not into root's home.
export HOME=$WORK/home XDG_STATE_HOME=$WORK/home/.local/state XDG_CONFIG_HOME=$WORK/home/.config
mkdir -p "$HOME"
for f in /usr/bin/gpu-setup /usr/libexec/gpu-setup/gpu-setup-helper; do
  [ -e "$f" ] || continue
  libs=$(ldd "$f")
  if grep -q 'not found' <<<"$libs"; then echo "$libs"; fail "$f misses libraries the Depends should bring"; fi
done
out=$(/usr/bin/gpu-setup --version)
echo "$out"
[[ $out == *"$version"* ]] || fail "gpu-setup --version says '$out', the package is $version"
rc=0
/usr/bin/gpu-setup doctor >"$WORK/doctor.txt" 2>&1 || rc=$?
tail -n 5 "$WORK/doctor.txt"
[ $rc -le 1 ] || { cat "$WORK/doctor.txt"; fail "gpu-setup doctor exited $rc"; }
echo "gpu-setup doctor: exit $rc (0 or 1 expected; 1 = a problem was found, e.g. no GPU)"
help=$(/usr/bin/gpu-setup --help 2>&1 || true)
if grep -E -q '^ *gpu-setup report' <<<"$help"; then
  rm -f /tmp/r.json
  rc=0
  /usr/bin/gpu-setup report -o /tmp/r.json || rc=$?
  [ $rc -le 1 ] || fail "gpu-setup report exited $rc"
  [ -s /tmp/r.json ] || fail "gpu-setup report wrote no /tmp/r.json"
  if command -v python3 >/dev/null; then
    python3 -c 'import json,sys; json.load(open(sys.argv[1]))' /tmp/r.json || fail "/tmp/r.json is not JSON"
  fi
  echo "gpu-setup report: exit $rc, $(wc -c </tmp/r.json) bytes of JSON"
  rm -f /tmp/r.json
else
  echo "SKIP: gpu-setup report (this build's --help lists no report command)"
fi

step "installed files"
for f in /usr/share/applications/io.github.gpusetup.GpuSetup.desktop \
         /usr/share/metainfo/io.github.gpusetup.GpuSetup.metainfo.xml \
         /usr/share/icons/hicolor/scalable/apps/io.github.gpusetup.GpuSetup.svg \
         /usr/share/icons/hicolor/{48x48,64x64,128x128,256x256}/apps/io.github.gpusetup.GpuSetup.png \
         /usr/share/doc/gpu-setup/copyright /usr/share/man/man1/gpu-setup.1.gz; do
  [ -f "$f" ] || fail "$f is not installed"
done
policy=/usr/share/polkit-1/actions/org.gpusetup.helper.policy
if [ -f "$SRC/packaging/org.gpusetup.helper.policy" ]; then
  [ -f "$policy" ] || fail "$policy is not installed"
  # One executable per risk class, each root's and named as exec.path by the policy.
  for helper in /usr/libexec/gpu-setup/gpu-setup-helper{,-nvidia,-mok}; do
    [ -x "$helper" ] || fail "$helper is not installed"
    grep -q "\"org.freedesktop.policykit.exec.path\">$helper<" "$policy" ||
      fail "$policy does not name $helper as exec.path"
    [ "$(stat -c %U:%a "$helper")" = root:755 ] || fail "$helper is not root's with mode 755"
  done
  dtd=/usr/share/polkit-1/policyconfig-1.dtd
  if [ -f "$dtd" ] && command -v xmllint >/dev/null; then
    xmllint --noout --dtdvalid "$dtd" "$policy" || fail "$policy is not valid for polkit"
  fi
  # What polkitd itself reads from it, where a polkitd answers (not in every container).
  if command -v pkaction >/dev/null &&
     out=$(pkaction --verbose --action-id org.gpusetup.helper.run-cuda-runfile 2>/dev/null); then
    echo "$out"
    grep -q 'implicit active: *auth_admin$' <<<"$out" ||
      fail "the runfile action does not ask for the password every time"
  else
    echo "SKIP: pkaction (no polkitd to ask here)"
  fi
  echo "helpers: /usr/libexec/gpu-setup/gpu-setup-helper{,-nvidia,-mok}, policy: $policy"
else
  echo "SKIP: helper and polkit policy (not part of this source tree yet)"
fi

step "apt-get remove --purge $PKG"
apt-get remove --purge -y -qq "$PKG" >/dev/null
status=$(dpkg-query -W -f='${Status}' "$PKG" 2>/dev/null || true)
[ -z "$status" ] || [[ $status == *not-installed* ]] || fail "dpkg still has $PKG: $status"
left=()
while IFS= read -r p; do
  # Folders shared with other packages (/usr/bin, /usr/share/icons/...) stay; ours must go.
  if [ -d "$p" ] && [ ! -L "$p" ]; then
    if [[ $p == *gpu-setup* ]]; then left+=("$p"); fi
  elif [ -e "$p" ] || [ -L "$p" ]; then
    left+=("$p")
  fi
done <"$WORK/files.txt"
[ ! -e /usr/libexec/gpu-setup ] || left+=(/usr/libexec/gpu-setup)
[ ${#left[@]} = 0 ] || fail "left behind after purge: ${left[*]}"
echo "purged: none of the $(wc -l <"$WORK/files.txt") paths the package installed is left"
step "OK"
