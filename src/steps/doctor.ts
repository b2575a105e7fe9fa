/** command: doctor — runs the troubleshooting guide on the host, read-only, without the lock. */
import { randomBytes } from 'node:crypto';
import { doctorScript, parseSections, tlsTargetsOf } from '../plan/doctor.js';
import { factsOf } from '../plan/doctor-facts.js';
import type { RemoteLayout } from '../plan/remote.js';
import type { Transport } from '../transport/types.js';
import { CommandError } from '../util/errors.js';
import { logUntrusted, type Logger } from '../util/logger.js';
import { diagnose } from './doctor-checks.js';
import { renderSummary, renderText, report, type DoctorReport } from './doctor-render.js';
import { checkDocker } from './status.js';

export interface DoctorInput {
  project: string;
  remote: RemoteLayout;
  healthUrls: readonly string[];
}

export async function doctor(t: Transport, input: DoctorInput, logger: Logger): Promise<DoctorReport> {
  await checkDocker(t);
  const token = `sd-doctor-${randomBytes(12).toString('hex')}`;
  const argv = doctorScript(
    input.remote.dir,
    input.project,
    token,
    input.healthUrls,
    tlsTargetsOf(input.healthUrls),
  );
  const r = await t.exec(argv, { timeoutMs: 600_000 });
  const sections = parseSections(r.stdout, token);
  if (!sections.some((s) => s.name === 'end'))
    throw new CommandError(`${t.target}: the doctor script did not finish`, r.code, r.stderr);
  const facts = factsOf(sections, input.healthUrls);
  const rep = report(facts.release, diagnose(facts, { dir: input.remote.dir, project: input.project }));
  logUntrusted(logger, renderText(rep));
  return rep;
}

/** The pipeline's doctor case: report, outputs and summary; returns the number of problems. */
export async function runDoctor(
  t: Transport,
  settings: { healthUrls: readonly string[] },
  project: string,
  remote: RemoteLayout,
  deps: {
    logger: Logger;
    outputs: { set(name: 'doctor' | 'release-id', v: string): void; summary(md: string): void };
  },
): Promise<number> {
  const rep = await deps.logger.group('doctor', () =>
    doctor(t, { project, remote, healthUrls: settings.healthUrls }, deps.logger),
  );
  deps.outputs.set('doctor', JSON.stringify(rep));
  if (rep.release) deps.outputs.set('release-id', rep.release);
  deps.outputs.summary(renderSummary(rep, project));
  if (rep.problems) deps.logger.error(`doctor found ${rep.problems} problem(s) on ${t.target} (${project})`);
  return rep.problems;
}
