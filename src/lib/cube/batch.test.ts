import { describe, expect, it } from 'vitest';
import { defaultBatch } from './compute';

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
