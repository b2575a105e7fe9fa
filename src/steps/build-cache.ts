/**
 * cache: local across runs: the rotated buildx cache directory travels through the GitHub Actions
 * cache service (@actions/cache). Best effort: no outcome here ever fails a build.
 */
import { createHash } from 'node:crypto';
import { rmSync } from 'node:fs';
import { formatDuration, type Logger } from '../util/logger.js';

/** The part of @actions/cache this uses; tests pass a fake. */
export interface ActionsCache {
  isFeatureAvailable(): boolean;
  /** the key that matched, undefined on a miss */
  restoreCache(paths: string[], primaryKey: string, restoreKeys?: string[]): Promise<string | undefined>;
  /** the cache id; -1 when the service did not take it (e.g. another job already saves that key) */
  saveCache(paths: string[], key: string): Promise<number>;
}

export interface LocalCacheKey {
  key: string;
  /** prefixes tried when the key itself misses: the newest entry of the same stack */
  restoreKeys: string[];
}

export interface KeyParts {
  /** compose files relative to the workspace, in merge order */
  composeFiles: string[];
  services: string[];
  platforms: string[];
  /** the commit built; without one the run id stands in */
  sha?: string;
  env: Record<string, string | undefined>;
}

/**
 * `stack-deploy-buildx-<os>-<arch>-<scope>-<sha>`, restored by the prefix up to the scope. The
 * scope (12 hex of a sha256) covers the compose files, the services and the platforms: the cache
 * directory is replaced whole after each build, so a build of other services must not overwrite it.
 */
export function localCacheKey(p: KeyParts): LocalCacheKey {
  const scope = createHash('sha256')
    .update(JSON.stringify([p.composeFiles, [...p.services].sort(), [...p.platforms].sort()]))
    .digest('hex')
    .slice(0, 12);
  const prefix = `stack-deploy-buildx-${process.platform}-${process.arch}-${scope}-`;
  const id = p.sha ?? `run-${p.env.GITHUB_RUN_ID ?? '0'}-${p.env.GITHUB_RUN_ATTEMPT ?? '1'}`;
  return { key: prefix + id, restoreKeys: [prefix] };
}

export interface LocalCacheDeps {
  logger: Logger;
  /**
   * The cache service client. The action's entry point passes @actions/cache (loaded on first use,
   * so other commands never pay for it); the CLI passes none and keeps the plain directory.
   */
  cache?: ActionsCache | (() => Promise<ActionsCache>);
  env: Record<string, string | undefined>;
}

export interface LocalCacheHandle {
  /** Saves the directory under the key; call only after a successful build rotated it. */
  save(): Promise<void>;
}

const NOTHING_TO_SAVE: LocalCacheHandle = { save: async () => {} };

const why = (err: unknown) => (err instanceof Error ? err.message : String(err));

/** Restores `dir` before the build when the Actions cache service is there; else one info line. */
export async function restoreLocalCache(
  dir: string,
  k: LocalCacheKey,
  deps: LocalCacheDeps,
): Promise<LocalCacheHandle> {
  const { logger, env } = deps;
  if (env.GITHUB_ACTIONS !== 'true') {
    logger.info(`cache local: not on GitHub Actions; ${dir} is kept only as long as the directory itself`);
    return NOTHING_TO_SAVE;
  }
  if (!deps.cache) {
    logger.info(
      `cache local: only the action restores and saves ${dir} with the GitHub Actions cache; from the CLI, cache that directory with actions/cache`,
    );
    return NOTHING_TO_SAVE;
  }
  const cache = typeof deps.cache === 'function' ? await deps.cache() : deps.cache;
  if (!cache.isFeatureAvailable()) {
    logger.info(
      `cache local: the GitHub Actions cache service is not available to this step; ${dir} is neither restored nor saved`,
    );
    return NOTHING_TO_SAVE;
  }
  const started = Date.now();
  let hit: string | undefined;
  try {
    hit = await cache.restoreCache([dir], k.key, k.restoreKeys);
    if (hit)
      logger.info(`cache local: restored ${dir} from ${hit} in ${formatDuration(Date.now() - started)}`);
    else logger.info(`cache local: no usable entry for ${k.restoreKeys[0]}*; building with an empty cache`);
  } catch (err) {
    logger.warn(`cache local: ${dir} was not restored (${why(err)}); building with an empty cache`);
  }
  // the library reports a failed download or extraction as a miss: half a directory would
  // confuse bake more than an empty one
  if (!hit) rmSync(dir, { recursive: true, force: true });
  return {
    save: async () => {
      if (hit === k.key) {
        logger.info(`cache local: ${k.key} was restored exactly; not saved again`);
        return;
      }
      const t = Date.now();
      try {
        const id = await cache.saveCache([dir], k.key);
        logger.info(
          id === -1
            ? `cache local: the cache service did not take ${k.key} (see above); the next build restores an older entry`
            : `cache local: saved ${dir} as ${k.key} in ${formatDuration(Date.now() - t)}`,
        );
      } catch (err) {
        // the images are built; a cache that was not saved only slows the next build
        logger.warn(`cache local: ${dir} was not saved as ${k.key}: ${why(err)}`);
      }
    },
  };
}
