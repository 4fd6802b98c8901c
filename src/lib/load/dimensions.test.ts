import { describe, expect, it } from 'vitest';
import { dimensionVerdict, looksPersonal, sampleVerdict, statsOf } from './dimensions';

const verdict = (column: string, values: Array<string | null>) => dimensionVerdict(statsOf(column, values));
const repeat = (values: string[], n: number) => Array.from({ length: n }, (_, i) => values[i % values.length]);

describe('which participant columns are dimensions', () => {
  it('takes 2 to 30 distinct known values, and no fewer or more', () => {
    expect(verdict('age_band', repeat(['0-17', '18-34', '35-64', '65+'], 200))).toBeNull();
    expect(verdict('origin', repeat(Array.from({ length: 30 }, (_, i) => `o${i}`), 300))).toBeNull();
    expect(verdict('origin', repeat(Array.from({ length: 31 }, (_, i) => `o${i}`), 310))).toBe('tooMany');
    expect(verdict('gender', repeat(['v'], 50))).toBe('single');
    expect(verdict('gender', [null, '', '  '])).toBe('empty');
  });

  it('leaves out a column whose name or values point to a person, or that holds sentences', () => {
    expect(verdict('naam', repeat(['An', 'Bart'], 50))).toBe('identifierName');
    expect(verdict('geboortedatum', repeat(['x', 'y'], 50))).toBe('identifierName');
    expect(verdict('opmerking', repeat(['a', 'b'], 50))).toBe('identifierName');
    expect(verdict('info', [...repeat(['', 'geen'], 50), 'Jan Peeters 0475123456'])).toBe('personalValues');
    expect(verdict('info', [...repeat(['a', 'b'], 50), 'an@example.be'])).toBe('personalValues');
    expect(verdict('studie', repeat(['Lager onderwijs', 'x'.repeat(51)], 50))).toBe('longText');
  });

  it('leaves out a column whose values are mostly different, once there are 10 of them', () => {
    const tenDifferent = Array.from({ length: 10 }, (_, i) => `k${i}`);
    expect(verdict('klas', tenDifferent)).toBe('mostlyUnique');
    expect(verdict('klas', tenDifferent.slice(0, 9))).toBeNull();
    // 5 groups over 10 persons: not more than half distinct.
    expect(verdict('klas', repeat(['a', 'b', 'c', 'd', 'e'], 10))).toBeNull();
  });

  it('tells a phone or national number from an age band or a period', () => {
    for (const v of ['0475 12 34 56', '0475.12.34.56', '85.07.30-033.28', 'P0123456789abcdef0123', 'x@y.be']) expect(looksPersonal(v), v).toBe(true);
    for (const v of ['18-34', '65+', '2020-2024', 'Belgisch', 'niet-EU', '@home']) expect(looksPersonal(v), v).toBe(false);
  });

  it('decides from a sample only what more rows cannot undo', () => {
    expect(sampleVerdict('gender', ['v', 'v'])).toBeNull(); // one value so far: the load decides
    expect(sampleVerdict('leeg', [])).toBeNull();
    expect(sampleVerdict('remark', ['Jan Peeters 0475123456'])).toBe('identifierName');
    expect(sampleVerdict('info', ['Jan Peeters 0475123456'])).toBe('personalValues');
    expect(sampleVerdict('jaar', Array.from({ length: 31 }, (_, i) => String(1950 + i)))).toBe('tooMany');
    expect(sampleVerdict('code', Array.from({ length: 10 }, (_, i) => `c${i}`))).toBe('mostlyUnique');
    expect(sampleVerdict('klas', repeat(['a', 'b', 'c', 'd', 'e', 'f', 'g'], 10))).toBeNull();
  });
});
