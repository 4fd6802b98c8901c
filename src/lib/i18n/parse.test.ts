import { describe, expect, it } from 'vitest';
import { parseDecimal } from './parse';

describe('parseDecimal, the one reader of typed numbers', () => {
  it('reads a comma and a point as the same decimal separator', () => {
    expect(parseDecimal('0,3')).toBe(0.3);
    expect(parseDecimal('0.3')).toBe(0.3);
    expect(parseDecimal(',25')).toBe(0.25);
    expect(parseDecimal('.25')).toBe(0.25);
    expect(parseDecimal('12,5')).toBe(12.5);
    expect(parseDecimal('40')).toBe(40);
    expect(parseDecimal('3,')).toBe(3);
  });

  it('ignores spaces and a trailing per cent sign, and reads a typographic minus', () => {
    expect(parseDecimal(' 0,15 ')).toBe(0.15);
    expect(parseDecimal('40 %')).toBe(40);
    expect(parseDecimal('40\u202f%')).toBe(40);
    expect(parseDecimal('−0,5')).toBe(-0.5);
  });

  it('refuses what is not one plain decimal, rather than guessing', () => {
    for (const bad of ['', ' ', 'abc', '0,3,1', '1.000,5', '1,000.5', '0.3.1', '3e2', '0x10', ',', '%', '1/2', '0,3a'])
      expect(parseDecimal(bad), bad).toBeNaN();
  });
});
