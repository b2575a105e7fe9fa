# Shared by backup.sh, restore.sh and cleanup.sh (sourced, not run).
#
# Compose options, same meaning as for `docker compose`:
#   -p, --project-name NAME   default: $COMPOSE_PROJECT_NAME or the compose file's `name`
#   -f, --file FILE           repeatable; default: $COMPOSE_FILE, else
#                             ../docker-compose.yml + ../docker-compose.prod.yml
#   --env-file FILE           default: ../.env when it exists
# Everything else is left in ARGS for the calling script.

SD_SCRIPTS=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
SD_STACK_DIR=$(dirname "$SD_SCRIPTS")
SD_PROJECT=${COMPOSE_PROJECT_NAME:-}
SD_FILES=()
SD_ENV_FILE=""
ARGS=()

sd_parse_compose_opts() {
  while [ $# -gt 0 ]; do
    case "$1" in
      -p | --project-name) SD_PROJECT=$2; shift 2 ;;
      -p* ) SD_PROJECT=${1#-p}; shift ;;
      --project-name=*) SD_PROJECT=${1#*=}; shift ;;
      -f | --file) SD_FILES+=("$2"); shift 2 ;;
      --file=*) SD_FILES+=("${1#*=}"); shift ;;
      --env-file) SD_ENV_FILE=$2; shift 2 ;;
      --env-file=*) SD_ENV_FILE=${1#*=}; shift ;;
      *) ARGS+=("$1"); shift ;;
    esac
  done
  DC=(docker compose)
  [ -n "$SD_PROJECT" ] && DC+=(-p "$SD_PROJECT")
  if [ ${#SD_FILES[@]} -eq 0 ] && [ -z "${COMPOSE_FILE:-}" ]; then
    SD_FILES=("$SD_STACK_DIR/docker-compose.yml" "$SD_STACK_DIR/docker-compose.prod.yml")
  fi
  local f
  for f in "${SD_FILES[@]}"; do DC+=(-f "$f"); done
  if [ -z "$SD_ENV_FILE" ] && [ -f "$SD_STACK_DIR/.env" ]; then SD_ENV_FILE=$SD_STACK_DIR/.env; fi
  [ -n "$SD_ENV_FILE" ] && DC+=(--env-file "$SD_ENV_FILE")
  if [ -z "$SD_PROJECT" ]; then
    SD_PROJECT=$("${DC[@]}" config 2>/dev/null | sed -n 's/^name: //p' | head -n 1)
  fi
  [ -n "$SD_PROJECT" ] || sd_die "cannot tell the compose project name: pass -p NAME"
}

sd_log() { printf '%s %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }
sd_die() { printf 'error: %s\n' "$*" >&2; exit 1; }

# Run quietly; show the output only when the command fails.
sd_quiet() {
  local out rc=0
  out=$("$@" 2>&1) || rc=$?
  if [ "$rc" != 0 ]; then
    printf '%s\n' "$out" | tail -n 30 >&2
    sd_die "failed ($rc): $*"
  fi
}

# True when the service has a running container.
sd_running() { [ -n "$("${DC[@]}" ps --status running -q "$1" 2>/dev/null)" ]; }

# One line per operation, kept next to the backups.
sd_audit() {
  local line
  line="$(date -u +%FT%TZ) $(id -un 2>/dev/null || echo "?") $SD_PROJECT $*"
  if sd_running postgres; then
    "${DC[@]}" exec -T -e LINE="$line" postgres sh -c 'printf "%s\n" "$LINE" >>/backups/audit.log' || true
  fi
}

# Backup ids are UTC timestamps: 20250131T235959Z.
sd_valid_id() { [[ $1 =~ ^[0-9]{8}T[0-9]{6}Z$ ]]; }
