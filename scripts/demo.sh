#!/usr/bin/env bash
# The main job on the built-in default: bring the testbed up, build the example app's images, then
# deploy the bundled stack (compose/, prod profile, every validation rule) to the testbed host over SSH.
# Usage: npm run demo [-- <command> [flags…]]   (default: deploy; e.g. `npm run demo -- status`)
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-deps.sh
bash test/testbed/up.sh
# shellcheck disable=SC1091
. /var/lib/stack-deploy-testbed/testbed.env
tag=${DEMO_TAG:-demo}
IMAGE_TAG=$tag PUSH=1 bash example/build-images.sh >/dev/null
env_file=$(mktemp -d)/.env
# the example values, with nginx published on 127.0.0.1 only (80/443, as the prod policy wants)
sed -e 's/^NGINX_HTTP_BIND=.*/NGINX_HTTP_BIND=127.0.0.1/' -e 's/^NGINX_HTTPS_BIND=.*/NGINX_HTTPS_BIND=127.0.0.1/' \
  compose/.env.example >"$env_file"
chmod 600 "$env_file"
cmd=${1:-deploy}
[ $# -gt 0 ] && shift
STACK_DEPLOY_SSH_KEY="$(cat "$SD_TB_KEY")" exec node dist/cli/index.js "$cmd" \
  --host "$SD_TB_HOST" --port "$SD_TB_PORT" --user "$SD_TB_USER" --host-fingerprint "$SD_TB_FINGERPRINT" \
  --project-name demo --env-file "$env_file" --registry "$SD_TB_REGISTRY" --image-tag "$tag" \
  --health-urls "http://127.0.0.1/healthz" "$@"
