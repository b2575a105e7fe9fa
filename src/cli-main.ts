#!/usr/bin/env node
// The CLI's entry: turn on Node's on-disk compile cache (Node 22.1 and later) before the bundle of
// the CLI is loaded, so a cold process reuses V8's code for it instead of compiling it again.
import module from 'node:module';

(module as { enableCompileCache?: () => unknown }).enableCompileCache?.();
await import('./cli.js');
