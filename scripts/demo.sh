#!/usr/bin/env bash
# The main job on the built-in default: bring the testbed up, then run the pipeline against it.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -d node_modules ] || npm ci --no-audit --no-fund
bash test/testbed/up.sh
# shellcheck disable=SC1091
. /var/lib/stack-deploy-testbed/testbed.env
STACK_DEPLOY_SSH_KEY="$(cat "$SD_TB_KEY")" exec node dist/cli/index.js "${1:-status}" \
  --host "$SD_TB_HOST" --port "$SD_TB_PORT" --user "$SD_TB_USER" \
  --host-fingerprint "$SD_TB_FINGERPRINT" --project-name demo "${@:2}"
