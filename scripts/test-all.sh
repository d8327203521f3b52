#!/usr/bin/env bash
# The one test command: installs what is missing, then typecheck + lint + format, unit tests,
# the extension build (Chrome and Firefox) and the end-to-end journeys in real Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
bash scripts/ensure-chromium.sh
npm run check
npx vitest run
npx wxt build
npx wxt build -b firefox
npx playwright test
