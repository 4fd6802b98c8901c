/**
 * The METRICS.md attack on generated small cities (many wijken under 500 residents,
 * groups of 1-4 people, 24 months): the figures a site would publish, made by the figures
 * command, attacked with every relation. Without perturbation the attack must recover
 * hidden counts (so this test can fail); with it, the criterion must hold.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CanonicalData } from '../../src/lib/load/canonical';
import { smallCity, writeExport } from '../reference/small-city';
import { judge, makeFigures } from './harness';
import { audit, readCanonical, readPublication, USED_METRICS } from './index';

const work = mkdtempSync(join(tmpdir(), 'ww-audit-city-'));
const dataDir = join(work, 'export');
let data: CanonicalData;

beforeAll(async () => {
  writeExport(smallCity({ seed: 2026, wijken: 12 }), dataDir);
  // The truth comes from the tables as the loader reads them, as the figures do.
  data = await readCanonical(dataDir);
}, 120_000);

describe('the auditor on a generated small city', () => {
  it('recovers hidden counts from unperturbed figures, every one of them right', async () => {
    const out = join(work, 'unsafe');
    makeFigures(dataDir, out, { perturb: false });
    const publication = readPublication(out, { metrics: USED_METRICS });
    const report = await audit({ publication, data, noise: 0, mipLimit: 400 });
    expect(judge(report, false)).toEqual([]);
    // The attack is strong, not merely non-zero: hundreds of "<k" cells come back exactly. (Fewer
    // than against the old complementary suppression, which published more cells beside the hidden
    // ones; the threshold alone still gives them back by subtraction.)
    expect(report.hidden.below_k).toBeGreaterThan(1000);
    expect(report.belowK.certain).toBeGreaterThan(100);
    expect(report.criterionHolds).toBe(false);
    // A recovery names the figures that gave it away.
    expect(report.recoveries[0].chain.length).toBeGreaterThan(0);

    // The noise model is sound on these figures too (no noise is one draw of it): nothing it pins is wrong.
    const noisy = await audit({ publication, data, noise: 2, mipLimit: 300 });
    expect(noisy.score.certainWrong).toBe(0);
    expect(noisy.score.outOfRange).toBe(0);
  }, 900_000);

  it('finds nothing certain in perturbed figures, and guesses no better than blind + 10 points', async () => {
    const out = join(work, 'perturbed');
    makeFigures(dataDir, out, { perturb: true });
    const report = await audit({ publication: readPublication(out, { metrics: USED_METRICS }), data, noise: 2, mipLimit: 1500 });
    expect(judge(report, true)).toEqual([]);
  }, 900_000);
});
