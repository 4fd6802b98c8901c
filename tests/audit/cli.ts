/**
 * npm run audit -- --figures DIR --data DIR [--noise 2] [--k 5] [--json FILE] [--budget SECONDS] [--fail]
 *
 * Attacks a published site's figures (DIR: a figures/ folder, or a folder of `npm run
 * metrics` exports named by period) with the public population of the export in --data,
 * and scores the attack against the true counts of that export. --noise is the noise the
 * attacker assumes (2: METRICS.md's perturbation; 0: figures made without it). --fail exits
 * 1 when the METRICS.md criterion does not hold.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { audit, formatReport, readCanonical, readPublication, USED_METRICS } from './index';

const USAGE = 'usage: npm run audit -- --figures DIR --data DIR [--noise 2] [--k 5] [--json FILE] [--budget SECONDS] [--fail]';
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
        fail: { type: 'boolean', default: false }
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
  const started = performance.now();
  const publication = readPublication(values.figures!, { k, metrics: USED_METRICS });
  if (!publication.figures.length) fail(`${values.figures}: no figures found (a figures/ folder with index.json, or metrics exports named by period).`);
  const data = await readCanonical(values.data!);
  const report = await audit({ publication, data, noise, budget: Number(values.budget) });
  process.stdout.write(`${formatReport(report)}\n`);
  process.stderr.write(`audit: ${Math.round((performance.now() - started) / 1000)} s\n`);
  if (values.json) writeFileSync(values.json, JSON.stringify(report, null, 1));
  if (values.fail && !report.criterionHolds) process.exit(1);
}

main().catch((e) => fail(String((e as Error).stack ?? e)));
