/** Host-side commands of a deploy around the transaction: argv only, values passed as $1…. Pure. */
import { script } from './remote.js';

/** Creates the directories, checks writability, free disk and the tools the transaction needs. */
export function preflightScript(dir: string, minFreeKb: number, needUrlTool: boolean): string[] {
  return script(
    [
      'd=$(expand "$1")',
      'mkdir -p "$d/releases" "$d/runs" 2>/dev/null || { echo "cannot create $d"; exit 10; }',
      '[ -w "$d" ] || { echo "$d is not writable"; exit 10; }',
      'missing=',
      'for t in flock setsid nohup timeout tar awk sed; do command -v "$t" >/dev/null 2>&1 || missing="$missing $t"; done',
      'if [ "$3" = 1 ] && ! command -v curl >/dev/null 2>&1 && ! command -v wget >/dev/null 2>&1; then missing="$missing curl-or-wget"; fi',
      '[ -z "$missing" ] || { echo "missing on the host:$missing"; exit 11; }',
      'free=$(df -Pk "$d" | awk "NR==2 {print \\$4}")',
      '[ "$free" -ge "$2" ] || { echo "only ${free}KB free in $d, need $2KB"; exit 12; }',
      'echo "ok $free"',
    ].join('\n'),
    [dir, String(minFreeKb), needUrlTool ? '1' : '0'],
  );
}

/**
 * Unpacks the bundle (tar.gz on stdin) into releases/<id>.partial/, owned by the SSH user whatever
 * the archive says (as root tar would keep the runner's uid), with explicit modes whatever the
 * umask: bind-mounted files stay readable to non-root container users; .env files and secrets/ 0600.
 */
export function unpackScript(dir: string, releaseId: string): string[] {
  return script(
    [
      'p="$(expand "$1")/releases/$2.partial"; rm -rf "$p"; mkdir -p "$p" || exit 1',
      'tar -xzf - -C "$p" --no-same-owner --no-same-permissions || exit 1',
      'chmod -R u+rwX,go+rX,go-w "$p" && chmod 755 "$p/dc" || exit 1',
      'find "$p" \\( -name .env -o -name "*.env" -o -path "*/secrets/*" \\) -type f -exec chmod 600 {} + &&',
      '  find "$p" -path "*/secrets" -type d -exec chmod 700 {} +',
    ].join('\n'),
    [dir, releaseId],
  );
}

/** Writes stdin to a file atomically with mode 0600. */
export function writeSecretFile(dir: string, relPath: string): string[] {
  return script(
    'umask 077; f="$(expand "$1")/$2"; cat >"$f.tmp" && chmod 600 "$f.tmp" && mv -f "$f.tmp" "$f"',
    [dir, relPath],
  );
}

/** Makes the partial release final and writes the run's script (on stdin). */
export function finaliseScript(dir: string, releaseId: string, runId: string): string[] {
  return script(
    [
      'd=$(expand "$1")',
      'mv -f "$d/releases/$2.partial" "$d/releases/$2"',
      'mkdir -p "$d/runs/$3"',
      'cat >"$d/runs/$3/txn.sh"',
    ].join('\n'),
    [dir, releaseId, runId],
  );
}

/** Writes the run script (stdin) into runs/<id>/. */
export function writeRunScript(dir: string, runId: string): string[] {
  return script('d=$(expand "$1"); mkdir -p "$d/runs/$2" && cat >"$d/runs/$2/txn.sh"', [dir, runId]);
}

/** Logs in to a registry for this run only: credentials land in runs/<id>/.docker (0700), password on stdin. */
export function registryLogin(dir: string, runId: string, registry: string, username: string): string[] {
  return script(
    'c="$(expand "$1")/runs/$2/.docker"; mkdir -p "$c" && chmod 700 "$c" && DOCKER_CONFIG="$c" docker login --password-stdin -u "$4" "$3"',
    [dir, runId, registry, username],
  );
}

/** Removes the run's registry credentials (the transaction does it after pulling; this is for runs that never started). */
export function dropRunLogin(dir: string, runId: string): string[] {
  return script('rm -rf "$(expand "$1")/runs/$2/.docker"', [dir, runId]);
}

/** Starts the transaction detached from this SSH session; prints its pid. */
export function launchScript(dir: string, runId: string): string[] {
  return script(
    'r="$(expand "$1")/runs/$2"; cd "$r" && setsid nohup sh "$r/txn.sh" >"$r/txn.log" 2>&1 </dev/null & echo $!',
    [dir, runId],
  );
}

