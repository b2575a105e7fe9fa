/** The read-only host script of `doctor` and the parser of its sections. Pure. */
import { script } from './remote.js';

/**
 * Gathers every fact doctor judges, in one exec, changing nothing. Each section starts with a line
 * `::<token> <name> <args…>`; the token is random per call, so container logs cannot forge one.
 * args: dir project token urls(newline separated) tls-targets(host:port, newline separated)
 */
const BODY = `set +e
set -f
d=$(expand "$1"); P=$2; T=$3; URLS=$4; TLS=$5
# joins its arguments with spaces whatever IFS is
sec() {
  _m=$1
  shift
  for _a in "$@"; do _m="$_m $_a"; done
  printf '\\n::%s %s\\n' "$T" "$_m"
}
nl='
'
sec meta
cur=
[ -L "$d/current" ] && cur=$(basename "$(readlink "$d/current")")
echo "release=$cur"
root=$(docker info -f '{{.DockerRootDir}}' 2>/dev/null)
echo "docker-root=$root"
echo "time=$(date -u +%s)"
if [ -n "$cur" ]; then
  sec env-mode
  stat -c %a "$d/current/.env" 2>/dev/null
  sec config
  SD_ROOT="$d/current" timeout 60 "$d/current/dc" config --format json 2>/dev/null
  sec config-hash
  SD_ROOT="$d/current" timeout 60 "$d/current/dc" config --hash '*' 2>/dev/null
  sec services
  cat "$d/current/services.txt" 2>/dev/null
fi
ids=$(docker ps -aq --no-trunc --filter "label=com.docker.compose.project=$P")
sec inspect
if [ -n "$ids" ]; then docker inspect $ids; else echo '[]'; fi
# one line per container: id status oom restarts health service depends_on rw-volume-mounts tls-bindings
# (a mount destination with a space or a comma is not tested)
rows=
[ -z "$ids" ] || rows=$(docker inspect -f '{{.Id}} {{.State.Status}} {{.State.OOMKilled}} {{.RestartCount}} {{with index .State "Health"}}{{.Status}}{{else}}none{{end}} {{index .Config.Labels "com.docker.compose.service"}} ,{{index .Config.Labels "com.docker.compose.depends_on"}} ,{{range .Mounts}}{{if and (eq .Type "volume") .RW}}{{.Name}}={{.Destination}},{{end}}{{end}} ,{{range $p, $b := .NetworkSettings.Ports}}{{if eq $p "443/tcp"}}{{range $b}}{{.HostIp}}:{{.HostPort}},{{end}}{{end}}{{end}}' $ids)
# docker exec in the container as its own user; 125: the daemon refused (the container stopped meanwhile)
in_container() {
  out=$(timeout 10 docker exec "$@" </dev/null 2>&1)
  rc=$?
  case $out in *"Error response from daemon"*) rc=125 ;; esac
}
running=
IFS=$nl
for row in $rows; do
  IFS=' '
  read -r id status oom restarts health svc deps mounts tls <<EOF
$row
EOF
  IFS=$nl
  if [ "$status" != running ] || [ "$oom" = true ] || [ "$restarts" != 0 ] || [ "$health" = unhealthy ] || [ "$health" = starting ]; then
    sec logs "$id"
    docker logs --tail 20 "$id" 2>&1 | tail -n 20 | cut -c1-400
  fi
  [ "$status" = running ] || continue
  running="$running$nl$id"
  for f in "/sys/fs/cgroup/cpu,cpuacct/docker/$id/cpu.stat" "/sys/fs/cgroup/cpu/docker/$id/cpu.stat" \\
    "/sys/fs/cgroup/cpu,cpuacct/system.slice/docker-$id.scope/cpu.stat" \\
    "/sys/fs/cgroup/system.slice/docker-$id.scope/cpu.stat" "/sys/fs/cgroup/docker/$id/cpu.stat"; do
    if [ -r "$f" ]; then sec cpu-stat "$id"; cat "$f"; break; fi
  done
  IFS=,
  for dep in $deps; do
    n=\${dep%%:*}
    # a one-shot (migrations) is gone once it completed: nothing to resolve
    case $dep in '' | *:service_completed_successfully*) continue ;; esac
    in_container "$id" sh -c 'getent hosts "$1" 2>/dev/null || nslookup "$1" 2>&1' sh "$n"
    sec resolve "$svc" "$n" "$rc"
    printf '%s\\n' "$out" | tail -n 6 | cut -c1-200
  done
  for m in $mounts; do
    [ -n "$m" ] || continue
    in_container "$id" test -w "\${m#*=}"
    sec writable "$svc" "\${m%%=*}" "$rc"
    printf '%s\\n' "\${m#*=}"
  done
  for b in $tls; do
    case $b in '') ;; 0.0.0.0:* | :*) TLS="$TLS$nl""127.0.0.1:\${b#*:}" ;; *:*:*) ;; *) TLS="$TLS$nl$b" ;; esac
  done
  IFS=$nl
done
unset IFS
sec stats
[ -z "$running" ] || timeout 30 docker stats --no-stream --no-trunc --format '{{json .}}' $running 2>/dev/null
sec df
df -Pk "$root" 2>/dev/null | tail -n 1
sec df-inodes
df -Pi "$root" 2>/dev/null | tail -n 1
sec system-df
timeout 60 docker system df --format '{{json .}}' 2>/dev/null
sec volumes
docker volume ls --format '{{.Name}}	{{.Label "com.docker.compose.project"}}' 2>/dev/null
sec listeners
ss -Hltnp 2>/dev/null || ss -ltn 2>/dev/null | tail -n +2
IFS=$nl
i=0
for u in $URLS; do
  if command -v curl >/dev/null 2>&1; then
    out=$(curl -g -sS -o /dev/null -w '%{http_code}' --max-time 5 "$u" 2>&1)
  else
    out=$(wget -q -O /dev/null -T 5 "$u" 2>&1 && echo 200)
  fi
  rc=$?
  sec url "$i" "$rc"
  printf '%s\\n' "$out" | tail -n 2 | cut -c1-300
  i=$((i + 1))
done
seen=
for t in $TLS; do
  case "$nl$seen$nl" in *"$nl$t$nl"*) continue ;; esac
  seen="$seen$nl$t"
  host=\${t%:*}
  case $host in *[!0-9.]* | '') sni="-servername$nl$host" ;; *) sni= ;; esac
  pem=$(echo | timeout 10 openssl s_client -connect "$t" $sni 2>/dev/null | openssl x509 2>/dev/null)
  if [ -z "$pem" ]; then sec tls "$t" none; continue; fi
  printf '%s\\n' "$pem" | openssl x509 -noout -checkend 0 >/dev/null 2>&1; e0=$?
  printf '%s\\n' "$pem" | openssl x509 -noout -checkend 1209600 >/dev/null 2>&1; e14=$?
  sec tls "$t" "$e0" "$e14"
  printf '%s\\n' "$pem" | openssl x509 -noout -enddate -subject 2>/dev/null
done
unset IFS
sec end
`;

