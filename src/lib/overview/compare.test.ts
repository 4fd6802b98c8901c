import { describe, expect, it } from 'vitest';
import { COMPARE_METRICS, compareColumns, comparisonRows, comparisonTable } from './compare';
import { fig } from '../cube/testing';

const rows = [
  fig('W1', 'participants', 100),
  fig('W2', 'participants', 3, { suppressed: 'below_k' }),
  fig('', 'participants', 5000),
  fig('W1', 'reach_rate', 50),
  fig('W2', 'reach_rate', 10),
  fig('', 'reach_rate', 30),
  fig('W1', 'representativeness', 0.8, { dimension: 'origin' }),
  fig('W1', 'representativeness', 0.4, { dimension: 'age_band' }),
  fig('W1', 'mixing_ratio', 1.2, { dimension: 'origin' }),
  fig('W1', 'ggw_via_bw', 0.3),
  fig('W1', 'newcomer_share', 0.2),
  fig('W1', 'top20_share', 0.6),
  fig('W1', 'top20_share', 0.1, { city: 'Sint-Niklaas' })
];

describe('comparison of two wijken and the city', () => {
  it('has one line per key figure in the order of the issue', () => {
    expect(COMPARE_METRICS.map((m) => m.metric)).toEqual(['participants', 'reach_rate', 'representativeness', 'mixing_ratio', 'ggw_via_bw', 'newcomer_share', 'top20_share']);
  });

  it('reads each cell from the same rows, with the view dimension where a figure needs one', () => {
    const cols = compareColumns('W1', 'W2', new Map([['W1', 'Abdij'], ['W2', 'Boven']]), 'Leuven');
    expect(cols.map((c) => c.wijk)).toEqual(['W1', 'W2', '']);
    const t = comparisonTable(rows, 'Leuven', cols, 'origin');
    const get = (m: string) => t.find((l) => l.metric === m)!.cells.map((c) => c.value);
    expect(get('participants')).toEqual([100, null, 5000]);
    expect(get('reach_rate')).toEqual([50, 10, 30]);
    expect(get('representativeness')).toEqual([0.8, null, null]);
    expect(t.find((l) => l.metric === 'representativeness')!.dimension).toBe('origin');
    expect(get('top20_share')).toEqual([0.6, null, null]);
    // a suppressed cell keeps its row (for the reason), a missing one has none
    const p = t.find((l) => l.metric === 'participants')!.cells;
    expect(p[1].row?.suppressed).toBe('below_k');
    expect(t.find((l) => l.metric === 'ggw_via_bw')!.cells[1].row).toBeUndefined();
    expect(comparisonRows(t)).toHaveLength(11);
  });

  it('leaves out an unknown or repeated wijk but always keeps the city', () => {
    const names = new Map([['W1', 'Abdij']]);
    expect(compareColumns('W1', 'W1', names, 'Leuven').map((c) => c.wijk)).toEqual(['W1', '']);
    expect(compareColumns('', 'X', names, 'Leuven').map((c) => c.wijk)).toEqual(['']);
    expect(compareColumns('', 'W1', names, 'Leuven').map((c) => c.name)).toEqual(['Abdij', 'Leuven']);
  });
});
