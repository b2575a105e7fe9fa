#!/bin/sh
# The official nginx image's entrypoint contract, reimplemented for the stand-in:
# for `nginx ...` run the executable /docker-entrypoint.d/*.sh (and source *.envsh) first.
set -e

entrypoint_log() {
  if [ -z "${NGINX_ENTRYPOINT_QUIET_LOGS:-}" ]; then
    echo "$@"
  fi
}

if [ "$1" = nginx ] || [ "$1" = nginx-debug ]; then
  for f in $(find /docker-entrypoint.d/ -follow -type f 2>/dev/null | sort); do
    case "$f" in
      *.envsh)
        if [ -x "$f" ]; then entrypoint_log "$0: Sourcing $f"; . "$f"; fi ;;
      *.sh)
        if [ -x "$f" ]; then entrypoint_log "$0: Launching $f"; "$f"; fi ;;
      *) entrypoint_log "$0: Ignoring $f" ;;
    esac
  done
  entrypoint_log "$0: Configuration complete; ready for start up"
fi

exec "$@"
