#!/usr/bin/env bash
# Installs Debian's Firefox ESR when it is missing: the Firefox smoke test (test/firefox) drives
# the stock browser over WebDriver BiDi, since Playwright's patched Firefox cannot be downloaded.
set -euo pipefail
FIREFOX_PATH="${FIREFOX_PATH:-/usr/bin/firefox-esr}"
if [ -x "$FIREFOX_PATH" ]; then exit 0; fi
echo "Firefox not found at $FIREFOX_PATH: installing Debian's firefox-esr package"
bash "$(dirname "$0")/apt-install.sh" firefox-esr
