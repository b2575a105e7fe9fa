import type { Severity } from './types.js';

export interface RuleInfo {
  id: string;
  /** severity when the rule fires; some rules pick another one per profile at the call site */
  severity: Severity;
  title: string;
  help: string;
}

const r = (id: string, severity: Severity, title: string, help: string): RuleInfo => ({
  id,
  severity,
  title,
  help,
});

/** Every rule the validator reports, with its default severity and help text (SARIF, docs). */
export const RULES: readonly RuleInfo[] = [
  r(
    'SD-SCH-001',
    'error',
    'YAML syntax',
    'The file is not valid YAML. Fix the syntax at the given line and column.',
  ),
  r(
    'SD-SCH-002',
    'error',
    'Duplicate key',
    'A mapping defines the same key twice; Compose refuses the file. Keep one.',
  ),
  r(
    'SD-SCH-003',
    'error',
    'Unknown YAML tag',
    'Only the Compose tags !reset and !override (and standard !!str, !!int… tags) are understood.',
  ),
  r(
    'SD-SCH-004',
    'error',
    'Compose schema',
    'Each file and the merged model must match the Compose specification: known keys, right types and formats.',
  ),
  r(
    'SD-SCH-005',
    'error',
    'Image or build',
    'Every service needs `image` or `build`. A service only defined in an override file is usually a typo of a base service name.',
  ),
  r(
    'SD-SCH-006',
    'error',
    'Undefined reference',
    'Networks, volumes, secrets and configs used by a service must be declared at the top level; env_file must exist.',
  ),
  r(
    'SD-SCH-007',
    'error',
    'Duplicate port or mount',
    'Two services publish the same host port, or one service mounts two things at the same target.',
  ),
  r(
    'SD-SCH-008',
    'warning',
    'Obsolete version',
    'The top-level `version` key is obsolete and ignored by Compose v2. Remove it.',
  ),
  r(
    'SD-ENV-001',
    'error',
    '.env syntax',
    'The .env file does not parse the way Compose reads it (compose-go dotenv).',
  ),
  r(
    'SD-ENV-002',
    'error',
    'Interpolation syntax',
    'A `${` that fits no interpolation form. Escape a literal dollar as `$$`.',
  ),
  r(
    'SD-ENV-003',
    'error',
    'Required variable missing',
    '`${VAR:?message}` / `${VAR?message}` names a variable that is not set (or empty).',
  ),
  r(
    'SD-ENV-004',
    'error',
    'Unset variable',
    '`${VAR}` or `$VAR` without a default names a variable that is not set: Compose silently uses an empty string. Error in prod, warning in dev.',
  ),
  r(
    'SD-ENV-005',
    'warning',
    'Host-side interpolation in container command',
    '`$VAR` in a healthcheck or command is replaced on the host from .env; write `$$VAR` to let the container shell expand its own variable.',
  ),
  r(
    'SD-ENV-006',
    'error',
    'Variables schema',
    'Required variables are present and typed as the stack variables schema (env.schema.json) declares; every variable is documented in .env.example.',
  ),
  r(
    'SD-ENV-007',
    'error',
    'Variables consistency',
    'DATABASE_URL agrees with POSTGRES_USER / POSTGRES_DB and the database service name; REDIS_URL points at the cache service; the webhook URL is https in prod.',
  ),
  r('SD-ENV-008', 'warning', '.env drift', 'Keys in .env and .env.example differ.'),
  r('SD-ENV-009', 'warning', 'Duplicated .env key', 'A key is set twice in .env; the last value wins.'),
  r('SD-DEP-001', 'error', 'Unknown dependency', 'depends_on names a service that does not exist.'),
  r(
    'SD-DEP-002',
    'error',
    'Dependency cycle',
    'depends_on relations form a cycle; Compose cannot order the services.',
  ),
  r(
    'SD-DEP-003',
    'error',
    'service_healthy without healthcheck',
    'A `service_healthy` dependency needs a healthcheck on its target; Compose only fails at runtime.',
  ),
  r(
    'SD-DEP-004',
    'error',
    'Migrations gate',
    'App services that use the database depend on the migrations service with `condition: service_completed_successfully`.',
  ),
  r(
    'SD-DEP-005',
    'error',
    'Migrations wait for the database',
    'The migrations service depends on the database with `condition: service_healthy`.',
  ),
  r(
    'SD-DEP-006',
    'error',
    'Completed target is a one-shot',
    'A `service_completed_successfully` target must exit: restart "no" or a bounded on-failure:N.',
  ),
  r(
    'SD-NET-001',
    'error',
    'Only the proxy publishes',
    'In prod only the proxy publishes ports, and only 80 and 443.',
  ),
  r(
    'SD-NET-002',
    'error',
    'Database and cache not published',
    'The database and the cache never publish ports in prod; in dev only on 127.0.0.1.',
  ),
  r(
    'SD-NET-003',
    'error',
    'Database and cache on an internal network',
    'In prod the database and the cache are attached only to networks declared `internal: true`.',
  ),
  r(
    'SD-NET-004',
    'error',
    'Host network',
    '`network_mode: host` bypasses network isolation and port mapping.',
  ),
  r(
    'SD-VOL-001',
    'error',
    'Stateful data on named volumes',
    'In prod the database and cache data directories are named volumes, not bind mounts or container layers.',
  ),
  r(
    'SD-VOL-002',
    'warning',
    'Certificates and logs on named volumes',
    'Writable certificate and log directories belong on named volumes, not host paths.',
  ),
  r(
    'SD-VOL-003',
    'error',
    'Sensitive host path mounted',
    'Mounting /, /etc, /proc, /sys, /dev, /boot, /root or the Docker socket hands the container the host.',
  ),
  r(
    'SD-HC-001',
    'error',
    'Healthcheck missing',
    'Every long-running service has a healthcheck (error in prod, warning in dev).',
  ),
  r(
    'SD-HC-002',
    'error',
    'Healthcheck timing',
    'Durations parse (10s, 1m30s); timeout is shorter than interval; slow starters have a start_period.',
  ),
  r(
    'SD-RST-001',
    'error',
    'Restart policy value',
    'restart is one of "no", always, on-failure[:N], unless-stopped (the schema accepts any string).',
  ),
  r(
    'SD-RST-002',
    'error',
    'Restart policy per environment',
    'Long-running services restart always / unless-stopped in prod (on-failure in dev); migrations restart "no".',
  ),
  r(
    'SD-RES-001',
    'error',
    'Memory limit',
    'In prod every long-running service has a memory limit (deploy.resources.limits.memory or mem_limit).',
  ),
  r(
    'SD-RES-002',
    'warning',
    'CPU limit',
    'In prod every long-running service has a CPU limit (deploy.resources.limits.cpus or cpus).',
  ),
  r(
    'SD-RES-003',
    'error',
    'Resource units',
    'Resource sizes parse (512m, 1g) and reservations do not exceed limits.',
  ),
  r(
    'SD-RES-004',
    'warning',
    'Log rotation',
    'In prod json-file/local logging sets max-size (and max-file) so logs cannot fill the disk.',
  ),
  r(
    'SD-SEC-001',
    'error',
    'Literal credential',
    'A credential-shaped key (PASSWORD, SECRET, TOKEN, _KEY, DSN) has a literal value in a compose file; use ${VAR} from .env.',
  ),
  r(
    'SD-SEC-002',
    'error',
    'Credentials in a literal URL',
    'A URL in a compose file embeds a password; interpolate it from .env instead.',
  ),
  r(
    'SD-SEC-003',
    'error',
    'Bot token in a compose file',
    'A value has the shape of a Telegram bot token; keep it in .env (or a secret).',
  ),
  r(
    'SD-SEC-004',
    'error',
    '.env tracked by git',
    'The .env file is in the git index; remove it (git rm --cached) and ignore it.',
  ),
  r(
    'SD-SEC-005',
    'error',
    'Mutable image tag',
    'In prod every image has an explicit, immutable tag (not latest) or a digest.',
  ),
  r(
    'SD-SEC-006',
    'error',
    'Dangerous privileges',
    'privileged, host pid/ipc/userns, dangerous cap_add or unconfined seccomp/apparmor give the container the host.',
  ),
  r(
    'SD-SEC-007',
    'error',
    'Shipped file leads outside the working directory',
    'A bind mount, env_file, configs/secrets file (or a file inside a shipped folder) is a symlink to a place outside the working directory; the release would carry that file to the host. Copy the file into the project or mount the host path instead.',
  ),
];

export const RULE_BY_ID: ReadonlyMap<string, RuleInfo> = new Map(RULES.map((x) => [x.id, x]));

export function defaultSeverity(rule: string): Severity {
  return RULE_BY_ID.get(rule)?.severity ?? 'error';
}

/**
 * Opinions about a stack's shape (limits, who publishes, internal networks, health checks, restart
 * policies, migration gates, documented variables): warnings for a stack that declares no roles
 * under the default policy. Every other rule is a Compose check, a correctness or a safety rule.
 */
export const SHAPE_OPINIONS: ReadonlySet<string> = new Set([
  'SD-DEP-004',
  'SD-DEP-005',
  'SD-ENV-006',
  'SD-ENV-007',
  'SD-NET-001',
  'SD-NET-002',
  'SD-NET-003',
  'SD-VOL-001',
  'SD-HC-001',
  'SD-HC-002',
  'SD-RST-002',
  'SD-RES-001',
  'SD-RES-002',
  'SD-RES-004',
]);
