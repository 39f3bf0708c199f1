#!/usr/bin/env bash
# Installs the build and test dependencies on Ubuntu 22.04/24.04 or Debian 12, only when some
# are missing (so a second run costs nothing). Uses sudo unless already root.
# python3-pip: tst_conda_actions has pip read the pip.conf gpu-setup writes; openssl:
# tst_downloader makes its test CA and server certificates at test time.
set -euo pipefail
PKGS=(build-essential cmake ninja-build pkg-config
      qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
      libgl-dev libxkbcommon-dev libvulkan-dev
      nlohmann-json3-dev libspdlog-dev libfmt-dev
      pci.ids libssl-dev libarchive-dev libcurl4-openssl-dev python3 python3-pip
      zsh fish openssl
      fonts-noto-cjk poppler-utils)
missing=()
for p in "${PKGS[@]}"; do
  dpkg-query -W -f='${Status}\n' "$p" 2>/dev/null | grep -q ' installed$' || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
echo "Installing: ${missing[*]}" >&2
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO=sudo
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
