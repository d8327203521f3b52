#!/usr/bin/env bash
# The one test command: installs what is missing, then typecheck + lint + format, unit tests,
# the extension build (Chrome and Firefox), the Firefox smoke in Debian's Firefox ESR, and the
# end-to-end journeys in real Chromium (headless, and headed on a private Xvfb display for the
# browser's own prompts and menus).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
bash scripts/ensure-chromium.sh
bash scripts/ensure-firefox.sh
bash scripts/ensure-desktop.sh
npm run check
npx vitest run
npx wxt build
npx wxt build -b firefox
npx vitest run --config test/firefox/vitest.config.ts
npx playwright test
