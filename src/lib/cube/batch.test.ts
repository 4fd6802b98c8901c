import { describe, expect, it } from 'vitest';
import { cubeBatches, defaultBatch, type CubeBatch } from './compute';
import { PERIOD_KINDS } from './scopes';

const report = (participations: number) => ({ tables: { participations } as Record<string, number> }) as Parameters<typeof defaultBatch>[0];

describe('defaultBatch: periods per pass for the command line', () => {
  it('all periods at once for an export the size of the demo (45 periods at most for 24 months)', () => {
    expect(defaultBatch(report(200_000))).toBeGreaterThanOrEqual(45);
  });

  it('fewer periods per pass as the export grows, never fewer than 4', () => {
    expect(defaultBatch(report(1_000_000))).toBe(12);
    expect(defaultBatch(report(5_000_000))).toBe(4);
    expect(defaultBatch(report(50_000_000))).toBe(4);
    for (let n = 100_000; n < 10_000_000; n *= 1.7) expect(defaultBatch(report(n * 1.7))).toBeLessThanOrEqual(defaultBatch(report(n)));
  });

  it('one pass when there is nothing to count', () => {
    expect(defaultBatch(report(0))).toBe(Infinity);
  });
});

describe('cubeBatches: the periods of each pass', () => {
  const months = Array.from({ length: 24 }, (_, i) => `20${23 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`);
  const index = { ends: { month: months, quarter: ['2023-03', '2023-06', '2023-09', '2023-12', '2024-03', '2024-06', '2024-09', '2024-12'], year: months.slice(11) } };
  const every = (b: CubeBatch[]) => b.flat().map((p) => `${p.kind} ${p.end}`);
  const all = PERIOD_KINDS.flatMap((kind) => index.ends[kind].map((end) => `${kind} ${end}`));

  it('for files, one pass when every period fits; for pages, the default views still come first', () => {
    const files = cubeBatches(index, all.length, false);
    expect(files).toHaveLength(1);
    expect(every(files).sort()).toEqual([...all].sort());
    const pages = cubeBatches(index, all.length, true);
    expect(every([pages[0]])).toEqual(['year 2024-12', 'month 2024-12']);
    expect(every(pages).sort()).toEqual([...all].sort());
    expect(cubeBatches(index, Infinity, true)).toHaveLength(1);
  });

  it('for pages: the latest year and month first, then latest first, each period once and no pass too large', () => {
    const b = cubeBatches(index, 8, true);
    expect(every([b[0]])).toEqual(['year 2024-12', 'month 2024-12']);
    expect(b[1][0]).toEqual({ kind: 'month', end: '2024-11' });
    expect(every(b).sort()).toEqual([...all].sort());
    expect(new Set(every(b)).size).toBe(all.length);
    for (const pass of b) expect(pass.length).toBeLessThanOrEqual(8);
  });

  it('for files: no pass of its own for the default views, so fewer passes', () => {
    const pages = cubeBatches(index, 8, true);
    const files = cubeBatches(index, 8, false);
    expect(every(files).sort()).toEqual([...all].sort());
    expect(files[0]).toHaveLength(8);
    for (const pass of files) expect(new Set(pass.map((p) => p.kind)).size).toBe(1);
    expect(files.length).toBeLessThan(pages.length);
  });

  it('nothing to compute, no pass', () => {
    expect(cubeBatches({ ends: { month: [], quarter: [], year: [] } }, 8, true)).toEqual([]);
  });
});
