#!/usr/bin/env bash
# Bring up the real stack-deploy testbed on this machine (idempotent):
#   Docker engine + Compose v2 + Buildx, a registry on 127.0.0.1:5000, sshd on
#   127.0.0.1:2222 with a `deploy` user, base images built without any registry pull,
#   no leftovers of earlier test runs, and $TB_STATE/testbed.env for the test suite.
#
# Runs as root (re-executes itself through sudo otherwise). Works on a fresh Debian
# bookworm machine (installs everything) and on a GitHub-hosted Ubuntu runner (Docker
# engine, Compose and Buildx already there: only what is missing is installed).
#
# Docker client vs engine (verified on Debian bookworm, see README.md):
#   The machine image may carry a Docker 28.x CLI at /usr/local/bin/docker (client only,
#   API 1.50) which comes before docker.io's /usr/bin/docker 20.10 on PATH, also for the
#   deploy user over SSH (sshd's default PATH starts with /usr/local/bin). The client
#   negotiates the API version down to the engine's 1.41 and works with dockerd 20.10.24
#   (ps/run/build/compose/buildx/push). The compose/buildx plugins in
#   /usr/local/lib/docker/cli-plugins are found by both clients. Phase "docker" checks
#   that the negotiated API version equals the engine's and fails loudly otherwise.
#
# Environment knobs:
#   SD_TB_NO_CLEAN=1       skip removing sdtest-*/sd-e2e-* leftovers (e.g. while another
#                          test run is using the testbed)
#   SD_TB_DEBIAN_MIRROR=URI  override the Debian mirror (default: this machine's apt sources)
set -Eeuo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=lib.sh
. "$HERE/lib.sh"
tb_require_root "$@"
trap 'tb_on_err $? $LINENO' ERR

export DEBIAN_FRONTEND=noninteractive
export LC_ALL=C

tb_init_dirs
exec 9>"$TB_STATE/.up.lock"
if ! flock -w 900 9; then
  echo "[testbed] another up.sh holds $TB_STATE/.up.lock" >&2
  exit 1
fi

MIRROR=$(tb_debian_mirror)
KEYRING=/usr/share/keyrings/debian-archive-keyring.gpg

# ------------------------------------------------------------------------------
# 1. packages
HOST_PKGS=(openssh-server openssh-client docker-registry busybox-static debootstrap
  debian-archive-keyring ca-certificates curl jq util-linux procps iproute2 tar openssl)

with_policy_rc_d() { # forbid package scripts from starting services (sshd on :22 etc.)
  local created=0 rc=0
  if [ ! -e /usr/sbin/policy-rc.d ]; then
    printf '#!/bin/sh\nexit 101\n' >/usr/sbin/policy-rc.d
    chmod 755 /usr/sbin/policy-rc.d
    created=1
  fi
  "$@" || rc=$?
  [ "$created" = 1 ] && rm -f /usr/sbin/policy-rc.d
  return "$rc"
}

