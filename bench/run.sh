#!/usr/bin/env bash
# npm run bench: brings the testbed up when it is missing or not answering, then runs
# bench/bench.mjs (figures → bench/results/latest.json + latest.md, table on stdout).
# Counts are set by environment variables: see bench/README.md (BENCH_PAIRS, ...).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-deps.sh

ENV_FILE=/var/lib/stack-deploy-testbed/testbed.env
t0=$SECONDS

testbed_ok() {
  [ -f "$ENV_FILE" ] || return 1
  local host port registry
  host=$(sed -n 's/^SD_TB_HOST="\{0,1\}\([^"]*\)"\{0,1\}$/\1/p' "$ENV_FILE")
  port=$(sed -n 's/^SD_TB_PORT="\{0,1\}\([^"]*\)"\{0,1\}$/\1/p' "$ENV_FILE")
  registry=$(sed -n 's/^SD_TB_REGISTRY="\{0,1\}\([^"]*\)"\{0,1\}$/\1/p' "$ENV_FILE")
  docker info >/dev/null 2>&1 || return 1
  docker compose version >/dev/null 2>&1 || return 1
  curl -fsS -o /dev/null --max-time 5 "http://$registry/v2/" || return 1
  timeout 5 bash -c "exec 3<>/dev/tcp/$host/$port" 2>/dev/null || return 1
  docker image inspect sd-base/debian:bookworm sd-base/busybox:1 >/dev/null 2>&1 || return 1
}

if testbed_ok; then
  echo "[bench] testbed is up"
elif [ -f "$ENV_FILE" ]; then
  # it was up before: others may be using it, so keep their projects (no clean phase)
  echo "[bench] testbed is not answering: test/testbed/up.sh (SD_TB_NO_CLEAN=1)"
  SD_TB_NO_CLEAN=1 bash test/testbed/up.sh
else
  echo "[bench] no testbed: test/testbed/up.sh"
  bash test/testbed/up.sh
fi

if [ ! -x node_modules/.bin/dclint ]; then
  echo "[bench] note: dclint is not installed (npm ci installs the devDependency); its figure will be missing" >&2
fi

rc=0
node bench/bench.mjs "$@" || rc=$?
echo "[bench] done in $((SECONDS - t0)) s"
exit $rc
