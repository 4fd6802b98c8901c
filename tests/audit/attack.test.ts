/**
 * The attack on hand-made publications: each relation and derived figure pins what it
 * should, the noise model keeps what it should open, and the best guess follows the noise.
 */
import { describe, expect, it } from 'vitest';
import type { FigureRow } from '../../src/lib/metrics/types';
import { bestGuesses, likelihood } from './index';
import { AttackModel, cellKey, wilson, type AttackOptions } from './model';
import { Population, type PopulationRow } from './population';
import type { Publication, Published } from './publication';
import { solve } from './solve';

const M = '2025-03..2025-03';
type Row = Partial<FigureRow> & Pick<FigureRow, 'metric'> & { period?: string };

function publication(rows: Row[], k = 5): Publication {
  const figures: Published[] = rows.map((r) => ({
    city: 'C',
    wijk_id: '',
    provider: 'all',
    dimension: '',
    group: '',
    value: null,
    suppressed: null,
    ...r,
    period: r.period ?? M,
    file: 'test.json'
  }));
  const periods = new Map([...new Set(figures.map((f) => f.period))].map((p) => [p, { from: p.slice(0, 7), to: p.slice(9) }]));
  return { k, cities: ['C'], wijken: [{ wijk_id: 'W1', city: 'C' }, { wijk_id: 'W2', city: 'C' }, { wijk_id: 'C-ONB', city: 'C' }], dimensions: [], periods, figures, skipped: new Map() };
}

const shown = (wijk_id: string, metric: string, value: number, extra: Row | object = {}): Row => ({ wijk_id, metric, value, ...extra });
const hidden = (wijk_id: string, metric: string, extra: Row | object = {}): Row => ({ wijk_id, metric, suppressed: 'below_k', ...extra });

async function attack(rows: Row[], opts: Partial<AttackOptions> & { population?: PopulationRow[] } = {}) {
  const model = new AttackModel(publication(rows), new Population(opts.population ?? []), { noise: 0, sameCity: false, rowsMeanNonzero: false, ...opts });
  await solve(model.sys, model.hidden.map((c) => c.x));
  const range = (key: string) => {
    const c = model.cells.get(key)!;
    return [model.sys.lo[c.x], model.sys.hi[c.x]];
  };
  return { model, range };
}
const key = (wijk: string, metric = 'participants', provider = 'all', period = M) => cellKey(period, 'C', wijk, provider, '', '', metric);

describe('the attack without noise', () => {
  it('takes a hidden wijk back by subtraction from its city, and says which figures gave it away', async () => {
    const { model, range } = await attack([shown('', 'participants', 10), shown('W1', 'participants', 6), hidden('W2', 'participants'), shown('C-ONB', 'participants', 0)]);
    expect(range(key('W2'))).toEqual([4, 4]);
    const c = model.cells.get(key('W2'))!;
    expect(model.sys.chain(c.x).join('\n')).toMatch(/participants = 10/);
  });

  it('leaves a hidden count open when two hidden cells share the remainder', async () => {
    const rows = [shown('', 'participants', 10), shown('W1', 'participants', 6), hidden('W2', 'participants'), hidden('C-ONB', 'participants')];
    // Where zeros are shown as 0, a hidden count is 1..4, so both hidden cells are 1..3.
    expect((await attack(rows, { zeroHidden: false })).range(key('W2'))).toEqual([1, 3]);
    expect((await attack(rows, { zeroHidden: true })).range(key('W2'))).toEqual([0, 4]);
  });

  it('turns a rate back into its count with the public population, within the rounding of the published value', async () => {
    const population = [
      { wijk_id: 'W1', ref_date: '2025-01-01', dimension: 'total', group: 'total', population: 5000 },
      { wijk_id: 'W2', ref_date: '2025-01-01', dimension: 'total', group: 'total', population: 50000 }
    ];
    // Both rates carry one decimal: 0.4 per 1,000 is 1.75..2.25 persons of 5,000 but 17.5..22.5 of 50,000.
    const { range } = await attack(
      [hidden('W1', 'participants'), shown('W1', 'reach_rate', 0.4), shown('W2', 'participants', 20), shown('W2', 'reach_rate', 0.4), shown('', 'participants', 22)],
      { population }
    );
    expect(range(key('W1'))).toEqual([2, 2]);
  });

  it("adds a quarter's newcomers up from its months", async () => {
    const Q = '2025-01..2025-03';
    const months = ['2025-01', '2025-02', '2025-03'].map((m) => `${m}..${m}`);
    const rows: Row[] = [shown('W1', 'participants', 9, { period: Q }), shown('W1', 'newcomers', 7, { period: Q })];
    months.forEach((p, i) => rows.push(shown('W1', 'participants', 5, { period: p }), i === 1 ? hidden('W1', 'newcomers', { period: p }) : shown('W1', 'newcomers', i + 2, { period: p })));
    const { range } = await attack(rows);
    // 7 = 2 + x + 4
    expect(range(key('W1', 'newcomers', 'all', months[1]))).toEqual([1, 1]);
  });

  it('takes a hidden GGW count back from all = buurtwerk + GGW - both', async () => {
    const ov = (m: string, v: number | null) => (v === null ? hidden('W1', m) : shown('W1', m, v));
    const { range } = await attack([ov('bw', 12), ov('ggw', null), ov('both', null), ov('bw_only', 9), ov('ggw_only', 0), shown('W1', 'jaccard', 3 / 12)]);
    expect(range(key('W1', 'both'))).toEqual([3, 3]);
    expect(range(key('W1', 'ggw'))).toEqual([3, 3]);
  });
});

