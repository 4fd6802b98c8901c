/**
 * The METRICS.md attack on the demo site's own figures (static/figures, which `npm test`
 * makes first): every scope file and series the site ships, the demo's public population.
 */
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CanonicalData } from '../../src/lib/load/canonical';
import { judge } from './harness';
import { audit, readCanonical, readPublication, USED_METRICS } from './index';

const FIGURES = 'static/figures';
let data: CanonicalData;

beforeAll(async () => {
  if (!existsSync(`${FIGURES}/index.json`)) {
    const r = spawnSync('npm', ['run', '-s', 'figures:demo'], { encoding: 'utf8', timeout: 900_000 });
    if (r.status !== 0) throw new Error(r.stderr);
  }
  data = await readCanonical('data/demo');
}, 900_000);

// The truth is the slow part on 200,000 participations: score a spread of periods; the attack itself uses every file.
const options = { scorePeriods: 8, mipLimit: 300 };

describe('the auditor on the demo site', () => {
  it('finds nothing certain in the perturbed demo figures, and guesses no better than blind + 10 points', async () => {
    const report = await audit({ publication: readPublication(FIGURES, { metrics: USED_METRICS }), data, noise: 2, ...options });
    expect(judge(report, true)).toEqual([]);
  }, 900_000);
});
