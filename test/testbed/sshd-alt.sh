#!/usr/bin/env bash
# A second sshd for host-key-mismatch tests:
#   sshd-alt.sh start PORT   start (or restart) an sshd on 127.0.0.1:PORT with a FRESHLY
#                            generated ed25519 host key (new key on every start), same
#                            deploy user and authorized key as the main testbed sshd.
#                            Prints KEY=value lines (dotenv):
#                              SD_TB_ALT_PORT, SD_TB_ALT_FINGERPRINT (SHA256:...),
#                              SD_TB_ALT_KNOWN_HOSTS (known_hosts file for [127.0.0.1]:PORT),
#                              SD_TB_ALT_HOST_KEY (the public key line)
#   sshd-alt.sh stop PORT    stop it (by its pid file) and remove its key.
# Requires a running testbed (up.sh).
set -Eeuo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=lib.sh
. "$HERE/lib.sh"
tb_require_root "$@"

usage() { echo "usage: $0 start|stop PORT" >&2; exit 2; }
[ $# -eq 2 ] || usage
cmd=$1 port=$2
[[ $port =~ ^[0-9]+$ ]] && [ "$port" -ge 1024 ] && [ "$port" -le 65535 ] || usage
[ "$port" != "$TB_SSH_PORT" ] || { echo "port $port is the main testbed sshd" >&2; exit 2; }

dir=$TB_STATE/ssh-alt/$port
pidfile=$dir/sshd.pid

case $cmd in
  start)
    [ -s "$TB_HOME/.ssh/authorized_keys" ] || { echo "testbed not set up: run up.sh first" >&2; exit 1; }
    tb_stop_pid "$pidfile" sshd 10 || true
    if tb_port_listening "$port"; then echo "port $port is already in use" >&2; exit 1; fi
    rm -rf "$dir"
    mkdir -p "$dir" /run/sshd
    chmod 700 "$dir"
    ssh-keygen -q -t ed25519 -N '' -C "sd-testbed-alt-$port" -f "$dir/ssh_host_ed25519_key"
    tb_write_sshd_config "$dir/sshd_config" "$port" "$dir/ssh_host_ed25519_key" "$pidfile"
    printf '[%s]:%s %s\n' "$TB_HOST" "$port" "$(cut -d' ' -f1,2 "$dir/ssh_host_ed25519_key.pub")" >"$dir/known_hosts"
    chmod 755 "$dir" && chmod 644 "$dir/known_hosts"
    /usr/sbin/sshd -f "$dir/sshd_config" -E "$dir/sshd.log"
    if ! tb_wait_port "$port" 10; then
      echo "alt sshd did not start on $port:" >&2
      tail -n 20 "$dir/sshd.log" >&2
      exit 1
    fi
    echo "SD_TB_ALT_PORT=$port"
    echo "SD_TB_ALT_FINGERPRINT=$(tb_host_fingerprint "$dir/ssh_host_ed25519_key.pub")"
    echo "SD_TB_ALT_KNOWN_HOSTS=$dir/known_hosts"
    echo "SD_TB_ALT_HOST_KEY=\"$(cut -d' ' -f1,2 "$dir/ssh_host_ed25519_key.pub")\""
    ;;
  stop)
    tb_stop_pid "$pidfile" sshd 10 || true
    rm -rf "$dir"
    ;;
  *) usage ;;
esac
