#!/usr/bin/env bash
# Stop the testbed processes that up.sh / sshd-alt.sh started (alternate sshds, sshd,
# registry, dockerd), each by its recorded pid, gracefully (SIGTERM, then wait).
# Caches, images, volumes, registry data, keys and the deploy user stay for the next up.sh.
# A Docker engine that up.sh did not start (systemd on GitHub runners) is left alone.
set -Eeuo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=lib.sh
. "$HERE/lib.sh"
tb_require_root "$@"
trap 'tb_on_err $? $LINENO' ERR

if [ ! -d "$TB_STATE" ]; then
  echo "[testbed] nothing to stop ($TB_STATE does not exist)"
  exit 0
fi

stopped() { if "$@"; then TB_NOTE=stopped; else TB_NOTE="not running"; fi; }

ph_sshd_alt() {
  local f n=0
  for f in "$TB_STATE"/ssh-alt/*/sshd.pid; do
    [ -e "$f" ] || continue
    tb_stop_pid "$f" sshd 10 && n=$((n + 1))
  done
  TB_NOTE="stopped $n"
}

# dockerd stops running containers with their own stop timeouts before it exits.
phase sshd-alt ph_sshd_alt
phase sshd stopped tb_stop_pid "$TB_RUN/sshd.pid" sshd 10
phase registry stopped tb_stop_pid "$TB_RUN/registry.pid" docker-registry 15
phase dockerd stopped tb_stop_pid "$TB_RUN/dockerd.pid" dockerd 120
rm -f "$TB_ENV_FILE"
tb_total
