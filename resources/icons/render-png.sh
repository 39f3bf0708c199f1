#!/usr/bin/env bash
# Renders the committed PNG icons from the SVG (run after editing the SVG; needs librsvg2-bin).
# The PNGs are committed so that building the package needs no SVG renderer.
set -euo pipefail
cd "$(dirname "$0")"
for s in 48 64 128 256; do
  mkdir -p "${s}x${s}"
  rsvg-convert -w "$s" -h "$s" io.github.gpusetup.GpuSetup.svg -o "${s}x${s}/io.github.gpusetup.GpuSetup.png"
done
