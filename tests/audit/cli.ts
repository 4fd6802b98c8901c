/**
 * npm run audit -- --figures DIR --data DIR [--noise 2] [--k 5] [--json FILE]
 *   [--expect safe|leaky] [--budget SECONDS] [--mip-limit N] [--score-periods N]
 *
 * Attacks a published site's figures (DIR: a figures/ folder, or a folder of `npm run
 * metrics` exports named by period) with the public population of the export in --data,
 * and scores the attack against the true counts of that export. --noise is the noise the
 * attacker assumes (2: METRICS.md's perturbation; 0: figures made without it).
 * --expect safe exits 1 unless the METRICS.md criterion holds; --expect leaky (for figures
 * made with --unsafe-no-perturbation) exits 1 unless the attack recovers hidden counts.
 * Either way it exits 1 if the attack is unsound (a recovery or range the truth refutes).
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { judge } from './harness';
import { audit, formatReport, readCanonical, readPublication, USED_METRICS } from './index';

const USAGE = 'usage: npm run audit -- --figures DIR --data DIR [--noise 2] [--k 5] [--json FILE] [--expect safe|leaky] [--budget SECONDS] [--mip-limit N] [--score-periods N]';
const fail = (m: string): never => {
  process.stderr.write(`${m}\n`);
  process.exit(2);
};

async function main() {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        figures: { type: 'string' },
        data: { type: 'string' },
        noise: { type: 'string', default: '2' },
        k: { type: 'string' },
        json: { type: 'string' },
        budget: { type: 'string', default: '600' },
        'mip-limit': { type: 'string' },
        'score-periods': { type: 'string' },
        expect: { type: 'string' }
      }
    }));
  } catch (e) {
    return fail(`${(e as Error).message}\n${USAGE}`);
  }
  if (!values.figures || !values.data) fail(USAGE);
  const noise = Number(values.noise);
  if (!Number.isInteger(noise) || noise < 0) fail('--noise must be a whole number of at least 0 (2 for cell-key perturbation, 0 for none).');
  const k = values.k === undefined ? undefined : Number(values.k);
  if (k !== undefined && (!Number.isInteger(k) || k < 1)) fail('--k must be a whole number.');
  if (values.expect !== undefined && values.expect !== 'safe' && values.expect !== 'leaky') fail('--expect must be safe or leaky.');
  const count = (v: string | undefined, name: string) => {
    if (v === undefined) return undefined;
    const n = Number(v);
    if (!Number.isInteger(n) || n < 0) fail(`--${name} must be a whole number.`);
    return n;
  };
  const started = performance.now();
  const publication = readPublication(values.figures!, { k, metrics: USED_METRICS });
  if (!publication.figures.length) fail(`${values.figures}: no figures found (a figures/ folder with index.json, or metrics exports named by period).`);
  const data = await readCanonical(values.data!);
  const report = await audit({ publication, data, noise, budget: Number(values.budget), mipLimit: count(values['mip-limit'], 'mip-limit'), scorePeriods: count(values['score-periods'], 'score-periods') });
  process.stdout.write(`${formatReport(report)}\n`);
  process.stderr.write(`audit: ${Math.round((performance.now() - started) / 1000)} s\n`);
  if (values.json) writeFileSync(values.json, JSON.stringify(report, null, 1));
  if (values.expect) {
    const failures = judge(report, values.expect === 'safe');
    if (failures.length) {
      process.stderr.write(`audit: expected ${values.expect}, but:\n${failures.slice(0, -1).join('\n')}\n`);
      process.exit(1);
    }
  }
}

main().catch((e) => fail(String((e as Error).stack ?? e)));
