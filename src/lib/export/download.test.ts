import { describe, expect, it } from 'vitest';
import type { FigureRow } from '../metrics/types';
import fc from 'fast-check';
import { METRIC_IDS } from '../metrics/catalogue';
import { valueText } from '../words/figures';
import { DOWNLOAD_COLUMNS, downloadCsv, downloadName, type DownloadScope } from './download';

const f = (o: Partial<FigureRow>): FigureRow => ({ city: 'Leuven', wijk_id: 'L01', provider: 'all', dimension: '', group: '', metric: 'participants', value: 10, suppressed: null, ...o });
const scope: DownloadScope = { city: 'Leuven', from: '2025-12', to: '2026-11', names: new Map([['L01', 'Kessel-Lo'], ['L02', 'Héverlee, Oost']]) };

/** Split a plain CSV line (no quotes inside values in these rows except where asked). */
const cells = (line: string, sep: string) => line.match(new RegExp(`("([^"]|"")*"|[^${sep}]*)(${sep}|$)`, 'g'))!.slice(0, -1).map((c) => c.replace(new RegExp(`${sep}$`), ''));

describe('the CSV a reader downloads', () => {
  it('names city, period, provider, wijk id and name in every row, values at the printed precision', () => {
    const text = downloadCsv(
      [
        f({}),
        f({ wijk_id: 'L02', metric: 'reach_rate', value: 45.6789 }),
        f({ wijk_id: '', metric: 'newcomer_share', value: 0.123456 }),
        f({ metric: 'mixing_ratio', dimension: 'origin', value: 0.89499999 }),
        f({ metric: 'participants', value: null, suppressed: 'below_k' })
      ],
      scope,
      'csv'
    );
    const lines = text.split('\n');
    expect(lines.at(-1)).toBe('');
    expect(lines[0].split(',')).toEqual([...DOWNLOAD_COLUMNS]);
    expect(lines[0]).toBe('city,period_from,period_to,provider,wijk_id,wijk_name,dimension,group,metric,value,suppressed');
    expect(lines[1]).toBe('Leuven,2025-12-01,2026-11-30,all,L01,Kessel-Lo,,,participants,10,');
    // a name with a comma is quoted; reach per 1,000 to one decimal
    expect(lines[2]).toBe('Leuven,2025-12-01,2026-11-30,all,L02,"Héverlee, Oost",,,reach_rate,45.7,');
    // the city's own row is named after the city; a share to three decimals of a fraction (12.3%)
    expect(lines[3]).toBe('Leuven,2025-12-01,2026-11-30,all,,Leuven,,,newcomer_share,0.123,');
    expect(cells(lines[4], ',')[9]).toBe('0.89');
    // a hidden value is empty, with its reason: never a zero
    expect(cells(lines[5], ',').slice(9)).toEqual(['', 'below_k']);
  });
  it('a downloaded value reads as the page prints it, for every figure of the catalogue', () => {
    fc.assert(
      fc.property(fc.constantFrom(...METRIC_IDS), fc.double({ min: -5, max: 2000, noNaN: true }), (metric, value) => {
        const cell = Number(cells(downloadCsv([f({ metric, value })], scope, 'csv').split('\n')[1], ',')[9]);
        for (const locale of ['nl', 'en'] as const) expect(valueText(locale, metric, cell)).toBe(valueText(locale, metric, value));
      }),
      { numRuns: 400, seed: 5 }
    );
  });
  it('writes Excel’s dialect: byte-order mark, semicolons, decimal comma, CRLF', () => {
    const text = downloadCsv([f({ wijk_id: 'L02', metric: 'reach_rate', value: 45.6789 }), f({ value: 1234 })], scope, 'excel');
    expect(text.startsWith('\uFEFFcity;period_from;')).toBe(true);
    const lines = text.slice(1).split('\r\n');
    expect(lines[1]).toBe('Leuven;2025-12-01;2026-11-30;all;L02;"Héverlee, Oost";;;reach_rate;45,7;'); // quoted as in any CSV
    // no thousands separator: Excel reads 1234 as a number
    expect(cells(lines[2], ';')[9]).toBe('1234');
    expect(lines.at(-1)).toBe('');
  });
  it('gives a monthly line’s figure its own month as its period, and escapes text that would run as a formula', () => {
    const text = downloadCsv([{ ...f({ city: '=HYPERLINK("x")' }), month: '2024-02' }], scope, 'csv');
    const row = text.split('\n')[1];
    expect(row.startsWith(`"'=HYPERLINK(""x"")",2024-02-01,2024-02-29,`)).toBe(true);
  });
  it('names the file after city, period and chart', () => {
    expect(downloadName([f({})], scope, 'reach-trend', 'csv')).toBe('leuven_2025-12_2026-11_reach-trend.csv');
    expect(downloadName([f({})], scope, 'map', 'excel')).toBe('leuven_2025-12_2026-11_map_excel.csv');
    // every city: the cities of the rows; months of a line decide the period
    const all = { ...scope, city: '' };
    expect(downloadName([f({ city: 'Sint-Niklaas' }), { ...f({}), month: '2026-01' }, { ...f({}), month: '2025-02' }], all, 'alerts', 'csv')).toBe(
      'leuven+sint-niklaas_2025-02_2026-01_alerts.csv'
    );
    expect(downloadName([f({ city: 'Sint-Niklaas' })], null, 'x', 'csv')).toBe('sint-niklaas_x.csv');
  });
});
