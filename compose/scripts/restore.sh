#!/usr/bin/env bash
# Restore a backup made by backup.sh: verify it, drop and recreate the database from the
# dump, put the Redis snapshot back, then bring the app services up again (which re-runs
# `alembic upgrade head`, so an older backup is migrated forward).
#
#   restore.sh [compose options] [--no-redis] [--yes] ID|latest
#
# backend and bot are stopped while the database is replaced (nginx keeps answering,
# with 502 for the API). Compose options: see lib.sh (-p, -f, --env-file).
set -Eeuo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
sd_parse_compose_opts "$@"
set -- "${ARGS[@]+"${ARGS[@]}"}"

redis=1 yes=0 id=""
while [ $# -gt 0 ]; do
  case "$1" in
    --no-redis) redis=0; shift ;;
    --yes | -y) yes=1; shift ;;
    -h | --help) sed -n '2,10p' "$0"; exit 0 ;;
    -*) sd_die "unknown option $1" ;;
    *) id=$1; shift ;;
  esac
done
[ -n "$id" ] || sd_die "which backup? pass an id (backup.sh --list) or 'latest'"

started=$(date +%s)
# PostgreSQL must run to restore into it; nothing else is needed.
sd_running postgres || sd_quiet "${DC[@]}" up -d --wait --no-deps postgres
id=$("$SD_SCRIPTS/backup.sh" "${DC[@]:2}" --verify "$id" 2>/dev/null) || sd_die "backup does not verify: $id"
sd_valid_id "$id" || sd_die "no such backup"
has_redis=$("${DC[@]}" exec -T postgres sh -c "test -f /backups/$id/redis.rdb && echo 1 || echo 0")

if [ "$yes" != 1 ] && [ -t 0 ]; then
  read -r -p "Replace database (and Redis data) of project $SD_PROJECT with backup $id? [y/N] " answer
  [[ $answer =~ ^[yY] ]] || sd_die "cancelled"
fi

# Services to bring back afterwards: what runs now among those that use the data.
restart=()
for s in backend bot; do
  if sd_running "$s"; then restart+=("$s"); fi
done
sd_log "restoring backup $id into project $SD_PROJECT (stopping: ${restart[*]:-nothing})"
if [ ${#restart[@]} -gt 0 ]; then sd_quiet "${DC[@]}" stop "${restart[@]}"; fi

"${DC[@]}" exec -T -e ID="$id" postgres sh -ec '
  export PGHOST=127.0.0.1 PGUSER="$POSTGRES_USER"
  dropdb --if-exists --force "$POSTGRES_DB"
  createdb --owner="$POSTGRES_USER" "$POSTGRES_DB"
  pg_restore --dbname="$POSTGRES_DB" --no-owner --exit-on-error --single-transaction "/backups/$ID/db.dump"'
sd_log "database $id restored (dropped and recreated)"

if [ "$redis" = 1 ] && [ "$has_redis" = 1 ]; then
  sd_quiet "${DC[@]}" stop redis
  # A throwaway container on the same volumes puts the snapshot in place. With an
  # append-only file enabled Redis would ignore the RDB, so the AOF is rebuilt from it.
  sd_quiet "${DC[@]}" run --rm --no-deps -T -e ID="$id" --entrypoint sh redis -ec '
    dir=/data
    rm -rf "$dir/appendonlydir" "$dir"/appendonly.aof*
    cp "/backups/$ID/redis.rdb" "$dir/dump.rdb"
    case "$REDIS_PERSISTENCE" in
      aof | hybrid)
        redis-server --dir "$dir" --port 6390 --bind 127.0.0.1 --save "" --appendonly no --daemonize yes
        until redis-cli -p 6390 ping >/dev/null 2>&1; do sleep 0.1; done
        redis-cli -p 6390 config set appendonly yes >/dev/null
        until redis-cli -p 6390 info persistence | tr -d "\r" | grep -q "^aof_rewrite_in_progress:0" &&
              ! redis-cli -p 6390 info persistence | tr -d "\r" | grep -q "^aof_rewrite_scheduled:1"; do sleep 0.2; done
        redis-cli -p 6390 shutdown nosave >/dev/null 2>&1 || true
        while redis-cli -p 6390 ping >/dev/null 2>&1; do sleep 0.1; done
        ;;
    esac
    chown -R redis:redis "$dir"'
  sd_quiet "${DC[@]}" up -d --wait --no-deps redis
  sd_log "redis snapshot $id restored"
fi

if [ ${#restart[@]} -gt 0 ]; then
  sd_quiet "${DC[@]}" up -d --wait "${restart[@]}"
  sd_log "started again: ${restart[*]}"
fi
sd_audit "restore $id ok ($(($(date +%s) - started))s)"
sd_log "restore of $id complete in $(($(date +%s) - started))s"
