import { describe, expect, it } from 'vitest';
import type { FigureRow } from '../metrics/types';
import {
  layoutDots,
  leastRepresentative,
  lorenzDeciles,
  ratioData,
  representation,
  representativeness,
  unknownShare
} from './reach';

const r = (o: Partial<FigureRow>): FigureRow => ({
  city: 'L', wijk_id: 'W1', provider: 'buurtwerk', dimension: '', group: '', metric: 'participants', value: 1, suppressed: null, ...o
});
const hidden = (o: Partial<FigureRow>) => r({ value: null, suppressed: 'below_k', ...o });

const rows: FigureRow[] = [
  r({ value: 200 }),
  r({ dimension: 'age_band', group: '65-79', value: 120 }),
  r({ dimension: 'age_band', group: '25-44', value: 12 }),
  r({ dimension: 'age_band', group: 'unknown', value: 8 }),
  r({ metric: 'representation_index', dimension: 'age_band', group: '25-44', value: 0.21 }),
  r({ metric: 'representation_index', dimension: 'age_band', group: '65-79', value: 3.8 }),
  hidden({ metric: 'representation_index', dimension: 'age_band', group: '0-11' }),
  r({ metric: 'group_reach_rate', dimension: 'age_band', group: '25-44', value: 9.7 }),
  hidden({ metric: 'group_reach_rate', dimension: 'age_band', group: '0-11' }),
  r({ metric: 'representation_index', dimension: 'gender', group: 'v', value: 1.1 }),
  r({ wijk_id: 'W2', metric: 'representation_index', dimension: 'age_band', group: '25-44', value: 0.9 }),
  r({ metric: 'representativeness', dimension: 'age_band', value: 0.41 }),
  r({ metric: 'representativeness', dimension: 'gender', value: 0.9 }),
  r({ wijk_id: '', metric: 'representativeness', dimension: 'age_band', value: 0.8 }),
  hidden({ metric: 'representativeness', dimension: 'origin' }),
  r({ metric: 'dissimilarity', dimension: 'age_band', value: 0.59 })
];

describe('representation', () => {
  const rep = representation(rows, 'W1', 'age_band', new Map([['25-44', 0.27]]));
  it('one entry per group with an index or group reach rate, in order, this wijk only', () => {
    expect(rep.groups.map((g) => g.group)).toEqual(['0-11', '25-44', '65-79']);
    expect(rep.groups[1].ri?.value).toBe(0.21);
    expect(rep.groups[1].groupReachRate?.value).toBe(9.7);
    expect(rep.groups[1].participants?.value).toBe(12);
    expect(rep.groups[1].populationShare).toBe(0.27);
    expect(rep.groups[0].populationShare).toBeNull();
  });
  it('bars: a hidden index stays null with its reason', () => {
    expect(ratioData(rep)).toEqual([
      { key: '0-11', value: null, suppressed: 'below_k' },
      { key: '25-44', value: 0.21, suppressed: null },
      { key: '65-79', value: 3.8, suppressed: null }
    ]);
  });
  it('the unknown group is reported as a share of all participants', () => {
    const u = unknownShare(rep);
    expect(u.kind).toBe('share');
    if (u.kind === 'share') expect(u.share).toBeCloseTo(8 / 200, 12);
    expect(unknownShare(representation(rows, 'W1', 'gender')).kind).toBe('none');
    const small = representation([...rows, hidden({ dimension: 'gender', group: 'unknown' })], 'W1', 'gender');
    expect(unknownShare(small).kind).toBe('small');
  });
  it('exports the total, every group row and the unknown count', () => {
    expect(rep.figures.length).toBe(1 + 2 + 3 + 2 + 1); // total; 0-11: ri, rate; 25-44: all three; 65-79: n, ri; unknown
    expect(rep.figures[0].metric).toBe('participants');
  });
});

describe('representativeness', () => {
  const items = representativeness(rows, 'W1', ['age_band', 'gender', 'origin']);
  it('pairs the wijk with the city, per dimension', () => {
    expect(items[0].wijk?.value).toBe(0.41);
    expect(items[0].city?.value).toBe(0.8);
    expect(items[0].dissimilarity?.value).toBe(0.59);
    expect(items[1].city).toBeUndefined();
  });
  it('the least representative dimension among shown values', () => {
    expect(leastRepresentative(items)?.dimension).toBe('age_band');
    expect(leastRepresentative([items[2]])).toBeNull();
  });
  it('dots on a 0..1 scale, hidden values not placed', () => {
    const l = layoutDots(items, { width: 400, row: 30, margin: { top: 10, right: 20, bottom: 30, left: 100 } });
    expect(l.rows[0].wijk.cx).toBeCloseTo(100 + 0.41 * 280, 9);
    expect(l.rows[0].city.cx).toBeCloseTo(100 + 0.8 * 280, 9);
    expect(Number.isNaN(l.rows[2].wijk.cx)).toBe(true);
    expect(l.threshold).toBeCloseTo(100 + 0.6 * 280, 9);
    expect(l.rows.map((x) => x.y)).toEqual([25, 55, 85]);
  });
});

describe('lorenzDeciles', () => {
  it('ten deciles bottom first, hidden ones null', () => {
    const lr = ['100', '10', '50'].map((g) => r({ metric: 'lorenz_share', group: g, value: Number(g) / 200 }));
    lr.push(hidden({ metric: 'lorenz_share', group: '20' }), r({ wijk_id: '', metric: 'lorenz_share', group: '30', value: 0.1 }));
    const d = lorenzDeciles(lr, 'W1');
    expect(d.data.map((x) => [x.p, x.share])).toEqual([[0.1, 0.05], [0.2, null], [0.5, 0.25], [1, 0.5]]);
    expect(d.figures.length).toBe(4);
  });
});
