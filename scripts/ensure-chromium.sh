#!/usr/bin/env bash
# Installs Debian's Chromium when it is missing: Playwright cannot download its own browser here.
set -euo pipefail
CHROMIUM_PATH="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$CHROMIUM_PATH" ]; then exit 0; fi
echo "Chromium not found at $CHROMIUM_PATH: installing Debian's chromium package"
bash "$(dirname "$0")/apt-install.sh" chromium
