#!/usr/bin/env bash
# Build every image the reference stack (compose/) needs on the testbed, without any
# registry pull, idempotently (BuildKit's cache makes a warm run take a few seconds):
#
#   stand-ins   postgres:16-alpine, redis:7-alpine, nginx:1.27-alpine
#               FROM sd-base/debian:bookworm, honouring the official images' contracts
#   apps        $REGISTRY/stack/{backend,bot,frontend}:$IMAGE_TAG, built with
#               `docker buildx bake -f compose/docker-compose.yml` (the compose build:
#               sections), then pushed to $REGISTRY. migrations runs the backend image.
#
# Usage: example/build-images.sh [standins] [backend] [bot] [frontend]   (default: all)
#
# Environment:
#   REGISTRY     default 127.0.0.1:5000
#   IMAGE_TAG    default latest
#   APP_VERSION  version the apps report (/health, /api/version); default $IMAGE_TAG
#   FAULT        backend test hook: none | unhealthy | crash | migration-fail (default none)
#   PUSH         1 (default) pushes the app images, 0 only builds them locally
#
# Examples (variants for deploy/rollback tests):
#   IMAGE_TAG=v2 APP_VERSION=v2 example/build-images.sh backend bot frontend
#   IMAGE_TAG=v2-unhealthy APP_VERSION=v2 FAULT=unhealthy example/build-images.sh backend
#
# Needs the testbed's base images (test/testbed/up.sh): sd-base/debian:bookworm and
# sd-base/busybox:1.
set -Eeuo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
export REGISTRY=${REGISTRY:-127.0.0.1:5000}
export IMAGE_TAG=${IMAGE_TAG:-latest}
APP_VERSION=${APP_VERSION:-$IMAGE_TAG}
FAULT=${FAULT:-none}
PUSH=${PUSH:-1}
LOG=$(mktemp "${TMPDIR:-/tmp}/sd-build-images.XXXXXX")
trap 'rm -f "$LOG"' EXIT

case "$FAULT" in none | unhealthy | crash | migration-fail) ;; *)
  echo "FAULT must be none|unhealthy|crash|migration-fail, got '$FAULT'" >&2
  exit 2
  ;;
esac

want=("$@")
[ ${#want[@]} -gt 0 ] || want=(standins backend bot frontend)
standins=0
apps=()
for w in "${want[@]}"; do
  case "$w" in
    standins) standins=1 ;;
    backend | bot | frontend) apps+=("$w") ;;
    *)
      echo "unknown target '$w' (standins, backend, bot, frontend)" >&2
      exit 2
      ;;
  esac
done

now() { date +%s.%N; }
since() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.1fs", b - a }'; }
run() { # run quietly; on failure show the tail of the output
  if ! "$@" >>"$LOG" 2>&1; then
    echo "failed: $*" >&2
    tail -n 40 "$LOG" >&2
    exit 1
  fi
}

for base in sd-base/debian:bookworm sd-base/busybox:1; do
  if ! docker image inspect "$base" >/dev/null 2>&1; then
    echo "base image $base is missing: run test/testbed/up.sh first" >&2
    exit 1
  fi
done

total=$(now)

if [ "$standins" = 1 ]; then
  t=$(now)
  run docker build -q -t postgres:16-alpine "$ROOT/example/standins/postgres"
  run docker build -q -t redis:7-alpine "$ROOT/example/standins/redis"
  run docker build -q -t nginx:1.27-alpine "$ROOT/example/standins/nginx"
  echo "stand-ins postgres:16-alpine redis:7-alpine nginx:1.27-alpine built in $(since "$t")"
fi

if [ ${#apps[@]} -gt 0 ]; then
  t=$(now)
  sets=(--set "*.args.APP_VERSION=$APP_VERSION")
  for a in "${apps[@]}"; do
    [ "$a" = backend ] && sets+=(--set "backend.args.FAULT=$FAULT")
  done
  # buildx 0.13 resolves compose build contexts against the working directory, not the
  # compose file's directory: run it from compose/. The file's other variables are
  # irrelevant to a build; set them to keep bake quiet about them.
  (cd "$ROOT/compose" && run env POSTGRES_PASSWORD=unused DATABASE_URL=unused \
    TELEGRAM_BOT_TOKEN=unused TELEGRAM_WEBHOOK_SECRET=unused \
    docker buildx bake --progress plain -f docker-compose.yml "${sets[@]}" "${apps[@]}")
  refs=()
  for a in "${apps[@]}"; do refs+=("$REGISTRY/stack/$a:$IMAGE_TAG"); done
  echo "built ${refs[*]} (APP_VERSION=$APP_VERSION FAULT=$FAULT) in $(since "$t")"
  if [ "$PUSH" = 1 ]; then
    t=$(now)
    for r in "${refs[@]}"; do run docker push "$r"; done
    echo "pushed to $REGISTRY in $(since "$t")"
  fi
fi

echo "done in $(since "$total")"
