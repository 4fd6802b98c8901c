import { describe, expect, it } from 'vitest';
import type { FigureRow } from '../metrics/types';
import { pick, pickAll, seriesOf, valueOf, wijkAndCity, wijkFromParams, wijkRows } from './page';

const row = (o: Partial<FigureRow>): FigureRow => ({
  city: 'Leuven', wijk_id: 'W1', provider: 'all', dimension: '', group: '', metric: 'reach_rate', value: 1, suppressed: null, ...o
});

const rows: FigureRow[] = [
  row({ value: 10 }),
  row({ wijk_id: 'W2', value: 20 }),
  row({ wijk_id: '', value: 15 }),
  row({ city: 'Gent', wijk_id: '', value: 99 }),
  row({ city: 'Gent', wijk_id: 'G1', value: 98 }),
  row({ metric: 'representation_index', dimension: 'age_band', group: '25-44', value: 0.2 }),
  row({ metric: 'representation_index', dimension: 'age_band', group: '65-79', value: null, suppressed: 'below_k' }),
  row({ metric: 'representation_index', dimension: 'gender', group: 'v', value: 1.1 })
];

describe('wijkRows', () => {
  it('keeps the wijk and its own city-wide rows only', () => {
    const got = wijkRows(rows, { wijk_id: 'W1', city: 'Leuven' });
    expect(got.map((r) => `${r.city}/${r.wijk_id}/${r.value}`)).toEqual([
      'Leuven/W1/10', 'Leuven//15', 'Leuven/W1/0.2', 'Leuven/W1/null', 'Leuven/W1/1.1'
    ]);
  });
});

describe('pick', () => {
  it('defaults dimension and group to empty', () => {
    expect(pick(rows, { metric: 'reach_rate', wijk_id: 'W2' })?.value).toBe(20);
    expect(pick(rows, { metric: 'representation_index', wijk_id: 'W1' })).toBeUndefined();
  });
  it('finds a group row and keeps a suppressed value null', () => {
    expect(valueOf(rows, { metric: 'representation_index', wijk_id: 'W1', dimension: 'age_band', group: '25-44' })).toBe(0.2);
    const s = pick(rows, { metric: 'representation_index', dimension: 'age_band', group: '65-79' });
    expect(s?.suppressed).toBe('below_k');
    expect(valueOf(rows, { metric: 'representation_index', dimension: 'age_band', group: '65-79' })).toBeNull();
  });
  it('pickAll lists every group of a dimension', () => {
    expect(pickAll(rows, { metric: 'representation_index', wijk_id: 'W1', dimension: 'age_band' }).map((r) => r.group)).toEqual(['25-44', '65-79']);
  });
  it('wijkAndCity pairs the wijk row with the city row', () => {
    const { wijk, city } = wijkAndCity(wijkRows(rows, { wijk_id: 'W1', city: 'Leuven' }), 'W1', { metric: 'reach_rate' });
    expect([wijk?.value, city?.value]).toEqual([10, 15]);
  });
});

describe('seriesOf', () => {
  it('gives one entry per month, the city row taken from the right city', () => {
    const series = {
      months: ['2026-01', '2026-02'],
      figures: [[row({ value: 1 }), row({ wijk_id: '', value: 2 }), row({ city: 'Gent', wijk_id: '', value: 3 })], [row({ wijk_id: '', city: 'Gent', value: 4 })]]
    };
    expect(seriesOf(series, 'reach_rate', 'W1', 'Leuven').map((p) => p.row?.value)).toEqual([1, undefined]);
    expect(seriesOf(series, 'reach_rate', '', 'Leuven').map((p) => p.row?.value)).toEqual([2, undefined]);
    expect(seriesOf(null, 'reach_rate', 'W1', 'Leuven')).toEqual([]);
  });
});

describe('wijkFromParams', () => {
  const wijken = [{ wijk_id: 'W1', wijk_name: 'Een', city: 'Leuven' }, { wijk_id: 'G1', wijk_name: 'Gee', city: 'Gent' }];
  it('finds a wijk of any city, and nothing for an unknown id', () => {
    expect(wijkFromParams(new URLSearchParams('wijk=G1'), wijken)?.city).toBe('Gent');
    expect(wijkFromParams(new URLSearchParams('wijk=nope'), wijken)).toBeUndefined();
    expect(wijkFromParams(new URLSearchParams(''), wijken)).toBeUndefined();
  });
});

describe('remember', () => {
  it('computes once per key', async () => {
    const { remember } = await import('./page');
    let calls = 0;
    const g = remember((a: number, b: string) => `${a}|${b}`, (a: number, b: string) => {
      calls += 1;
      return `${b}${a}`;
    });
    expect([g(1, 'x'), g(1, 'x'), g(2, 'x'), g(1, 'y')]).toEqual(['x1', 'x1', 'x2', 'y1']);
    expect(calls).toBe(3);
  });
});
