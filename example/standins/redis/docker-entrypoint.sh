#!/bin/sh
# The official redis image's entrypoint contract, reimplemented for the stand-in.
set -e

# `redis -f` / `--some-option` / `something.conf` mean `redis-server ...`.
if [ "${1#-}" != "$1" ] || [ "${1%.conf}" != "$1" ]; then
  set -- redis-server "$@"
fi

if [ "$1" = redis-server ] && [ "$(id -u)" = 0 ]; then
  find . \! -user redis -exec chown redis '{}' +
  exec gosu redis "$0" "$@"
fi

if [ "$1" = redis-server ]; then
  # The official build compiles protected mode off (the container network is the boundary);
  # Debian's binary defaults it on, so say it explicitly unless the caller did.
  case " $* " in
    *protected-mode*) ;;
    *) set -- "$@" --protected-mode no ;;
  esac
fi

um="$(umask)"
if [ "$um" = '0022' ]; then
  umask 0077
fi

exec "$@"
