import { describe, expect, it } from 'vitest';
import type { FigureRow } from '../metrics/types';
import { groupOrder, isLocationUnknown, populationSharesAt, shownValue, wijkPopulationShares } from './read';
import type { PopulationShare } from './types';

const row = (value: number | null, suppressed: FigureRow['suppressed'] = null): FigureRow => ({
  city: 'L', wijk_id: 'W1', provider: 'all', dimension: '', group: '', metric: 'participants', value, suppressed
});

describe('reading figures the way every page does', () => {
  it('draws a value only when it is shown: never a hidden one, and a true zero stays zero', () => {
    expect(shownValue(row(12))).toBe(12);
    expect(shownValue(row(0))).toBe(0);
    expect(shownValue(row(3, 'below_k'))).toBeNull();
    expect(shownValue(row(null, 'not_available'))).toBeNull();
    expect(shownValue(row(Number.NaN))).toBeNull();
    expect(shownValue(undefined)).toBeNull();
  });
  it('knows the "location unknown" pseudo-wijk by its id', () => {
    expect(isLocationUnknown('24062WONB')).toBe(true);
    expect(isLocationUnknown('24062W01')).toBe(false);
  });
  it('lists groups with numeric bands in order and unknown last', () => {
    expect(groupOrder(['80+', 'unknown', '12-17', '0-11', '65-79', '12-17'])).toEqual(['0-11', '12-17', '65-79', '80+', 'unknown']);
    expect(groupOrder(['niet-EU', 'Belgisch', 'EU', 'EU'])).toEqual(['Belgisch', 'EU', 'niet-EU']);
  });
});

describe('population shares at the end of a period', () => {
  const p = (wijk_id: string, ref_date: string, group: string, share: number): PopulationShare => ({
    city: 'L', wijk_id, ref_date, dimension: 'age_band', group, population: 1, share
  });
  const pop = [p('W1', '2025-01-01', 'a', 0.4), p('W1', '2025-01-01', 'b', 0.6), p('W1', '2026-01-01', 'a', 0.5), p('W1', '2026-01-01', 'b', 0.5), p('W2', '2026-03-01', 'a', 1)];
  it('takes the latest date on or before the end, else the earliest, per wijk', () => {
    expect(populationSharesAt(pop, '2025-12').get('W1|age_band|a')).toBe(0.4);
    expect(populationSharesAt(pop, '2026-01').get('W1|age_band|a')).toBe(0.5);
    expect(populationSharesAt(pop, '2024-06').get('W1|age_band|a')).toBe(0.4);
    // W2 has only a later date: its earliest
    expect(populationSharesAt(pop, '2026-01').get('W2|age_band|a')).toBe(1);
  });
  it('gives one wijk its shares by group', () => {
    expect([...wijkPopulationShares(pop, 'W1', 'age_band', '2026-01')]).toEqual([['a', 0.5], ['b', 0.5]]);
    expect(wijkPopulationShares(pop, 'W3', 'age_band', '2026-01').size).toBe(0);
  });
});
