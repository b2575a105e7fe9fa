#!/usr/bin/env bash
# The test command (npm test): brings the testbed up when it is missing, then runs every test
# (unit, action-level on the bundled dist/, end-to-end on the testbed) in one Jest run.
set -euo pipefail
cd "$(dirname "$0")/.."
bash test/testbed/up.sh
NODE_OPTIONS=--experimental-vm-modules exec npx jest --runInBand "$@"
