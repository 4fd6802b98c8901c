import { describe, expect, it } from 'vitest';
import { cityFigure, extremes, rankWijken, sortTable } from './rank';
import { isLocationUnknown } from '../cube/read';
import { cityWijken } from './figures';
import { fig } from '../cube/testing';
import { decodeFigures, encodeFigures } from '../cube/codec';
import { FIXTURE_INDEX as index, fixtureScope } from '../cube/testing';

const wijken = [
  { wijk_id: 'W1', wijk_name: 'Abdij', city: 'Leuven' },
  { wijk_id: 'W2', wijk_name: 'Boven', city: 'Leuven' },
  { wijk_id: 'W3', wijk_name: 'Centrum', city: 'Leuven' },
  { wijk_id: 'W4', wijk_name: 'Dal', city: 'Leuven' },
  { wijk_id: 'W5', wijk_name: 'Egge', city: 'Leuven' }
];
const rows = [
  fig('', 'reach_rate', 40),
  fig('', 'participants', 4000),
  fig('W1', 'reach_rate', 12.5),
  fig('W2', 'reach_rate', 80),
  fig('W3', 'reach_rate', 12.5),
  fig('W4', 'reach_rate', null, { suppressed: 'below_k' }),
  // W5 has no reach figure at all
  fig('W1', 'participants', 100),
  fig('W2', 'participants', 900),
  fig('W3', 'participants', 120),
  fig('W4', 'participants', 3, { suppressed: 'below_k' }),
  // same metric in the other city and for another dimension must not leak in
  fig('', 'reach_rate', 99, { city: 'Sint-Niklaas' }),
  fig('W1', 'representativeness', 0.5, { dimension: 'age_band' }),
  fig('W1', 'representativeness', 0.9, { dimension: 'origin' }),
  fig('W2', 'representativeness', 0.7, { dimension: 'origin' }),
  fig('W1', 'pairs', 321, { dimension: 'origin' })
];

describe('ranked table', () => {
  it('ranks by value, highest first, ties sharing a rank, values not shown last and unranked', () => {
    const r = rankWijken(rows, wijken, 'Leuven', 'reach_rate', 'origin');
    expect(r.map((w) => [w.wijk_id, w.rank, w.value])).toEqual([
      ['W2', 1, 80],
      ['W1', 2, 12.5],
      ['W3', 2, 12.5],
      ['W4', null, null],
      ['W5', null, null]
    ]);
    expect(r[0].basis?.value).toBe(900);
    expect(r[3].figure?.suppressed).toBe('below_k');
    expect(r[4].figure).toBeUndefined();
  });

  it('reads the dimension for figures that need one, and its own basis', () => {
    const r = rankWijken(rows, wijken, 'Leuven', 'representativeness', 'origin');
    expect(r.slice(0, 2).map((w) => [w.wijk_id, w.value])).toEqual([
      ['W1', 0.9],
      ['W2', 0.7]
    ]);
    const m = rankWijken(rows, wijken, 'Leuven', 'mixing_ratio', 'origin');
    expect(m.find((w) => w.wijk_id === 'W1')?.basis?.value).toBe(321);
  });

  it('takes the city row from wijk_id "" of the same city, not a mean of the wijken', () => {
    const c = cityFigure(rows, 'Leuven', 'reach_rate', '');
    expect(c.value).toBe(40);
    expect(c.basis?.value).toBe(4000);
    // the mean of the shown wijken would be 35
    expect(c.value).not.toBe((80 + 12.5 + 12.5) / 3);
    expect(cityFigure(rows, 'Sint-Niklaas', 'reach_rate', '').value).toBe(99);
  });

  it('sorts by each column both ways, keeping values not shown last', () => {
    const r = rankWijken(rows, wijken, 'Leuven', 'reach_rate', '');
    const ids = (by: Parameters<typeof sortTable>[2], dir: Parameters<typeof sortTable>[3]) =>
      sortTable(r, null, by, dir).map((t) => (t.kind === 'wijk' ? t.wijk_id : 'city'));
    expect(ids('value', 'ascending')).toEqual(['W1', 'W3', 'W2', 'W4', 'W5']);
    expect(ids('value', 'descending')).toEqual(['W2', 'W1', 'W3', 'W4', 'W5']);
    expect(ids('wijk', 'descending')).toEqual(['W5', 'W4', 'W3', 'W2', 'W1']);
    expect(ids('basis', 'descending')).toEqual(['W2', 'W3', 'W1', 'W4', 'W5']);
    expect(ids('rank', 'descending')).toEqual(['W1', 'W3', 'W2', 'W4', 'W5']);
  });

  it('places the city row where its value ranks, or last when sorting by name', () => {
    const r = rankWijken(rows, wijken, 'Leuven', 'reach_rate', '');
    const c = cityFigure(rows, 'Leuven', 'reach_rate', '');
    const ids = (by: Parameters<typeof sortTable>[2], dir: Parameters<typeof sortTable>[3]) =>
      sortTable(r, c, by, dir).map((t) => (t.kind === 'wijk' ? t.wijk_id : 'city'));
    expect(ids('rank', 'ascending')).toEqual(['W2', 'city', 'W1', 'W3', 'W4', 'W5']);
    expect(ids('value', 'ascending')).toEqual(['W1', 'W3', 'city', 'W2', 'W4', 'W5']);
    expect(ids('wijk', 'ascending')).toEqual(['W1', 'W2', 'W3', 'W4', 'W5', 'city']);
  });

  it('names the highest and lowest shown wijk and counts those not shown', () => {
    const e = extremes(rankWijken(rows, wijken, 'Leuven', 'reach_rate', ''));
    expect(e.top?.wijk_id).toBe('W2');
    expect(e.bottom?.wijk_id).toBe('W3');
    expect([e.shown, e.hidden]).toEqual([3, 2]);
  });
});

describe('ranked table on a figures file', () => {
  // A scope as a figures file holds it (the compact codec), from a small fixed data set.
  const raw = JSON.parse(JSON.stringify(encodeFigures(fixtureScope('year-2026-11-all'))));

  it('leaves out the "location unknown" pseudo-wijk and keeps every real wijk of the city', () => {
    const ws = cityWijken(index, 'Leuven');
    expect(ws.some((w) => isLocationUnknown(w.wijk_id))).toBe(false);
    expect(ws).toHaveLength(index.wijken.filter((w) => w.city === 'Leuven').length - 1);
  });

  it('orders the wijken as the raw file read column by column does', () => {
    // Independent reading of the file: its dictionaries and codes, without the codec.
    const at = (c: string, i: number) => raw.dict[c][raw.codes[c][i]];
    const want: [string, number][] = [];
    for (let i = 0; i < raw.n; i++) {
      if (at('city', i) === 'Leuven' && at('metric', i) === 'reach_rate' && at('dimension', i) === '' && at('group', i) === '' && at('wijk_id', i) !== '' && raw.value[i] !== null)
        want.push([at('wijk_id', i), raw.value[i]]);
    }
    want.sort((a, b) => b[1] - a[1]);
    const got = rankWijken(decodeFigures(raw), cityWijken(index, 'Leuven'), 'Leuven', 'reach_rate', '');
    expect(got.filter((w) => w.value !== null).map((w) => [w.wijk_id, w.value])).toEqual(want);
    expect(got[0].rank).toBe(1);
  });
});
