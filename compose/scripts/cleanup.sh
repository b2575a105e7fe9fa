#!/usr/bin/env bash
# Reclaim space on the Docker host without touching anything still needed.
#
#   cleanup.sh [compose options] [--dry-run] [--all-projects] [--log-days N]
#              [--volumes [--max-backup-age HOURS]]
#
# Always:
#   - stopped containers of this project (all projects with --all-projects)
#   - dangling images (untagged layers; tagged releases are kept for rollbacks)
#   - nginx access log rotation in the logs volume; rotated logs older than N days
#     (default 14) are deleted
# With --volumes:
#   - volumes of this project that no container uses, but only when the newest backup
#     (backup.sh) verifies and is younger than HOURS (default 24). The backups volume
#     itself is never removed.
# Compose options: see lib.sh (-p, -f, --env-file).
set -Eeuo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
sd_parse_compose_opts "$@"
set -- "${ARGS[@]+"${ARGS[@]}"}"

dry=0 all=0 volumes=0 max_age=24 log_days=14
while [ $# -gt 0 ]; do
  case "$1" in
    --dry-run | -n) dry=1; shift ;;
    --all-projects) all=1; shift ;;
    --volumes) volumes=1; shift ;;
    --max-backup-age) max_age=$2; shift 2 ;;
    --log-days) log_days=$2; shift 2 ;;
    -h | --help) sed -n '2,18p' "$0"; exit 0 ;;
    *) sd_die "unknown option $1" ;;
  esac
done
[[ $max_age =~ ^[0-9]+$ ]] || sd_die "--max-backup-age expects hours"
[[ $log_days =~ ^[0-9]+$ ]] || sd_die "--log-days expects days"

do_() { # run, or only print with --dry-run
  if [ "$dry" = 1 ]; then echo "would run: $*"; else "$@"; fi
}
label="com.docker.compose.project=$SD_PROJECT"
summary=()

# 1. stopped containers
filters=(--filter status=exited --filter status=created --filter status=dead)
[ "$all" = 1 ] || filters+=(--filter "label=$label")
mapfile -t stopped < <(docker ps -aq "${filters[@]}")
if [ ${#stopped[@]} -gt 0 ]; then
  docker ps -a "${filters[@]}" --format '  container {{.Names}} ({{.Status}})' >&2
  do_ docker rm "${stopped[@]}" >/dev/null
fi
summary+=("${#stopped[@]} stopped container(s)")

# 2. dangling images only
mapfile -t dangling < <(docker images -q --filter dangling=true)
if [ ${#dangling[@]} -gt 0 ]; then
  do_ docker image prune -f >/dev/null
fi
summary+=("${#dangling[@]} dangling image(s)")

# 3. nginx logs in the logs volume
if sd_running nginx; then
  do_ "${DC[@]}" exec -T -e DAYS="$log_days" nginx sh -ec '
    cd /var/log/stack/nginx
    if [ -s access.log ]; then mv access.log "access.log.$(date -u +%Y%m%dT%H%M%SZ)"; nginx -s reopen; fi
    find . -name "access.log.*" -mtime +"$DAYS" -print -exec rm -f {} + | sed "s/^/  removed log /"' >&2
  summary+=("nginx log rotated")
fi

# 4. unused volumes of this project, only behind a fresh, verified backup
if [ "$volumes" = 1 ]; then
  mapfile -t candidates < <(docker volume ls -q --filter dangling=true --filter "label=$label")
  backups_vol=""
  for v in "${candidates[@]}"; do
    [ "$(docker volume inspect -f '{{index .Labels "com.docker.compose.volume"}}' "$v")" = backups ] && backups_vol=$v
  done
  keep_going=()
  for v in "${candidates[@]}"; do [ "$v" = "$backups_vol" ] || keep_going+=("$v"); done
  candidates=("${keep_going[@]+"${keep_going[@]}"}")
  if [ ${#candidates[@]} -gt 0 ]; then
    # Read the backups volume through a throwaway container of the postgres service.
    latest=$("${DC[@]}" run --rm --no-deps -T --entrypoint sh postgres -c '
      cd /backups 2>/dev/null || exit 0
      for d in */; do [ -f "$d/SHA256SUMS" ] && echo "${d%/}"; done | grep -E "^[0-9]{8}T[0-9]{6}Z$" | sort | tail -n 1' 2>/dev/null || true)
    if [ -z "$latest" ]; then
      sd_die "refusing to remove volumes (${candidates[*]}): no backup found; run backup.sh first"
    fi
    age_h=$(( ($(date -u +%s) - $(date -u -d "${latest:0:4}-${latest:4:2}-${latest:6:2}T${latest:9:2}:${latest:11:2}:${latest:13:2}Z" +%s)) / 3600 ))
    if [ "$age_h" -ge "$max_age" ]; then
      sd_die "refusing to remove volumes (${candidates[*]}): newest backup $latest is ${age_h}h old (limit ${max_age}h)"
    fi
    "${DC[@]}" run --rm --no-deps -T -e ID="$latest" --entrypoint sh postgres -ec '
      cd "/backups/$ID" && sha256sum -c --quiet SHA256SUMS && pg_restore --list db.dump >/dev/null' ||
      sd_die "refusing to remove volumes: backup $latest does not verify"
    for v in "${candidates[@]}"; do echo "  volume $v (backup $latest, ${age_h}h old)" >&2; done
    do_ docker volume rm "${candidates[@]}" >/dev/null
  fi
  summary+=("${#candidates[@]} unused volume(s)")
fi

[ "$dry" = 1 ] && summary=("dry run:" "${summary[@]}")
sd_audit "cleanup: ${summary[*]}"
echo "cleanup of $SD_PROJECT: ${summary[*]}"
