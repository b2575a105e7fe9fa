import { shq, shqPath } from '../util/quote.js';
import type { ServicePlan } from './stack.js';
import { TXN_LIB } from './txn-lib.gen.js';

export interface TxnMeta {
  actor: string;
  sha: string;
  runUrl: string;
}

interface TxnCommon {
  project: string;
  /** absolute project directory on the host, or starting with ~/ */
  dir: string;
  /** run id: names runs/<id>/ where the log and result live */
  runId: string;
  lockTimeoutSec: number;
  healthTimeoutSec: number;
  healthUrls: string[];
  keepReleases: number;
  meta: TxnMeta;
  /** seconds the transaction may hold the lock before it is stopped; 0 or absent: no deadline */
  deadlineSec?: number;
  /** seconds each image pull may take */
  pullTimeoutSec?: number;
}

export const PULL_TIMEOUT_SEC = 600;
/** runs/<id> directories (logs, results) kept on the host */
export const RUNS_KEPT = 30;

/**
 * The default transaction-timeout: every pull at its timeout, the migrations (and their undo), two
 * verifications (deploy and rollback) with their health checks, and ten minutes for compose itself.
 */
export function defaultDeadline(t: { pulls: number; migrateSec: number; healthSec: number }): number {
  return t.pulls * PULL_TIMEOUT_SEC + 2 * t.migrateSec + 4 * t.healthSec + 600;
}

export interface DeployTxn extends TxnCommon {
  releaseId: string;
  services: ServicePlan[];
  /** images from this registry are always pulled; others only when missing on the host */
  registry?: string;
  migrateService?: string;
  migrateTimeoutSec: number;
  rollbackOnFailure: boolean;
  /** run `alembic downgrade` to the target's recorded revision when rolling back */
  downgradeOnRollback: boolean;
}

export interface RollbackTxn extends TxnCommon {
  /** release to re-apply; empty = the last good release before the current one */
  target?: string;
  /** with downgradeOnRollback: the one-shot service whose image runs `alembic downgrade` */
  migrateService?: string;
  downgradeOnRollback: boolean;
}

/** One step of the transaction: a phase marker or a call of a library function with its arguments. */
export type TxnStep = { phase: string } | { call: string; args: string[] } | { raw: string };

function render(steps: readonly TxnStep[]): string {
  return steps
    .map((s) =>
      'phase' in s ? `phase ${s.phase}` : 'raw' in s ? s.raw : [s.call, ...s.args.map(shq)].join(' '),
    )
    .join('\n');
}

function header(c: TxnCommon, kind: string, rel: string): string {
  const dir = shqPath(c.dir);
  return [
    '#!/bin/sh',
    `# stack-deploy ${kind} transaction, run ${c.runId}. Generated: the steps at the end run in order.`,
    'set -u',
    'umask 077',
    `DIR=${dir}`,
    `PROJECT=${shq(c.project)}`,
    `KIND=${shq(kind)}`,
    `RUN="$DIR/runs/"${shq(c.runId)}`,
    `REL_ID=${shq(rel)}`,
    `REL="$DIR/releases/$REL_ID"`,
    `ACTOR=${shq(c.meta.actor)}`,
    `SHA=${shq(c.meta.sha)}`,
    `RUN_URL=${shq(c.meta.runUrl)}`,
    'FROM= GOOD= CHANGED= FAILED=',
    // the transaction runs as `setsid sh txn.sh`: its pid leads the process group a deadline stops
    'TXN_PID=$$',
    `DEADLINE=${Math.max(0, Math.round(c.deadlineSec ?? 0))}`,
    `PULL_TIMEOUT=${Math.max(1, Math.round(c.pullTimeoutSec ?? PULL_TIMEOUT_SEC))}`,
    `RUNS_KEPT=${RUNS_KEPT}`,
  ].join('\n');
}

