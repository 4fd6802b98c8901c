import { describe, expect, it } from 'vitest';
import { applyDisclosure } from './disclosure';
import { BREAKDOWN_SEP } from './sql';
import type { RawFigure } from './types';

const f = (metric: string, value: number | null, o: Partial<RawFigure> = {}): RawFigure => ({
  city: 'C',
  wijk_id: 'W1',
  provider: 'all',
  dimension: '',
  group: '',
  metric,
  value,
  basis: null,
  isPersonCount: false,
  ...o
});
const count = (value: number, o: Partial<RawFigure> = {}) => f('participants', value, { basis: value, isPersonCount: true, ...o });

describe('disclosure control', () => {
  it('rejects k below 3', () => {
    expect(() => applyDisclosure([], 2)).toThrow();
    expect(() => applyDisclosure([], Number.NaN)).toThrow();
    expect(applyDisclosure([], 3)).toEqual([]);
  });

  it('a count of persons from 1 to k-1 is suppressed, at k shown; zero is nobody and shown', () => {
    const [a, b, c, d] = applyDisclosure([count(4), count(5), count(0), count(1)], 5);
    expect(a).toMatchObject({ value: null, suppressed: 'below_k' });
    expect(b).toMatchObject({ value: 5, suppressed: null });
    expect(c).toMatchObject({ value: 0, suppressed: null });
    expect(d).toMatchObject({ value: null, suppressed: 'below_k' });
    // the export shape: no raw fields leave
    expect(Object.keys(b).sort()).toEqual(['city', 'dimension', 'group', 'metric', 'provider', 'suppressed', 'value', 'wijk_id']);
  });

  it('a rate whose basis counts fewer than k persons is not shown; basis null is not about persons', () => {
    const out = applyDisclosure([f('reach_rate', 2.5, { basis: 4 }), f('reach_rate', 2.5, { basis: 5 }), f('partner_hhi', 0.5)], 5);
    expect(out.map((r) => r.suppressed)).toEqual(['below_k', null, null]);
  });

  it('unavailable figures say so', () => {
    const [a] = applyDisclosure([f('newcomer_share', null, { basis: 100, unavailable: true })], 5);
    expect(a).toMatchObject({ value: null, suppressed: 'not_available' });
  });

  it('network figures need k participants with a known group and 3 sessions', () => {
    const out = applyDisclosure(
      [
        f('bridging_share', 0.4, { basis: 5, sessions: 2 }),
        f('bridging_share', 0.4, { basis: 4, sessions: 10 }),
        f('bridging_share', 0.4, { basis: 5, sessions: 3 }),
        f('pairs', 2, { basis: 5, sessions: 3 })
      ],
      5
    );
    expect(out.map((r) => r.suppressed)).toEqual(['below_k', 'below_k', null, null]);
  });

  it('complementary: a lone suppressed cell takes the next smallest with it', () => {
    const key = 'participants/W1/gender';
    const raw = [
      count(10, { dimension: 'gender', group: 'A', breakdown: key }),
      count(3, { dimension: 'gender', group: 'B', breakdown: key }),
      count(7, { dimension: 'gender', group: 'X', breakdown: key }),
      count(20, { dimension: 'gender', group: 'unknown', breakdown: key }),
      count(40) // the total
    ];
    const out = applyDisclosure(raw, 5);
    expect(out.map((r) => r.suppressed)).toEqual([null, 'below_k', 'complementary', null, null]);
    expect(out[2].value).toBeNull();
  });

  it('no complementary suppression when two cells are already suppressed, or none', () => {
    const key = 'k';
    const two = applyDisclosure([count(1, { group: 'a', breakdown: key }), count(2, { group: 'b', breakdown: key }), count(9, { group: 'c', breakdown: key })], 5);
    expect(two.map((r) => r.suppressed)).toEqual(['below_k', 'below_k', null]);
    const none = applyDisclosure([count(6, { group: 'a', breakdown: key }), count(9, { group: 'b', breakdown: key })], 5);
    expect(none.map((r) => r.suppressed)).toEqual([null, null]);
  });

  it('complementary suppression runs over overlapping breakdowns (the Venn) until nothing can be derived', () => {
    // bw = bw_only + both, ggw = ggw_only + both; both < k must take bw_only and ggw_only with it
    const bw = 'venn-bw';
    const ggw = 'venn-ggw';
    const out = applyDisclosure(
      [
        count(30, { metric: 'bw' }),
        count(20, { metric: 'ggw' }),
        count(2, { metric: 'both', breakdown: [bw, ggw].join(BREAKDOWN_SEP) }),
        count(28, { metric: 'bw_only', breakdown: bw }),
        count(18, { metric: 'ggw_only', breakdown: ggw })
      ],
      5
    );
    expect(out.map((r) => r.suppressed)).toEqual([null, null, 'below_k', 'complementary', 'complementary']);
  });

  it('a cell in two breakdowns propagates across them (wijken x groups)', () => {
    // rows: wijk W1 cells a=2 (<k), b=9; wijk W2 cells a=8, b=12; column keys per group across wijken
    const cell = (wijk: string, group: string, v: number) =>
      count(v, { wijk_id: wijk, group, breakdown: [`row/${wijk}`, `col/${group}`].join(BREAKDOWN_SEP) });
    const out = applyDisclosure([cell('W1', 'a', 2), cell('W1', 'b', 9), cell('W2', 'a', 8), cell('W2', 'b', 12)], 5);
    // W1/a below k -> row W1 takes W1/b, column a takes W2/a; then row W2 and column b have one each -> W2/b
    expect(out.map((r) => r.suppressed)).toEqual(['below_k', 'complementary', 'complementary', 'complementary']);
  });
});
