import { describe, it, expect } from 'vitest';
import { capitalise, formatDay, formatDecimal, formatMonth, formatNumber, formatPercent, formatSize, seedMonthTexts } from './format';

describe('formatting', () => {
  it('formats numbers per locale, with exactly or at most the digits asked for', () => {
    expect(formatNumber('nl', 12345.6, 1)).toBe('12.345,6');
    expect(formatNumber('en', 12345.6, 1)).toBe('12,345.6');
    expect(formatNumber('nl', 0.5, 2)).toBe('0,50');
    expect(formatDecimal('nl', 0.5)).toBe('0,5');
    expect(formatDecimal('en', 0.125)).toBe('0.13');
    // A small negative index rounds to 0, not to "-0,00"; a real negative keeps its sign.
    expect([formatNumber('nl', -0.001, 2), formatDecimal('en', -0.001), formatPercent('en', -0.0001)]).toEqual(['0,00', '0', '0%']);
    expect(formatNumber('nl', -0.25, 2)).toBe('-0,25');
  });
  it('formats shares as percentages per locale', () => {
    expect(formatPercent('nl', 0.256)).toMatch(/^25,6\s?%$/);
    expect(formatPercent('en', 0.256)).toBe('25.6%');
    expect(formatPercent('en', 0.256, 0)).toBe('26%');
  });
  it('formats months per locale', () => {
    expect(formatMonth('en', '2025-01', 'long')).toBe('January 2025');
    expect(formatMonth('nl', '2025-03', 'long')).toBe('maart 2025');
  });
  it('formats a day and a file size per locale', () => {
    expect(formatDay('nl', '2025-03-31')).toBe('31 maart 2025');
    expect(formatDay('en', '2025-03-01')).toBe('1 March 2025');
    expect(formatSize('nl', 16 * (1 << 20))).toBe('16 MB');
    expect(formatSize('en', 1536)).toBe('2 kB');
    expect(formatSize('nl', 1234)).toBe('1 kB');
    expect(formatSize('nl', 999)).toBe('999 bytes');
  });
  it('takes month texts made at build time, and never overrides one it made itself', () => {
    seedMonthTexts('nl', [['1999-01', 'seeded']]);
    expect(formatMonth('nl', '1999-01')).toBe('seeded');
    const made = formatMonth('nl', '2025-05');
    seedMonthTexts('nl', [['2025-05', 'other']]);
    expect(formatMonth('nl', '2025-05')).toBe(made);
  });
  it('capitalises a heading', () => {
    expect(capitalise('bereik per 1.000')).toBe('Bereik per 1.000');
  });
});
