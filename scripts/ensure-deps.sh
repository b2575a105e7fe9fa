#!/usr/bin/env bash
# Installs the locked dependencies (npm ci) when node_modules is missing or does not match
# package-lock.json, so every README command works as the first one on a fresh clone.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! reason=$(node scripts/deps-fresh.mjs .); then
  echo "$reason: npm ci" >&2
  npm ci --no-audit --no-fund
fi
