#!/usr/bin/env bash
# Installs Debian's Xvfb and xdotool when missing: the e2e journeys through the browser's own
# UI (toolbar popup, permission prompt, context menu) run headed Chromium on a private virtual
# display and press keys there (test/e2e/virtual-desktop.ts).
set -euo pipefail
if command -v Xvfb >/dev/null && command -v xdotool >/dev/null; then exit 0; fi
echo "Xvfb or xdotool not found: installing Debian's xvfb and xdotool packages"
bash "$(dirname "$0")/apt-install.sh" xvfb xdotool
