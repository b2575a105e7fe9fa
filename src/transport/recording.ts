import { shellJoin } from '../util/quote.js';
import type { ExecOptions, ExecResult, Transport } from './types.js';

export interface RecordedCall {
  argv: string[];
  /** the command line as the remote shell would read it */
  line: string;
  stdin?: string;
}

export type Responder = (
  argv: readonly string[],
  stdin: string | undefined,
) => Partial<ExecResult> | undefined;

/** A fake transport for pipeline tests: records every call and answers from responders. */
export class RecordingTransport implements Transport {
  readonly calls: RecordedCall[] = [];
  closed = false;
  constructor(
    private readonly responders: Responder[] = [],
    readonly target = 'recording@test:22',
  ) {}
  async exec(argv: readonly string[], opts: ExecOptions = {}): Promise<ExecResult> {
    const stdin = opts.stdin === undefined ? undefined : String(opts.stdin);
    this.calls.push({ argv: [...argv], line: shellJoin(argv), stdin });
    for (const r of this.responders) {
      const res = r(argv, stdin);
      if (res) {
        const full = { code: 0, stdout: '', stderr: '', ...res };
        if (full.stdout) opts.onStdout?.(full.stdout);
        return full;
      }
    }
    return { code: 0, stdout: '', stderr: '' };
  }
  async close(): Promise<void> {
    this.closed = true;
  }
}