/** Images to pull: each distinct image once, registry images always, others when missing. */
export function pullList(
  services: readonly ServicePlan[],
  registry?: string,
): { image: string; policy: string }[] {
  const seen = new Map<string, string>();
  for (const s of services) {
    if (!s.image || seen.has(s.image)) continue;
    seen.set(s.image, registry && s.image.startsWith(registry + '/') ? 'always' : 'missing');
  }
  return [...seen].map(([image, policy]) => ({ image, policy }));
}

/** The ordered steps of a deploy: readable as one list, rendered into the host script. */
export function deploySteps(t: DeployTxn): TxnStep[] {
  const steps: TxnStep[] = [
    { phase: 'lock' },
    { call: 'acquire_lock', args: [String(t.lockTimeoutSec)] },
    {
      raw: 'FROM=$(basename "$(readlink "$DIR/current" 2>/dev/null)" 2>/dev/null); [ "$FROM" != . ] || FROM=',
    },
    { raw: 'GOOD=$(last_good "$REL_ID"); mark "from ${FROM:--} good ${GOOD:--}"' },
    { phase: 'check' },
    { call: 'check_config', args: [] },
    { phase: 'pull' },
    // pull_image starts each pull (a few at a time); pull_wait collects them and fails naming each image
    ...pullList(t.services, t.registry).map((p) => ({ call: 'pull_image', args: [p.image, p.policy] })),
    { call: 'pull_wait', args: [] },
    { raw: 'rm -rf "$RUN/.docker"' },
    { phase: 'resolve' },
    { call: 'resolve_images', args: t.services.filter((s) => s.image).flatMap((s) => [s.name, s.image]) },
    {
      // the configuration exactly as compose sees it, pinned images included (0600: it holds .env values)
      raw: 'SD_ROOT="$REL" "$REL/dc" config >"$REL/compose.rendered.yml" 2>"$RUN/config.err" || log "warning: compose config failed: $(tail -n 1 "$RUN/config.err")"',
    },
  ];
  if (t.migrateService && t.services.some((s) => s.name === t.migrateService))
    steps.push(
      { phase: 'migrate' },
      { call: 'run_migrations', args: [t.migrateService, String(t.migrateTimeoutSec)] },
      { call: 'record_revision', args: [t.migrateService] },
      // its run for this release is done: compose up must neither run it again nor recreate its old
      // container (compose then recreates every service depending on it, down to nginx)
      { raw: `SKIP_ONESHOT=${shq(t.migrateService)}; SKIP_WHY='it already ran in the migrate phase'` },
    );
  steps.push(
    { phase: 'switch' },
    { call: 'point_current', args: [t.releaseId] },
    { call: 'apply_current', args: [] },
    { phase: 'verify' },
    {
      raw: [
        `if verify_current ${t.healthTimeoutSec} && check_urls ${t.healthTimeoutSec} ${t.healthUrls.map(shq).join(' ')}; then`,
        `  phase record; record ${t.keepReleases}; finish success "deployed $REL_ID" 0`,
        'fi',
        'log "verification failed:$FAILED"',
        'explain $FAILED',
        'DETAIL="unhealthy:$FAILED"',
        t.rollbackOnFailure
          ? [
              'if [ -n "$GOOD" ] && [ -d "$DIR/releases/$GOOD" ]; then',
              '  phase rollback',
              '  T0=$(now); FROM=$REL_ID',
              '  log "rolling back the whole stack to $GOOD"',
              ...(t.downgradeOnRollback && t.migrateService
                ? [`  downgrade_to "$REL" ${shq(t.migrateService)} "$GOOD" ${t.migrateTimeoutSec} || true`]
                : []),
              `  SKIP_ONESHOT=${shq(t.migrateService ?? '')}; SKIP_WHY=$ROLLBACK_WHY; point_current "$GOOD"; apply_current`,
              `  if verify_current ${t.healthTimeoutSec}; then`,
              '    KIND=auto-rollback REL_ID=$GOOD history success "after $FROM failed"',
              '    mark "rollback-seconds $(( $(now) - T0 ))"',
              '    REL_ID=$FROM; finish rolled-back "$DETAIL; rolled back to $GOOD" 1',
              '  fi',
              '  explain $FAILED',
              '  KIND=auto-rollback REL_ID=$GOOD history failed "rollback did not become healthy:$FAILED"',
              '  REL_ID=$FROM; finish failed "$DETAIL; rollback to $GOOD also failed:$FAILED" 1',
              'fi',
              'log "no previous good release to roll back to; nothing deleted, volumes untouched"',
            ].join('\n')
          : '',
        'finish failed "$DETAIL" 1',
      ]
        .filter(Boolean)
        .join('\n'),
    },
  );
  return steps;
}

