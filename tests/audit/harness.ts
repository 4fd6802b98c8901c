/**
 * What the audit tests share: making a site's figures with or without perturbation (the
 * figures command's switches), and judging an audit report against METRICS.md.
 */
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { formatReport, type AuditReport } from './index';

/** A fresh deployment secret in a temp file, as a city would keep one. */
export function secretFile(): string {
  const f = join(mkdtempSync(join(tmpdir(), 'ww-secret-')), 'secret.txt');
  writeFileSync(f, randomBytes(32).toString('hex'));
  return f;
}

/**
 * `npm run figures` for an export folder: perturbed with a secret, or with
 * --unsafe-no-perturbation (the figures as they were before issue 11: the attack's "before").
 */
export function makeFigures(data: string, out: string, o: { perturb: boolean; k?: number }): void {
  const switches = o.perturb ? ['--secret-file', secretFile()] : ['--unsafe-no-perturbation'];
  const r = spawnSync('npx', ['tsx', 'src/cli/figures.ts', '--data', data, '--out', out, '--k', String(o.k ?? 5), ...switches], { encoding: 'utf8', timeout: 900_000 });
  if (r.status !== 0) throw new Error(`figures failed:\n${r.stderr}`);
}

/**
 * What must hold of an audit, as a list of failures (empty = fine):
 * - always: no recovery is wrong and no true count lies outside the attack's range
 *   (else the attack, not the site, is broken), and the figures are self-consistent;
 * - perturbed: the METRICS.md criterion (nothing certain, guesses at most 10 points
 *   above the blind guess), and no figure shown that rests on fewer than k persons;
 * - unperturbed: the attack must succeed (hidden counts recovered), so the test can fail.
 */
export function judge(r: AuditReport, perturbed: boolean): string[] {
  const out: string[] = [];
  if (r.hidden.total === 0) out.push('no hidden counts: nothing was attacked');
  if (r.score.certainWrong) out.push(`${r.score.certainWrong} recoveries are wrong: the attack is unsound`);
  if (r.score.outOfRange) out.push(`${r.score.outOfRange} true counts lie outside the attack's range: the attack is unsound`);
  if (r.inconsistencies.length) out.push(`the same figure is published with two values: ${r.inconsistencies.slice(0, 3).join('; ')}`);
  if (perturbed && !r.criterionHolds) out.push('the METRICS.md criterion fails on perturbed figures');
  if (perturbed && r.ruleBreaches.length) out.push(`${r.ruleBreaches.length} figures are shown against a rule of METRICS.md (R7's top 20%, or resting on fewer than k)`);
  if (!perturbed && r.recoveries.length === 0) out.push('without perturbation the attack recovered nothing: the test could not fail');
  return out.length ? [...out, formatReport(r)] : [];
}
