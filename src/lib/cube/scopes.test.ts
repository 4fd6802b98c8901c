import { describe, expect, it } from 'vitest';
import { offeredScopes, parseScopeKey, periodEnds, periodOf, scopeKey } from './scopes';

describe('scopes', () => {
  it('periods are whole months ending at the chosen month', () => {
    expect(periodOf('month', '2026-11')).toEqual({ from: '2026-11', to: '2026-11' });
    expect(periodOf('quarter', '2026-09')).toEqual({ from: '2026-07', to: '2026-09' });
    expect(periodOf('year', '2026-02')).toEqual({ from: '2025-03', to: '2026-02' });
    expect(() => periodOf('quarter', '2026-11')).toThrow(/quarter/);
  });
  it('offers only periods wholly inside the data', () => {
    // 2024-12 .. 2026-11: quarters Q1 2025 .. Q3 2026; rolling years ending 2025-11 .. 2026-11
    expect(periodEnds('quarter', '2024-12', '2026-11')).toEqual(['2025-03', '2025-06', '2025-09', '2025-12', '2026-03', '2026-06', '2026-09']);
    const years = periodEnds('year', '2024-12', '2026-11');
    expect(years[0]).toBe('2025-11');
    expect(years.at(-1)).toBe('2026-11');
    expect(years).toHaveLength(13);
    expect(periodEnds('month', '2024-12', '2026-11')).toHaveLength(24);
    expect(periodEnds('year', '2026-01', '2026-11')).toEqual([]);
    expect(offeredScopes('2024-12', '2026-11')).toHaveLength((24 + 7 + 13) * 3);
  });
  it('keys round-trip and reject anything else', () => {
    for (const s of offeredScopes('2025-01', '2025-12')) expect(parseScopeKey(scopeKey(s))).toEqual(s);
    expect(parseScopeKey('month-2026-11-other')).toBeNull();
    expect(parseScopeKey('../x')).toBeNull();
  });
});
