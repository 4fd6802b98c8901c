import { describe, expect, it } from 'vitest';
import type { FigureRow } from '../metrics/types';
import { pick, pickAll, wijkAndCity, wijkRows } from './page';

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
    expect(pick(rows, { metric: 'representation_index', wijk_id: 'W1', dimension: 'age_band', group: '25-44' })?.value).toBe(0.2);
    const s = pick(rows, { metric: 'representation_index', dimension: 'age_band', group: '65-79' });
    expect(s?.suppressed).toBe('below_k');
    expect(s?.value).toBeNull();
  });
  it('pickAll lists every group of a dimension', () => {
    expect(pickAll(rows, { metric: 'representation_index', wijk_id: 'W1', dimension: 'age_band' }).map((r) => r.group)).toEqual(['25-44', '65-79']);
  });
  it('wijkAndCity pairs the wijk row with the city row', () => {
    const { wijk, city } = wijkAndCity(wijkRows(rows, { wijk_id: 'W1', city: 'Leuven' }), 'W1', { metric: 'reach_rate' });
    expect([wijk?.value, city?.value]).toEqual([10, 15]);
  });
});
