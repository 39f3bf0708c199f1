#!/usr/bin/env bash
# Renders the committed PNG of the MokManager illustration from its SVG (run after editing the
# SVG; needs librsvg2-bin). The PNG is committed so that building needs no SVG renderer.
set -euo pipefail
cd "$(dirname "$0")"
rsvg-convert -w 720 -h 404 mokmanager-enroll.svg -o mokmanager-enroll.png