describe('the attack with the noise of METRICS.md', () => {
  it('pins nothing by subtraction: every count may be 2 off', async () => {
    const { range } = await attack([shown('', 'participants', 10), shown('W1', 'participants', 6), hidden('W2', 'participants'), shown('C-ONB', 'participants', 0)], { noise: 2, zeroHidden: false });
    const [lo, hi] = range(key('W2'));
    expect(lo).toBeLessThan(hi);
    expect(lo).toBeLessThanOrEqual(4);
    expect(hi).toBeGreaterThanOrEqual(4);
  });

  it('ties true and published counts as p = max(0, x + d): 0 stays 0, a published 0 may be 1 or 2', async () => {
    const { model, range } = await attack([shown('W1', 'participants', 0), shown('W2', 'participants', 3), hidden('', 'participants')], { noise: 2 });
    expect(range(key('W1'))).toEqual([0, 2]);
    expect(range(key('W2'))).toEqual([1, 5]);
    const sys = model.sys;
    const c = model.cells.get(key('W2'))!;
    expect([sys.lo[c.p], sys.hi[c.p]]).toEqual([3, 3]);
  });

  it('guesses the most probable value given the base rate of hidden counts and the noise', () => {
    const mostlyOnes = [0.05, 0.6, 0.2, 0.1, 0.05];
    const mostlyThrees = [0.05, 0.1, 0.15, 0.6, 0.1];
    // Published "<5" (p in 0..4) says little: the base rate decides.
    expect(bestGuesses([{ lo: 0, hi: 6, plo: 0, phi: 4 }], 2, mostlyOnes)).toEqual([1]);
    expect(bestGuesses([{ lo: 0, hi: 6, plo: 0, phi: 4 }], 2, mostlyThrees)).toEqual([3]);
    // The relations may rule the likeliest out.
    expect(bestGuesses([{ lo: 2, hi: 6, plo: 0, phi: 4 }], 2, mostlyOnes)).toEqual([2]);
    // A published 7 (7 not in the base rate of small counts) is most likely a true 7.
    expect(bestGuesses([{ lo: 5, hi: 9, plo: 7, phi: 7 }], 2, mostlyOnes)).toEqual([7]);
    // Without noise, the range and the base rate.
    expect(bestGuesses([{ lo: 2, hi: 4, plo: 2, phi: 4 }], 0, mostlyThrees)).toEqual([3]);
  });

  it('weighs a true count by how likely it publishes the value seen: 0 stays 0, 1 may show 0..3', () => {
    expect(likelihood(0, 0, 4, 2)).toBe(1);
    expect(likelihood(0, 1, 4, 2)).toBe(0);
    expect(likelihood(1, 0, 0, 2)).toBeCloseTo(0.3);
    expect(likelihood(3, 0, 4, 2)).toBeCloseTo(0.9);
    expect(likelihood(6, 0, 4, 2)).toBeCloseTo(0.1);
    expect(likelihood(7, 0, 4, 2)).toBe(0);
  });
});

describe('limits and scores that give counts back', () => {
  it('inverts a Wilson limit to the counts that round to it', async () => {
    const population = [{ wijk_id: 'W1', ref_date: '2025-01-01', dimension: 'total', group: 'total', population: 400 }];
    const low = Math.round(wilson(3, 400)[0] * 10000) / 10; // per 1,000, one decimal
    const { range } = await attack([hidden('W1', 'participants'), shown('W1', 'reach_rate_low', low)], { population });
    const [lo, hi] = range(key('W1'));
    expect(lo).toBeLessThanOrEqual(3);
    expect(hi).toBeGreaterThanOrEqual(3);
    expect(hi - lo).toBeLessThanOrEqual(1);
  });

  it('inverts a reach-rate z-score against the shown city rate', async () => {
    const population = ['W1', 'W2', 'C-ONB'].map((w, i) => ({ wijk_id: w, ref_date: '2025-01-01', dimension: 'total', group: 'total', population: i === 2 ? 0 : 300 }));
    const p0 = 40 / 600;
    const z = Math.round(((3 / 300 - p0) / Math.sqrt((p0 * (1 - p0)) / 300)) * 10000) / 10000;
    const { range } = await attack([shown('', 'participants', 40), hidden('W1', 'participants'), shown('W1', 'reach_rate_z', z)], { population });
    expect(range(key('W1'))).toEqual([3, 3]);
  });
});

describe('rules the publication itself proves broken', () => {
  it('flags a rate shown over a count below k, and a concentration figure over a top 20% below k persons', async () => {
    const population = [{ wijk_id: 'W1', ref_date: '2025-01-01', dimension: 'total', group: 'total', population: 5000 }];
    const { model } = await attack([hidden('W1', 'participants'), shown('W1', 'reach_rate', 0.6), shown('W2', 'participants', 12), shown('W2', 'top20_share', 0.4)], { population, zeroHidden: false });
    const breaches = [...model.ruleBreaches, ...model.thresholdBreaches()];
    expect(breaches).toEqual([expect.stringMatching(/W2 top20_share is shown for 12 participants/), expect.stringMatching(/W1 reach_rate = 0.6 is shown, but its numerator is 3..3 persons/)]);
  });

  it('does not flag a rate over k persons or more', async () => {
    const population = [{ wijk_id: 'W1', ref_date: '2025-01-01', dimension: 'total', group: 'total', population: 5000 }];
    const { model } = await attack([shown('W1', 'participants', 30), shown('W1', 'reach_rate', 6), shown('W1', 'top20_share', 0.4)], { population });
    expect([...model.ruleBreaches, ...model.thresholdBreaches()]).toEqual([]);
  });
});

