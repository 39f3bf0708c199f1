#!/usr/bin/env bash
# Renders the README's screenshots from this build: every wizard page at 1024x600, in English
# and Chinese, for the tutorial's GTX 1070 machine and a machine without a GPU (snapshots), and
# for the Secure Boot laptop the restart hand-off and the MOK password dialog.
#   scripts/screenshots.sh [BUILD_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${1:-build}/app/gpu-setup
OUT=docs/screenshots
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
export QT_QPA_PLATFORM=offscreen XDG_STATE_HOME=$TMP/state
for pair in gtx1070:ubuntu1804-gtx1070-cuda10 nogpu:vm-ubuntu2404-nogpu \
            laptop:laptop-hybrid-nouveau-secureboot; do
  name=${pair%%:*} host=${pair#*:}
  for lang in en zh_CN; do
    mkdir -p "$TMP/$name-$lang"
    GPUSETUP_ALLOW_ROOT=1 "$BIN" --screenshots "$TMP/$name-$lang" --lang "$lang" --host "tests/hosts/$host"
    for f in "$TMP/$name-$lang"/*.png; do
      b=$(basename "$f")
      case "$name-$b" in laptop-03b-* | laptop-03c-*) cp "$f" "$OUT/$name-$b" ;; esac
      [ -f "$OUT/$name-$b" ] && cp "$f" "$OUT/$name-$b"
    done
  done
done
ls -l "$OUT"
