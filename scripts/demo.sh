#!/usr/bin/env bash
# `npm run demo`: builds KPI Lens, opens Chromium with it on the bundled demo dashboard and the
# sample registry. With a display the browser stays open; without one it saves screenshots to
# artifacts/demo/ and prints what it found.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
bash scripts/ensure-chromium.sh
npx wxt build >/dev/null
npx tsx scripts/demo.ts "$@"
