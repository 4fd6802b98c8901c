import { describe, it, expect } from 'vitest';
import { formatCount, formatMonth, formatNumber } from './format';
import { MESSAGES } from './messages';

describe('formatting', () => {
  it('formats numbers per locale', () => {
    expect(formatNumber('nl', 12345.6, 1)).toBe('12.345,6');
    expect(formatNumber('en', 12345.6, 1)).toBe('12,345.6');
  });
  it('formats months per locale', () => {
    expect(formatMonth('en', '2025-01', 'long')).toBe('January 2025');
    expect(formatMonth('nl', '2025-03', 'long')).toBe('maart 2025');
  });
  it('hides small counts of persons but keeps zero', () => {
    expect(formatCount('nl', 3, 5)).toBe('<5');
    expect(formatCount('nl', 0, 5)).toBe('0');
    expect(formatCount('nl', 5, 5)).toBe('5');
    expect(formatCount('en', null, 5)).toBe('<5');
  });
  it('has the same keys in every language', () => {
    expect(Object.keys(MESSAGES.en).sort()).toEqual(Object.keys(MESSAGES.nl).sort());
  });
});
