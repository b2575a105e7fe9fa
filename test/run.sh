#!/usr/bin/env bash
# The test command (npm test): installs the locked dependencies when node_modules is missing or
# stale, brings the testbed up when it is missing, then runs every test (unit, action-level on the
# bundled dist/, end-to-end on the testbed) in one Jest run.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-deps.sh
bash test/testbed/up.sh
NODE_OPTIONS=--experimental-vm-modules exec npx jest --runInBand "$@"
