// Service roles: configured under x-stack-deploy, else by service name, else by image.
import { get, isMap, mapEntries, str, type Sink } from './tree.js';
import type { YMap } from './types.js';

export const ROLES = ['proxy', 'db', 'cache', 'oneshot', 'app'] as const;
export type Role = (typeof ROLES)[number];

const BY_NAME: Record<string, Role> = {
  nginx: 'proxy',
  postgres: 'db',
  redis: 'cache',
  migrations: 'oneshot',
  backend: 'app',
  bot: 'app',
  frontend: 'app',
};

const BY_IMAGE: [RegExp, Role][] = [
  [/(^|\/)(nginx|traefik|caddy|haproxy|envoy)([:@]|$)/, 'proxy'],
  [/(^|\/)(postgres|postgis|mysql|mariadb|mongo|timescaledb)([:@-]|$)/, 'db'],
  [/(^|\/)(redis|valkey|memcached|keydb)([:@-]|$)/, 'cache'],
];

/**
 * Whether a stack is shaped for stack-deploy's full rule set: it declares roles (x-stack-deploy at the
 * top or on a service), or every service is named like the bundled stack's.
 */
export function declaresRoles(model: YMap | undefined): boolean {
  if (get(model, 'x-stack-deploy')) return true;
  const services = mapEntries(get(model, 'services'));
  if (services.some((e) => get(e.value, 'x-stack-deploy'))) return true;
  return services.length > 0 && services.every((e) => e.key in BY_NAME);
}

function isRole(s: string | undefined): s is Role {
  return s !== undefined && (ROLES as readonly string[]).includes(s);
}

/** Resolves the role of every service; bad role values are reported. */
export function resolveRoles(model: YMap | undefined, sink: Sink | undefined): Map<string, Role> {
  const out = new Map<string, Role>();
  const servicesNode = get(model, 'services');
  const names = new Set(mapEntries(servicesNode).map((e) => e.key));
  const configured = get(get(model, 'x-stack-deploy'), 'roles');
  for (const e of mapEntries(configured)) {
    const r = str(e.value);
    if (!isRole(r)) {
      sink?.add(
        'SD-SCH-004',
        e.value.loc,
        `x-stack-deploy.roles.${e.key}: expected one of ${ROLES.join(', ')}, got ${JSON.stringify(r ?? null)}`,
      );
      continue;
    }
    if (!names.has(e.key)) {
      sink?.add('SD-SCH-004', e.keyLoc, `x-stack-deploy.roles: service "${e.key}" is not defined`, 'warning');
      continue;
    }
    out.set(e.key, r);
  }
  for (const e of mapEntries(servicesNode)) {
    const x = get(e.value, 'x-stack-deploy');
    if (isMap(x)) {
      const roleNode = get(x, 'role');
      if (roleNode) {
        const r = str(roleNode);
        if (isRole(r)) out.set(e.key, r);
        else
          sink?.add(
            'SD-SCH-004',
            roleNode.loc,
            `services.${e.key}.x-stack-deploy.role: expected one of ${ROLES.join(', ')}, got ${JSON.stringify(r ?? null)}`,
          );
      }
      for (const [k, ke] of x.entries) {
        if (k !== 'role')
          sink?.add(
            'SD-SCH-004',
            ke.keyLoc,
            `services.${e.key}.x-stack-deploy: unknown key "${k}" (expected role)`,
            'warning',
          );
      }
    }
    if (out.has(e.key)) continue;
    const byName = BY_NAME[e.key];
    if (byName) {
      out.set(e.key, byName);
      continue;
    }
    const image = str(get(e.value, 'image'));
    if (image) {
      const hit = BY_IMAGE.find(([re]) => re.test(image));
      if (hit) out.set(e.key, hit[1]);
    }
  }
  return out;
}

export function checkStackExtension(model: YMap | undefined, sink: Sink): void {
  const x = get(model, 'x-stack-deploy');
  if (x === undefined) return;
  if (!isMap(x)) {
    sink.add('SD-SCH-004', x.loc, 'x-stack-deploy: expected a mapping with roles and env-schema');
    return;
  }
  for (const [k, e] of x.entries) {
    if (k === 'roles') {
      if (!isMap(e.value))
        sink.add(
          'SD-SCH-004',
          e.value.loc,
          'x-stack-deploy.roles: expected a mapping of service name to role',
        );
    } else if (k === 'env-schema') {
      if (str(e.value) === undefined)
        sink.add('SD-SCH-004', e.value.loc, 'x-stack-deploy.env-schema: expected a path');
    } else {
      sink.add(
        'SD-SCH-004',
        e.keyLoc,
        `x-stack-deploy: unknown key "${k}" (expected roles or env-schema)`,
        'warning',
      );
    }
  }
}
