/**
 * The periods table (periods.ts): every requested period once, in the order asked, then the
 * previous periods R9 needs as helpers that are never written out.
 */
import { describe, expect, it } from 'vitest';
import { monthIndex } from './period';
import { periodRows } from './periods';

const m = monthIndex;

describe('periodRows', () => {
  it('adds the previous period of equal length as a helper, after every requested period', () => {
    const rows = periodRows([
      { from: '2025-01', to: '2025-03' },
      { from: '2025-06', to: '2025-06' }
    ]);
    expect(rows).toEqual([
      { id: 0, from: m('2025-01'), to: m('2025-03'), prev: 2, emit: true },
      { id: 1, from: m('2025-06'), to: m('2025-06'), prev: 3, emit: true },
      // Q4 2024 before Q1 2025 (across the year), May before June
      { id: 2, from: m('2024-10'), to: m('2024-12'), prev: -1, emit: false },
      { id: 3, from: m('2025-05'), to: m('2025-05'), prev: -1, emit: false }
    ]);
  });

  it('a previous period that was asked for is that row, written out, not a helper', () => {
    // Feb's previous is Jan (asked for second); Jan's previous is Dec (a helper)
    const rows = periodRows([
      { from: '2025-02', to: '2025-02' },
      { from: '2025-01', to: '2025-01' }
    ]);
    expect(rows.map((r) => [r.id, r.emit, r.prev])).toEqual([
      [0, true, 1],
      [1, true, 2],
      [2, false, -1]
    ]);
    expect(rows[2]).toMatchObject({ from: m('2024-12'), to: m('2024-12') });
  });

  it('dedupes: a period asked twice is one row; two periods sharing a previous one share the helper', () => {
    const rows = periodRows([
      { from: '2025-04', to: '2025-06' },
      { from: '2025-04', to: '2025-06' },
      { from: '2025-01', to: '2025-03' }
    ]);
    // Q2 and Q1 asked (Q2 once); Q2's previous is Q1 (asked); Q1's previous Q4 2024 (helper)
    expect(rows.map((r) => [r.from, r.to, r.emit, r.prev])).toEqual([
      [m('2025-04'), m('2025-06'), true, 1],
      [m('2025-01'), m('2025-03'), true, 2],
      [m('2024-10'), m('2024-12'), false, -1]
    ]);
    // rolling 12 months ending in March and in April: two helpers, one per length-12 window
    const rolling = periodRows([
      { from: '2024-04', to: '2025-03' },
      { from: '2024-05', to: '2025-04' },
      { from: '2025-03', to: '2025-03' },
      { from: '2025-04', to: '2025-04' }
    ]);
    expect(rolling.filter((r) => r.emit).map((r) => r.id)).toEqual([0, 1, 2, 3]);
    expect(rolling.filter((r) => !r.emit).map((r) => [r.from, r.to])).toEqual([
      [m('2023-04'), m('2024-03')],
      [m('2023-05'), m('2024-04')],
      [m('2025-02'), m('2025-02')]
    ]);
    // March is April's previous month: no helper for it
    expect(rolling[3].prev).toBe(2);
  });

  it('keeps the requested ids first, in the order asked, and every id is its index', () => {
    const asked = [
      { from: '2025-07', to: '2025-07' },
      { from: '2024-01', to: '2024-12' },
      { from: '2025-03', to: '2025-05' }
    ];
    const rows = periodRows(asked);
    expect(rows.slice(0, 3).map((r) => [r.from, r.to, r.emit])).toEqual(asked.map((a) => [m(a.from), m(a.to), true]));
    rows.forEach((r, i) => expect(r.id).toBe(i));
    expect(rows.slice(3).every((r) => !r.emit && r.prev === -1)).toBe(true);
    // every written period points at a row of equal length just before it
    for (const r of rows.filter((x) => x.emit)) {
      const p = rows[r.prev];
      expect(p.to).toBe(r.from - 1);
      expect(p.to - p.from).toBe(r.to - r.from);
    }
  });

  it('refuses a period that ends before it starts, or a malformed month', () => {
    expect(() => periodRows([{ from: '2025-03', to: '2025-01' }])).toThrow(/ends before it starts/);
    expect(() => periodRows([{ from: '2025-13', to: '2025-13' }])).toThrow(/not a month/);
    expect(periodRows([])).toEqual([]);
  });
});
