// Every case of the bad-input table in docs/security.md. Add a module exporting BadInput[] (runner side
// here; host and container output from the host-side suites) and list it below.
import { ACTION_INPUT_CASES } from './action-inputs.js';
import { COMPOSE_CASES } from './compose.js';
import type { BadInput } from './types.js';

export type { BadInput, Outcome } from './types.js';

export const BAD_INPUTS: BadInput[] = [...ACTION_INPUT_CASES, ...COMPOSE_CASES];
