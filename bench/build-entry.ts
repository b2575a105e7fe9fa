// What bench/build.mjs runs, bundled with ncc so that plain node can load it.
export { build } from '../src/steps/build.js';
export { run } from '../src/transport/process.js';
export { toSettings } from '../src/config/settings.js';
export { MemoryLogger } from '../src/util/logger.js';
