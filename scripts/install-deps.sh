#!/usr/bin/env bash
# Installs npm packages the way that passes on a clean clone here: `npm ci` when the lock file
# suits this registry mirror, else `npm install` (the mirror may lack other platforms' optional
# packages that a lock file names). Then generates WXT's types (npm 11 may skip postinstall).
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund || npm install --no-audit --no-fund
fi
npx wxt prepare >/dev/null