ph_packages() {
  local p missing=() want=("${HOST_PKGS[@]}")
  # Only install the engine when none is present (GitHub runners ship docker-ce).
  command -v dockerd >/dev/null 2>&1 || want+=(docker.io)
  for p in "${want[@]}"; do
    [ "$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null)" = "install ok installed" ] || missing+=("$p")
  done
  if [ ${#missing[@]} -eq 0 ]; then
    TB_NOTE="all present"
    return
  fi
  tb_log apt.log
  apt-get update >>"$TB_PHASE_LOG" 2>&1
  with_policy_rc_d apt-get install -y --no-install-recommends \
    -o Dpkg::Options::=--force-confdef -o Dpkg::Options::=--force-confold \
    "${missing[@]}" >>"$TB_PHASE_LOG" 2>&1
  TB_NOTE="installed: ${missing[*]}"
}

# ------------------------------------------------------------------------------
# 2. Compose v2 + Buildx plugins (from Debian trixie, without touching system sources)
have_compose_v2() { docker compose version --short 2>/dev/null | grep -Eq '^v?2\.'; }
have_buildx() { docker buildx version >/dev/null 2>&1; }

ph_plugins() {
  if have_compose_v2 && have_buildx; then
    TB_NOTE="compose $(docker compose version --short), buildx $(docker buildx version | awk '{print $2}')"
    return
  fi
  tb_log plugins.log
  local d=$TB_CACHE/trixie-apt debs=$TB_CACHE/trixie-debs x p deb
  mkdir -p "$d/lists/partial" "$d/cache/archives/partial" "$d/sources.d" "$d/prefs.d" "$debs"
  if ! ls "$debs"/docker-compose_*.deb "$debs"/docker-buildx_*.deb >/dev/null 2>&1; then
    echo "deb [signed-by=$KEYRING] $MIRROR trixie main" >"$d/trixie.list"
    local aptopts=(-o "Dir::Etc::SourceList=$d/trixie.list" -o "Dir::Etc::SourceParts=$d/sources.d"
      -o "Dir::State::Lists=$d/lists" -o "Dir::Cache=$d/cache"
      -o "Dir::Cache::pkgcache=" -o "Dir::Cache::srcpkgcache="
      -o "Dir::Etc::Preferences=$d/none" -o "Dir::Etc::PreferencesParts=$d/prefs.d"
      -o APT::Sandbox::User=root)
    apt-get "${aptopts[@]}" update >>"$TB_PHASE_LOG" 2>&1
    rm -f "$debs"/*.deb
    (cd "$debs" && apt-get "${aptopts[@]}" download docker-compose docker-buildx) >>"$TB_PHASE_LOG" 2>&1
  fi
  x=$(mktemp -d)
  for deb in "$debs"/docker-compose_*.deb "$debs"/docker-buildx_*.deb; do dpkg -x "$deb" "$x"; done
  mkdir -p "$TB_PLUGIN_DIR"
  for p in docker-compose docker-buildx; do
    install -m 0755 "$x/usr/libexec/docker/cli-plugins/$p" "$TB_PLUGIN_DIR/$p"
  done
  rm -rf "$x"
  have_compose_v2 || { echo "docker compose still not v2" >>"$TB_PHASE_LOG"; return 1; }
  have_buildx || { echo "docker buildx not working" >>"$TB_PHASE_LOG"; return 1; }
  TB_NOTE="installed compose $(docker compose version --short), buildx $(docker buildx version | awk '{print $2}')"
}

# ------------------------------------------------------------------------------
# 3. dockerd
docker_ok() { timeout 10 docker info >/dev/null 2>&1; }

ph_docker() {
  local i started=""
  tb_log dockerd.log
  if ! docker_ok; then
    command -v dockerd >/dev/null
    # fd 9 (the up.sh lock) must not leak into daemons.
    setsid dockerd --host=unix:///var/run/docker.sock >>"$TB_PHASE_LOG" 2>&1 </dev/null 9>&- &
    local bg=$!
    for ((i = 0; i < 600; i++)); do
      if [ -S /var/run/docker.sock ] && docker_ok; then break; fi
      kill -0 "$bg" 2>/dev/null || { echo "dockerd exited" >>"$TB_PHASE_LOG"; return 1; }
      sleep 0.1
    done
    docker_ok
    # Remember that this script started it: down.sh only stops what up.sh started.
    cp /var/run/docker.pid "$TB_RUN/dockerd.pid"
    started=" (started, pid $(cat "$TB_RUN/dockerd.pid"))"
  fi
  # The client must have negotiated the engine's API version (see header comment).
  local cv sv sapi capi
  read -r cv capi sv sapi < <(docker version --format '{{.Client.Version}} {{.Client.APIVersion}} {{.Server.Version}} {{.Server.APIVersion}}')
  if [ -z "${sapi:-}" ] || [ "$capi" != "$sapi" ]; then
    echo "docker client $cv uses API $capi but engine $sv speaks $sapi" | tee -a "$TB_PHASE_LOG" >&2
    return 1
  fi
  TB_NOTE="client $cv ($(command -v docker)) -> engine $sv, API $sapi$started"
}

# ------------------------------------------------------------------------------
# 4. registry on 127.0.0.1:5000
registry_ok() { curl -fsS -m 3 -o /dev/null "http://$TB_HOST:$TB_REGISTRY_PORT/v2/" 2>/dev/null; }

ph_registry() {
  if registry_ok; then
    TB_NOTE="answering"
    return
  fi
  tb_log registry.log
  mkdir -p "$TB_STATE/registry/data"
  [ -s "$TB_STATE/registry/http.secret" ] || head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n' >"$TB_STATE/registry/http.secret"
  cat >"$TB_STATE/registry/config.yml" <<EOF
version: 0.1
log:
  level: warn
  accesslog:
    disabled: true
storage:
  filesystem:
    rootdirectory: $TB_STATE/registry/data
  delete:
    enabled: true
http:
  addr: $TB_HOST:$TB_REGISTRY_PORT
  secret: $(cat "$TB_STATE/registry/http.secret")
EOF
  setsid docker-registry serve "$TB_STATE/registry/config.yml" >>"$TB_PHASE_LOG" 2>&1 </dev/null 9>&- &
  echo $! >"$TB_RUN/registry.pid"
  local i
  for ((i = 0; i < 300; i++)); do
    registry_ok && break
    tb_pid_alive "$TB_RUN/registry.pid" docker-registry || { echo "registry exited" >>"$TB_PHASE_LOG"; return 1; }
    sleep 0.1
  done
  registry_ok
  TB_NOTE="started, pid $(cat "$TB_RUN/registry.pid")"
}

# ------------------------------------------------------------------------------
# 5. deploy user + sshd on 127.0.0.1:2222
KEY=$TB_SSH/deploy_ed25519
HOSTKEY=$TB_SSH/ssh_host_ed25519_key
KNOWN=$TB_SSH/known_hosts
SSHD_CONF=$TB_SSH/sshd_config
SSHD_PID=$TB_RUN/sshd.pid

ph_ssh() {
  local notes=() owner=${SUDO_USER:-root}
  tb_log sshd.log
  getent group docker >/dev/null || groupadd --system docker
  if ! id "$TB_USER" >/dev/null 2>&1; then
    useradd --create-home --home-dir "$TB_HOME" --shell /bin/bash --groups docker "$TB_USER"
    notes+=("user created")
  fi
  id -nG "$TB_USER" | tr ' ' '\n' | grep -qx docker || usermod -aG docker "$TB_USER"
  [ "$(getent passwd "$TB_USER" | cut -d: -f7)" = /bin/bash ] || usermod -s /bin/bash "$TB_USER"
  # A locked ('!') password makes sshd refuse even key auth; '*' = no password, not locked.
  [ "$(getent shadow "$TB_USER" | cut -d: -f2)" = '*' ] || usermod -p '*' "$TB_USER"

  # Keys: generated once, kept in the state dir so known_hosts stays valid across runs.
  [ -s "$HOSTKEY" ] || { ssh-keygen -q -t ed25519 -N '' -C "sd-testbed-host" -f "$HOSTKEY"; notes+=("host key generated"); }
  chmod 600 "$HOSTKEY"
  [ -s "$KEY" ] || { ssh-keygen -q -t ed25519 -N '' -C "sd-testbed-deploy" -f "$KEY"; notes+=("client key generated"); }
  # Private key: readable only by the invoking user (root here; the sudo caller on CI).
  chown "$owner:" "$KEY" "$KEY.pub" && chmod 600 "$KEY" && chmod 644 "$KEY.pub"

  install -d -m 700 -o "$TB_USER" -g "$TB_USER" "$TB_HOME/.ssh"
  if ! cmp -s "$KEY.pub" "$TB_HOME/.ssh/authorized_keys"; then
    install -m 600 -o "$TB_USER" -g "$TB_USER" "$KEY.pub" "$TB_HOME/.ssh/authorized_keys"
  fi
  chown "$TB_USER:" "$TB_HOME" && chmod 755 "$TB_HOME"

  printf '[%s]:%s %s\n' "$TB_HOST" "$TB_SSH_PORT" "$(cut -d' ' -f1,2 "$HOSTKEY.pub")" >"$KNOWN"
  chmod 644 "$KNOWN"

  mkdir -p /run/sshd && chmod 755 /run/sshd
  local newconf
  newconf=$(mktemp)
  tb_write_sshd_config "$newconf" "$TB_SSH_PORT" "$HOSTKEY" "$SSHD_PID"
  /usr/sbin/sshd -t -f "$newconf" >>"$TB_PHASE_LOG" 2>&1
  if tb_pid_alive "$SSHD_PID" sshd && tb_port_listening "$TB_SSH_PORT"; then
    if cmp -s "$newconf" "$SSHD_CONF"; then
      rm -f "$newconf"
      notes+=("running")
    else
      mv "$newconf" "$SSHD_CONF"
      kill -HUP "$(cat "$SSHD_PID")"
      sleep 0.3
      tb_wait_port "$TB_SSH_PORT" 10
      notes+=("config changed, reloaded")
    fi
  else
    mv "$newconf" "$SSHD_CONF"
    if tb_port_listening "$TB_SSH_PORT"; then
      echo "port $TB_SSH_PORT is taken by a process up.sh did not start:" >>"$TB_PHASE_LOG"
      ss -Hltnp "sport = :$TB_SSH_PORT" >>"$TB_PHASE_LOG" 2>&1 || true
      return 1
    fi
    /usr/sbin/sshd -f "$SSHD_CONF" -E "$TB_PHASE_LOG" 9>&-
    tb_wait_port "$TB_SSH_PORT" 10
    notes+=("started, pid $(cat "$SSHD_PID")")
  fi
  TB_NOTE=$(printf '%s; ' "${notes[@]}")
  TB_NOTE=${TB_NOTE%; }
}

# ------------------------------------------------------------------------------
# 6. base images, built without any registry pull
LABEL_KEY=org.stack-deploy.testbed.recipe
IMG_PATH='PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'

image_recipe() { docker image inspect -f "{{index .Config.Labels \"$LABEL_KEY\"}}" "$1" 2>/dev/null || true; }

ph_busybox() {
  local img=sd-base/busybox:1 bb=/bin/busybox hash root a
  hash=$({ echo busybox-recipe-1; sha256sum "$bb"; } | sha256sum | cut -c1-16)
  if [ "$(image_recipe "$img")" = "$hash" ]; then
    TB_NOTE="$img up to date"
    return
  fi
  tb_log images.log
  root=$(mktemp -d)
  mkdir -p "$root"/{bin,sbin,usr/bin,usr/sbin,etc,tmp,root,var/www,var/run,proc,sys,dev}
  chmod 1777 "$root/tmp"
  chmod 700 "$root/root"
  cp "$bb" "$root/bin/busybox"
  # Every applet at its canonical path (bin/sh, usr/sbin/httpd, usr/bin/wget, ...).
  for a in $("$bb" --list-full); do
    [ "$a" = bin/busybox ] && continue
    mkdir -p "$root/$(dirname "$a")"
    ln -sf /bin/busybox "$root/$a"
  done
  printf 'root:x:0:0:root:/root:/bin/sh\nnobody:x:65534:65534:nobody:/nonexistent:/bin/false\n' >"$root/etc/passwd"
  printf 'root:x:0:\nnogroup:x:65534:\n' >"$root/etc/group"
  tar -C "$root" --numeric-owner -c . | docker import \
    --change "ENV $IMG_PATH" --change "LABEL $LABEL_KEY=$hash" --change 'CMD ["sh"]' \
    - "$img" >>"$TB_PHASE_LOG" 2>&1
  rm -rf "$root"
  TB_NOTE="$img imported"
}

# Package list of sd-base/debian:bookworm. The rootfs tarball cache name carries a hash
# of this list and of DEB_RECIPE, so changing either rebuilds it. (tini and gosu both
# exist in bookworm main, checked with apt-cache.)
DEB_RECIPE=1
DEB_PKGS=(python3 python3-fastapi python3-uvicorn python3-alembic python3-sqlalchemy
  python3-psycopg2 python3-redis python3-websockets python3-httpx
  postgresql postgresql-client redis-server redis-tools nginx-light
  openssl curl ca-certificates procps tini gosu)

unmount_under() { # unmount everything mounted below $1 (deepest first)
  local m
  findmnt -rn -o TARGET | awk -v r="$1/" 'index($0, r) == 1' | sort -r | while read -r m; do
    umount -l "$m" || true
  done
}

build_debian_rootfs() { # $1 = output tarball
  local root=$TB_STATE/build/debian-rootfs out=$1
  mkdir -p "$TB_STATE/build" "$TB_CACHE/debootstrap-debs"
  if [ -d "$root" ]; then unmount_under "$root"; rm -rf --one-file-system "$root"; fi
  mkdir -p "$root"
  # Stage 1: download + unpack. Then block service starts and the automatic "main"
  # PostgreSQL cluster (the stand-in images initdb on their own volume) before stage 2.
  debootstrap --foreign --variant=minbase --components=main --keyring="$KEYRING" \
    --cache-dir="$TB_CACHE/debootstrap-debs" \
    --include="$(IFS=,; echo "${DEB_PKGS[*]}")" bookworm "$root" "$MIRROR" >>"$TB_PHASE_LOG" 2>&1
  printf '#!/bin/sh\nexit 101\n' >"$root/usr/sbin/policy-rc.d"
  chmod 755 "$root/usr/sbin/policy-rc.d"
  mkdir -p "$root/etc/postgresql-common/createcluster.d"
  echo 'create_main_cluster = false' >"$root/etc/postgresql-common/createcluster.d/00-sd-testbed.conf"
  local rc=0
  chroot "$root" /debootstrap/debootstrap --second-stage >>"$TB_PHASE_LOG" 2>&1 || rc=$?
  unmount_under "$root"
  if [ "$rc" != 0 ]; then
    [ -f "$root/debootstrap/debootstrap.log" ] && tail -n 30 "$root/debootstrap/debootstrap.log" >>"$TB_PHASE_LOG"
    return "$rc"
  fi
  # Strip docs, man pages, locales, apt lists/caches, logs.
  rm -rf "$root"/usr/share/doc/* "$root"/usr/share/man/* "$root"/usr/share/info/* \
    "$root"/usr/share/lintian "$root"/var/lib/apt/lists/* "$root"/var/cache/apt/*.bin \
    "$root"/var/cache/apt/archives/*.deb "$root"/var/cache/debconf/*-old "$root"/var/log/*.log \
    "$root"/var/log/apt/* "$root"/tmp/* "$root"/etc/resolv.conf "$root"/etc/hostname
  find "$root/usr/share/locale" -mindepth 1 -maxdepth 1 ! -name locale.alias -exec rm -rf {} +
  : >"$root/etc/machine-id"
  tar -C "$root" --numeric-owner --exclude='./proc/*' --exclude='./sys/*' --exclude='./dev/*' \
    -cf "$out.tmp" .
  mv "$out.tmp" "$out"
  rm -rf --one-file-system "$root"
}

ph_debian() {
  local img=sd-base/debian:bookworm hash tarball how
  hash=$(printf '%s\n' "recipe=$DEB_RECIPE" bookworm minbase "${DEB_PKGS[@]}" | sha256sum | cut -c1-16)
  tarball=$TB_CACHE/debian-bookworm-$hash.tar
  if [ "$(image_recipe "$img")" = "$hash" ]; then
    TB_NOTE="$img up to date ($(basename "$tarball"))"
    return
  fi
  tb_log images.log
  if [ -s "$tarball" ]; then
    how="imported from cache"
  else
    build_debian_rootfs "$tarball"
    how="debootstrapped + imported"
    # Drop caches built from older package lists.
    find "$TB_CACHE" -maxdepth 1 -name 'debian-bookworm-*.tar' ! -name "$(basename "$tarball")" -delete
  fi
  docker import \
    --change "ENV $IMG_PATH" --change 'ENV LANG=C.UTF-8' \
    --change "LABEL $LABEL_KEY=$hash" --change 'CMD ["bash"]' \
    "$tarball" "$img" >>"$TB_PHASE_LOG" 2>&1
  TB_NOTE="$img $how ($(du -m "$tarball" | cut -f1) MB tar)"
}

# ------------------------------------------------------------------------------
# 7. leftovers of earlier runs (compose project name sdtest-* / sd-e2e-*)
is_test_name() { [[ $1 == sdtest-* || $1 == sd-e2e-* ]]; }

ph_clean() {
  if [ "${SD_TB_NO_CLEAN:-}" = 1 ]; then
    TB_NOTE="skipped (SD_TB_NO_CLEAN=1)"
    return
  fi
  tb_log clean.log
  local id proj name ids=() vols=() nets=() imgs=() dirs=() stacks=() n
  local fmt='{{.Label "com.docker.compose.project"}} {{.Label "com.docker.stack.namespace"}}'
  if [ "$(docker info --format '{{.Swarm.LocalNodeState}}')" = active ]; then
    while read -r name; do is_test_name "$name" && stacks+=("$name"); done < <(docker stack ls --format '{{.Name}}')
    if [ ${#stacks[@]} -gt 0 ]; then docker stack rm "${stacks[@]}" >>"$TB_PHASE_LOG" 2>&1; fi
    if [ -z "$(docker service ls -q)" ]; then docker swarm leave --force >>"$TB_PHASE_LOG" 2>&1 || true; fi
  fi
  while read -r id name proj; do
    if is_test_name "${name#/}" || is_test_name "$proj"; then ids+=("$id"); fi
  done < <(docker ps -a --format "{{.ID}} {{.Names}} {{.Label \"com.docker.compose.project\"}}")
  if [ ${#ids[@]} -gt 0 ]; then docker rm -f -v "${ids[@]}" >>"$TB_PHASE_LOG" 2>&1; fi
  while read -r name proj; do
    if is_test_name "$name" || is_test_name "$proj"; then vols+=("$name"); fi
  done < <(docker volume ls --format "{{.Name}} $fmt")
  if [ ${#vols[@]} -gt 0 ]; then docker volume rm -f "${vols[@]}" >>"$TB_PHASE_LOG" 2>&1 || true; fi
  while read -r name proj; do
    if is_test_name "$name" || is_test_name "$proj"; then nets+=("$name"); fi
  done < <(docker network ls --format "{{.Name}} $fmt")
  if [ ${#nets[@]} -gt 0 ]; then docker network rm "${nets[@]}" >>"$TB_PHASE_LOG" 2>&1 || true; fi
  # Images built/pushed by tests: sdtest-app:x, 127.0.0.1:5000/sd-e2e-foo:y, ...
  while read -r name; do
    n=${name%:*}
    n=${n##*/}
    if is_test_name "$n" || is_test_name "${name#*/}"; then imgs+=("$name"); fi
  done < <(docker image ls --format '{{.Repository}}:{{.Tag}}' | grep -v '<none>' || true)
  if [ ${#imgs[@]} -gt 0 ]; then docker image rm -f "${imgs[@]}" >>"$TB_PHASE_LOG" 2>&1 || true; fi
  for name in "$TB_HOME"/stack-deploy-test*; do [ -e "$name" ] && dirs+=("$name"); done
  if [ ${#dirs[@]} -gt 0 ]; then rm -rf "${dirs[@]}"; fi
  TB_NOTE="removed ${#stacks[@]} stacks, ${#ids[@]} containers, ${#vols[@]} volumes, ${#nets[@]} networks, ${#imgs[@]} images, ${#dirs[@]} dirs"
}

# ------------------------------------------------------------------------------
# 8. end-to-end check through the real path: ssh -> deploy -> docker compose
ph_verify() {
  tb_log verify.log
  local out
  out=$(ssh -i "$KEY" -o IdentitiesOnly=yes -o BatchMode=yes -o UserKnownHostsFile="$KNOWN" \
    -o StrictHostKeyChecking=yes -o ConnectTimeout=10 -p "$TB_SSH_PORT" "$TB_USER@$TB_HOST" \
    'docker compose version --short && docker info --format "{{.ServerVersion}}"' 2>>"$TB_PHASE_LOG") || {
    echo "ssh check failed: $out" >>"$TB_PHASE_LOG"
    return 1
  }
  TB_NOTE="ssh $TB_USER@$TB_HOST:$TB_SSH_PORT -> compose $(echo "$out" | sed -n 1p), engine $(echo "$out" | sed -n 2p)"
}

ph_state() {
  local fp tmp
  fp=$(tb_host_fingerprint "$HOSTKEY.pub")
  tmp=$(mktemp "$TB_STATE/.testbed.env.XXXXXX")
  cat >"$tmp" <<EOF
SD_TB_HOST=$TB_HOST
SD_TB_PORT=$TB_SSH_PORT
SD_TB_USER=$TB_USER
SD_TB_KEY=$KEY
SD_TB_KNOWN_HOSTS=$KNOWN
SD_TB_FINGERPRINT=$fp
SD_TB_REGISTRY=$TB_HOST:$TB_REGISTRY_PORT
SD_TB_STATE=$TB_STATE
EOF
  chmod 644 "$tmp"
  mv "$tmp" "$TB_ENV_FILE"
  TB_NOTE="$TB_ENV_FILE"
}

phase packages ph_packages
phase plugins ph_plugins
phase docker ph_docker
phase registry ph_registry
phase ssh ph_ssh
phase clean ph_clean
phase busybox ph_busybox
phase debian ph_debian
phase verify ph_verify
phase state ph_state
tb_total
echo "[testbed] ready: ssh -i $KEY -p $TB_SSH_PORT $TB_USER@$TB_HOST ($(tb_host_fingerprint "$HOSTKEY.pub")), registry $TB_HOST:$TB_REGISTRY_PORT, state $TB_ENV_FILE"