export function rollbackSteps(t: RollbackTxn): TxnStep[] {
  return [
    { phase: 'lock' },
    { call: 'acquire_lock', args: [String(t.lockTimeoutSec)] },
    {
      raw: 'FROM=$(basename "$(readlink "$DIR/current" 2>/dev/null)" 2>/dev/null); [ "$FROM" != . ] || FROM=',
    },
    {
      raw: [
        `TARGET=${shq(t.target ?? '')}`,
        '[ -n "$TARGET" ] || TARGET=$(last_good "$FROM")',
        '[ -n "$TARGET" ] || fail "no earlier successful release to roll back to"',
        '[ -f "$DIR/releases/$TARGET/images.txt" ] || fail "release $TARGET is not on the host (kept: $(ls "$DIR/releases" | tr "\\n" " "))"',
        'REL_ID=$TARGET; REL="$DIR/releases/$TARGET"; GOOD=$TARGET',
        'mark "from ${FROM:--} good $TARGET"',
      ].join('\n'),
    },
    { phase: 'switch' },
    ...(t.downgradeOnRollback && t.migrateService
      ? [
          {
            raw: `[ -z "$FROM" ] || downgrade_to "$DIR/releases/$FROM" ${shq(t.migrateService)} "$TARGET" 900 || true`,
          },
        ]
      : []),
    { raw: `SKIP_ONESHOT=${shq(t.migrateService ?? '')}; SKIP_WHY=$ROLLBACK_WHY; point_current "$TARGET"` },
    { call: 'apply_current', args: [] },
    { phase: 'verify' },
    {
      raw: [
        `if verify_current ${t.healthTimeoutSec} && check_urls ${t.healthTimeoutSec} ${t.healthUrls.map(shq).join(' ')}; then`,
        `  phase record; record ${t.keepReleases}; finish success "rolled back to $TARGET" 0`,
        'fi',
        'explain $FAILED',
        'finish failed "release $TARGET did not become healthy:$FAILED" 1',
      ].join('\n'),
    },
  ];
}

/** The whole host script for a deploy. */
export function deployScript(t: DeployTxn): string {
  return [header(t, 'deploy', t.releaseId), TXN_LIB, render(deploySteps(t)), ''].join('\n');
}

export function rollbackScript(t: RollbackTxn): string {
  return [header(t, 'rollback', t.target ?? ''), TXN_LIB, render(rollbackSteps(t)), ''].join('\n');
}

/** Human-readable ordered plan (dry-run): the steps without the library. */
export function describeSteps(steps: readonly TxnStep[]): string[] {
  return render(steps).split('\n');
}

/** The `dc` wrapper each release carries: docker compose with the release's files, root overridable. */
export function composeWrapper(project: string, projectDir: string, composeFiles: readonly string[]): string {
  const f = (p: string) => `"$root"/${shq(p)}`;
  return [
    '#!/bin/sh',
    '# docker compose for this release: `SD_ROOT=<dir> ./dc ps`; by default the directory of this file.',
    'root=${SD_ROOT:-$(cd "$(dirname "$0")" && pwd)}',
    [
      'exec docker compose -p',
      shq(project),
      '--project-directory',
      f(projectDir),
      ...composeFiles.flatMap((c) => ['-f', f(c)]),
      '-f "$root/release.yml" --env-file "$root/.env" --env-file "$root/stack-deploy.env" "$@"',
    ].join(' '),
    '',
  ].join('\n');
}
