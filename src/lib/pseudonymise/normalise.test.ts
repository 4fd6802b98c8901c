import { describe, expect, it } from 'vitest';
import { ageBand, nameIdentifier, nationalNumberIdentifier, normaliseNationalNumber, normalisePostcode, normaliseText, parseDate, streetOf } from './normalise';

describe('normalisation', () => {
  it('trims, lowers, strips diacritics and punctuation', () => {
    expect(normaliseText('  Dé Smet-Küpper ')).toBe('de smet kupper');
    expect(normaliseText('ÇELIK')).toBe(normaliseText('çelik'));
    expect(normaliseText("D'Hondt")).toBe('d hondt');
    expect(normaliseText('Marie-Thérèse')).toBe(normaliseText('MARIE THERESE'));
  });

  it('reads national register numbers with or without dots, dashes and spaces, and checks them', () => {
    for (const s of ['85.07.30-033.28', '85073003328', '850730 033 28', ' 85-07-30-033-28 ', '850730/033.28']) expect(normaliseNationalNumber(s)).toBe('85073003328');
    expect(normaliseNationalNumber('85.07.30-033.29')).toBeNull(); // wrong check number
    expect(normaliseNationalNumber('8507300332')).toBeNull(); // 10 digits
    expect(normaliseNationalNumber('01.05.03-087.05')).toBe('01050308705'); // born 2001: check with a 2 in front
    expect(nationalNumberIdentifier('85.07.30-033.28')).toBe('rrn:85073003328');
  });

  it('reads the dates of DATA-FORMAT.md and refuses impossible ones', () => {
    expect(parseDate('2025-03-04')).toBe('2025-03-04');
    expect(parseDate('04/03/2025')).toBe('2025-03-04');
    expect(parseDate('04-03-2025')).toBe('2025-03-04');
    expect(parseDate('4/3/2025')).toBe('2025-03-04');
    expect(parseDate('29/02/2023')).toBeNull();
    expect(parseDate('29/02/2024')).toBe('2024-02-29');
    expect(parseDate('2025/03/04')).toBeNull();
    expect(parseDate('')).toBeNull();
  });

  it('makes one identifier of a name however it is split, cased or accented', () => {
    const a = nameIdentifier('PEETERS', 'Jan', '30/07/1985');
    expect(a).toBe('name:jan peeters|1985-07-30');
    expect(nameIdentifier('Peeters, Jan', '', '1985-07-30')).toBe(a);
    expect(nameIdentifier(' jan  peeters ', '', '30-07-1985')).toBe(a);
    expect(nameIdentifier('Dubois', 'Marie-Thérèse', '14/02/1962')).toBe(nameIdentifier('DUBOIS MARIE THERESE', '', '1962-02-14'));
    expect(nameIdentifier('Peeters', 'Jan', '31/07/1985')).not.toBe(a);
    expect(nameIdentifier('', '', '1985-07-30')).toBeNull();
    expect(nameIdentifier('Peeters', 'Jan', 'unknown')).toBeNull();
  });

  it('gives age bands on the reference date, birthday included', () => {
    const ref = '2025-01-01';
    expect(ageBand('2013-01-02', ref)).toBe('0-11'); // 11 the day before the 12th birthday
    expect(ageBand('2013-01-01', ref)).toBe('12-17');
    expect(ageBand('2007-01-01', ref)).toBe('18-24');
    expect(ageBand('2000-01-01', ref)).toBe('25-44');
    expect(ageBand('1980-01-01', ref)).toBe('45-64');
    expect(ageBand('1960-01-01', ref)).toBe('65-79');
    expect(ageBand('1945-01-01', ref)).toBe('80+');
    expect(ageBand('30/07/1985', ref)).toBe('25-44');
    expect(ageBand('2026-01-01', ref)).toBeNull();
  });

  it('finds the street and postcode of an address', () => {
    expect(streetOf('Sint-Pietersplein 5 bus 2, 9000 Gent')).toBe('sint pietersplein');
    expect(streetOf('KERKSTRAAT 12A')).toBe('kerkstraat');
    expect(normalisePostcode('B-9000')).toBe('9000');
    expect(normalisePostcode('9000 Gent')).toBe('9000');
    expect(normalisePostcode('900')).toBeNull();
  });
});
