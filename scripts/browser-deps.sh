#!/usr/bin/env bash
# npm packages the browser tests inject into pages (axe-core), pinned in package-lock.json.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v npm >/dev/null 2>&1; then
  echo "Installing Debian's nodejs and npm"
  if [ "$(id -u)" -eq 0 ]; then apt-get update -qq && apt-get install -y -qq nodejs npm >/dev/null
  else sudo -n apt-get update -qq && sudo -n apt-get install -y -qq nodejs npm >/dev/null; fi
fi
if [ ! -f node_modules/axe-core/axe.min.js ]; then
  npm ci --no-audit --no-fund --silent
fi
