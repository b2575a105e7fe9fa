#!/usr/bin/env bash
# Back up the stack's PostgreSQL database and Redis data into the `backups` volume.
#
#   backup.sh [compose options] [--keep N] [--export DIR] [--no-redis]
#   backup.sh [compose options] --list
#   backup.sh [compose options] --verify ID|latest
#
# A backup is /backups/<UTC timestamp>/ with
#   db.dump      pg_dump custom format (checked: pg_restore --list reads it)
#   redis.rdb    a fresh BGSAVE snapshot (checked: redis-check-rdb)
#   SHA256SUMS   checksums of both, verified by --verify and before every restore
#   backup.env   what it is: project, database, Alembic revision, time
# Runs on the Docker host through `docker compose exec`; postgres (and redis) must be up.
# Keeps the newest N complete backups (default 7). The last line on stdout is the id.
# Compose options: see lib.sh (-p, -f, --env-file).
set -Eeuo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
sd_parse_compose_opts "$@"
set -- "${ARGS[@]+"${ARGS[@]}"}"

keep=7 export_dir="" redis=1 mode=backup target=""
while [ $# -gt 0 ]; do
  case "$1" in
    --keep) keep=$2; shift 2 ;;
    --export) export_dir=$2; shift 2 ;;
    --no-redis) redis=0; shift ;;
    --list) mode=list; shift ;;
    --verify) mode=verify; target=$2; shift 2 ;;
    -h | --help) sed -n '2,17p' "$0"; exit 0 ;;
    *) sd_die "unknown option $1" ;;
  esac
done
[[ $keep =~ ^[1-9][0-9]*$ ]] || sd_die "--keep expects a positive number"

sd_running postgres || sd_die "postgres of project $SD_PROJECT is not running"

pg() { "${DC[@]}" exec -T "$@"; }

list_ids() { # complete backups, oldest first
  pg postgres sh -c 'cd /backups 2>/dev/null && for d in */; do [ -f "$d/SHA256SUMS" ] && echo "${d%/}"; done | sort' |
    grep -E '^[0-9]{8}T[0-9]{6}Z$' || true
}

verify() { # $1 = id
  local id=$1
  pg -e ID="$id" postgres sh -ec '
    cd "/backups/$ID"
    sha256sum -c --quiet SHA256SUMS
    pg_restore --list db.dump >/dev/null'
  if grep -q redis.rdb < <(pg -e ID="$id" postgres cat "/backups/$id/SHA256SUMS") && sd_running redis; then
    pg -e ID="$id" redis sh -c 'redis-check-rdb "/backups/$ID/redis.rdb" >/dev/null' ||
      sd_die "backup $id: redis.rdb does not pass redis-check-rdb"
  fi
}

case "$mode" in
  list)
    list_ids
    exit 0
    ;;
  verify)
    [ "$target" = latest ] && target=$(list_ids | tail -n 1)
    sd_valid_id "$target" || sd_die "no such backup: '$target'"
    verify "$target"
    sd_log "backup $target verified"
    echo "$target"
    exit 0
    ;;
esac

id=$(date -u +%Y%m%dT%H%M%SZ)
started=$(date +%s)
sd_log "backup $id of project $SD_PROJECT"

pg -e ID="$id" postgres sh -ec '
  d="/backups/$ID"
  mkdir -p "$d"
  pg_dump -h 127.0.0.1 -U "$POSTGRES_USER" -d "$POSTGRES_DB" -Fc -Z 6 -f "$d/db.dump.part"
  pg_restore --list "$d/db.dump.part" >/dev/null
  mv "$d/db.dump.part" "$d/db.dump"
  rev=$(psql -h 127.0.0.1 -U "$POSTGRES_USER" -d "$POSTGRES_DB" -tAc "SELECT version_num FROM alembic_version" 2>/dev/null || true)
  printf "ID=%s\nCREATED=%s\nDATABASE=%s\nALEMBIC_REVISION=%s\n" \
    "$ID" "$(date -u +%FT%TZ)" "$POSTGRES_DB" "$rev" >"$d/backup.env"'
sd_log "postgres dumped"

files="db.dump"
if [ "$redis" = 1 ]; then
  sd_running redis || sd_die "redis is not running (use --no-redis to skip it)"
  pg -e ID="$id" redis sh -ec '
    info() { redis-cli info persistence | tr -d "\r" | sed -n "s/^$1://p"; }
    before=$(info rdb_saves)
    until redis-cli bgsave >/dev/null 2>&1; do sleep 0.2; done   # retries while another save runs
    i=0
    until [ "$(info rdb_saves)" -gt "$before" ] && [ "$(info rdb_bgsave_in_progress)" = 0 ]; do
      i=$((i + 1)); [ $i -lt 600 ] || { echo "BGSAVE did not finish in 120s" >&2; exit 1; }
      sleep 0.2
    done
    [ "$(info rdb_last_bgsave_status)" = ok ] || { echo "BGSAVE failed" >&2; exit 1; }
    dir=$(redis-cli config get dir | sed -n 2p); file=$(redis-cli config get dbfilename | sed -n 2p)
    cp "$dir/$file" "/backups/$ID/redis.rdb.part"
    redis-check-rdb "/backups/$ID/redis.rdb.part" >/dev/null
    mv "/backups/$ID/redis.rdb.part" "/backups/$ID/redis.rdb"'
  files="$files redis.rdb"
  sd_log "redis snapshot taken"
fi

# SHA256SUMS last: its presence marks the backup complete.
pg -e ID="$id" -e FILES="$files" postgres sh -ec 'cd "/backups/$ID" && sha256sum $FILES >SHA256SUMS.part && mv SHA256SUMS.part SHA256SUMS'
verify "$id"

# Retention: the newest $keep complete backups stay; incomplete leftovers older than
# the newest complete one go too.
mapfile -t ids < <(list_ids)
if [ ${#ids[@]} -gt "$keep" ]; then
  old=("${ids[@]:0:${#ids[@]}-keep}")
  pg -e OLD="${old[*]}" postgres sh -ec 'cd /backups && for d in $OLD; do rm -rf "$d"; done'
  sd_log "removed ${#old[@]} old backup(s): ${old[*]}"
fi

if [ -n "$export_dir" ]; then
  mkdir -p "$export_dir"
  "${DC[@]}" cp "postgres:/backups/$id" "$export_dir/$id" >/dev/null
  (cd "$export_dir/$id" && sha256sum -c --quiet SHA256SUMS) || sd_die "exported copy does not verify"
  sd_log "exported to $export_dir/$id"
fi

sd_audit "backup $id ok ($files, $(($(date +%s) - started))s)"
sd_log "backup $id complete in $(($(date +%s) - started))s"
echo "$id"