/** Streams the run's log from line $3 until the transaction ends. */
export function followScript(dir: string, runId: string, fromLine: number, pid: string): string[] {
  return script(
    [
      'r="$(expand "$1")/runs/$2"',
      'if [ -f "$r/result" ] || ! kill -0 "$4" 2>/dev/null; then tail -n +"$3" "$r/txn.log"; exit 0; fi',
      'exec tail -n +"$3" -f --pid="$4" "$r/txn.log"',
    ].join('\n'),
    [dir, runId, String(fromLine), pid],
  );
}

/** Prints the run's result file (status line, detail line), empty while running. */
export function readResult(dir: string, runId: string): string[] {
  return script('cat "$(expand "$1")/runs/$2/result" 2>/dev/null || true', [dir, runId]);
}

/** Prints the release's images.txt (service, pinned ref, image id). */
export function readImages(dir: string, releaseId: string): string[] {
  return script('cat "$(expand "$1")/releases/$2/images.txt" 2>/dev/null || true', [dir, releaseId]);
}

export function readHistory(dir: string): string[] {
  return script(
    'd=$(expand "$1"); cat "$d/history.log" 2>/dev/null || true; echo "::releases"; ls -1 "$d/releases" 2>/dev/null || true; echo "::current"; r=$(readlink "$d/current" 2>/dev/null) && echo "${r##*/}" || true',
    [dir],
  );
}

/** Lock state: `free` or `held <lock.info>`. */
export function lockState(dir: string): string[] {
  return script(
    'd=$(expand "$1"); [ -f "$d/lock" ] || { echo free; exit 0; }; if flock -n "$d/lock" true; then echo free; else echo "held $(cat "$d/lock.info" 2>/dev/null)"; fi',
    [dir],
  );
}

/**
 * Stops the transaction holding the lock: the pid its note names must be a live stack-deploy
 * transaction of this directory (so a stale or forged note kills nothing else); its process group
 * gets TERM, then KILL after 10 s. Prints what it did; exit 3 when it refuses.
 */
export function forceUnlockScript(dir: string): string[] {
  return script(
    [
      'd=$(expand "$1")',
      'if flock -n "$d/lock" true 2>/dev/null; then rm -f "$d/lock.info"; echo "free"; exit 0; fi',
      'pid=$(sed -n "s/.* pid=\\([0-9][0-9]*\\) .*/\\1/p" "$d/lock.info" 2>/dev/null | head -n 1)',
      '[ -n "$pid" ] || { echo "the lock note names no pid"; exit 3; }',
      'cmd=$(tr "\\000" " " <"/proc/$pid/cmdline" 2>/dev/null || true)',
      'case $cmd in "sh $d/runs/"*/txn.sh*) ;; *) echo "pid $pid is not a stack-deploy transaction of $d"; exit 3 ;; esac',
      // its children under `timeout` run in groups of their own: every holder of the lock goes too
      'holders() { for f in /proc/[0-9]*/fd/9; do [ "$f" -ef "$d/lock" ] 2>/dev/null || continue; f=${f#/proc/}; echo "${f%/fd/9}"; done; }',
      'others=$(holders)',
      'kill -TERM "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true',
      'for p in $others; do kill -TERM "$p" 2>/dev/null || true; done',
      'i=0; while ! flock -n "$d/lock" true 2>/dev/null && [ "$i" -lt 10 ]; do sleep 1; i=$((i + 1)); done',
      'if ! flock -n "$d/lock" true 2>/dev/null; then kill -KILL "-$pid" 2>/dev/null || kill -KILL "$pid" 2>/dev/null || true; for p in $(holders); do kill -KILL "$p" 2>/dev/null || true; done; fi',
      'i=0; while ! flock -n "$d/lock" true 2>/dev/null && [ "$i" -lt 5 ]; do sleep 1; i=$((i + 1)); done',
      'flock -n "$d/lock" true 2>/dev/null || { echo "pid $pid was stopped but the lock is still held"; exit 3; }',
      'printf "%s\\tunlock\\t-\\tforced\\t-\\t-\\t-\\tstopped pid %s\\n" "$(date -u +%Y-%m-%dT%H:%M:%SZ)" "$pid" >>"$d/history.log"',
      'rm -f "$d/lock.info"; echo "stopped $pid"',
    ].join('\n'),
    [dir],
  );
}

/** Removes the holder note of a lock nobody holds (flock locks die with their process). */
export function clearLockInfo(dir: string): string[] {
  return script('d=$(expand "$1"); flock -n "$d/lock" rm -f "$d/lock.info"', [dir]);
}

/** Per-service container state of the project. */
export function projectPs(project: string): string[] {
  return [
    'docker',
    'ps',
    '-a',
    '--filter',
    `label=com.docker.compose.project=${project}`,
    '--format',
    '{{.Label "com.docker.compose.service"}}\t{{.Status}}\t{{.Image}}',
  ];
}
