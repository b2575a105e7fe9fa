/** One hostile or broken input and how stack-deploy answers it (a row of docs/security.md). */
export interface BadInput {
  /** who controls it: action input, compose, .env, host output… */
  area: string;
  /** the input as shown in the table */
  input: string;
  /** what must happen: a clear error, or the value neutralised (quoted, redacted, ignored with a warning) */
  expect: 'error' | 'neutralised';
  /** runs the case; returns the outcome text (an error message or what the value became) */
  run: () => Promise<Outcome> | Outcome;
}

export interface Outcome {
  kind: 'error' | 'neutralised' | 'accepted';
  text: string;
}