export function doctorScript(
  dir: string,
  project: string,
  token: string,
  urls: readonly string[],
  tlsTargets: readonly string[],
): string[] {
  return script(BODY, [dir, project, token, urls.join('\n'), tlsTargets.join('\n')]);
}

export interface Section {
  name: string;
  args: string[];
  body: string;
}

/** Splits the script's output into sections; text before the first marker is ignored. */
export function parseSections(stdout: string, token: string): Section[] {
  const out: Section[] = [];
  const head = `::${token} `;
  let cur: { name: string; args: string[]; lines: string[] } | undefined;
  const close = () => {
    if (cur) out.push({ name: cur.name, args: cur.args, body: cur.lines.join('\n').trim() });
  };
  for (const line of stdout.split('\n')) {
    if (line.startsWith(head)) {
      close();
      const [name, ...args] = line.slice(head.length).split(' ');
      cur = { name, args, lines: [] };
    } else cur?.lines.push(line);
  }
  close();
  return out;
}

/** `https://host:port/…` health URLs → `host:port` targets whose certificate doctor reads. */
export function tlsTargetsOf(urls: readonly string[]): string[] {
  const out: string[] = [];
  for (const u of urls) {
    try {
      const url = new URL(u);
      if (url.protocol === 'https:') out.push(`${url.hostname}:${url.port || '443'}`);
    } catch {
      // settings validated the URLs; anything else is not a TLS target
    }
  }
  return out;
}
