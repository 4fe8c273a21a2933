#!/usr/bin/env bash
# npm packages the browser tests inject into pages (axe-core), pinned in package.json.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -f package.json ] && [ ! -d node_modules/axe-core ]; then
  npm ci --no-audit --no-fund --silent
fi
