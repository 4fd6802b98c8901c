import { describe, expect, it } from 'vitest';
import { embeddedFor, initialOverview } from './overview-first';
import { scopeKey } from '../cube/scopes';
import { FIXTURE_INDEX as index, fixtureScope, fixtureSeries } from '../cube/testing';
import { cityFigure, rankWijken } from '../overview/rank';
import { cityWijken } from '../overview/figures';
import { sparkPoints } from '../overview/spark';
import { formatMonth } from '../i18n/format';
import { OVERVIEW_URL } from './url';

// A small fixed data set (not the built demo): the rule is the same for any data.
const view = OVERVIEW_URL.defaults(index);
const full = fixtureScope(scopeKey(view));
const series = fixtureSeries(view.provider);
const init = initialOverview(index, view, full, series);

describe('the prerendered first view', () => {
  it('embeds a small part of the files: no population, a few hundred figures', () => {
    expect(init.index.population).toEqual([]);
    expect(init.index.wijken).toEqual(index.wijken);
    // the default view's figure and its basis, for the first city's wijken and the city itself
    expect(init.rows.length).toBe(2 * (cityWijken(index, view.city).length + 1));
    expect(init.rows.length).toBeLessThan(full.length / 10);
    expect(init.series.months).toHaveLength(12);
    expect(init.series.figures.flat().every((r) => r.city === view.city && r.metric === view.figure)).toBe(true);
  });

  it('names every month of the data and the 11 before, as formatMonth writes them in Dutch', () => {
    expect(init.months).toHaveLength(24 + 11);
    expect(init.months[0]).toEqual(['2024-01', formatMonth('nl', '2024-01')]);
    expect(index.months.first).toBe('2024-12');
    expect(init.months.at(-1)).toEqual([index.months.last, formatMonth('nl', index.months.last)]);
  });

  it('draws the same ranked table, city row and sparklines as the whole files', () => {
    const ws = cityWijken(index, view.city);
    const a = rankWijken(init.rows, ws, view.city, view.figure, view.dimension);
    const b = rankWijken(full, ws, view.city, view.figure, view.dimension);
    expect(a).toEqual(b);
    expect(a.filter((w) => w.value !== null).length).toBeGreaterThan(8);
    expect(a.some((w) => w.value === null)).toBe(true);
    expect(cityFigure(init.rows, view.city, view.figure, view.dimension)).toEqual(cityFigure(full, view.city, view.figure, view.dimension));
    for (const w of ws) {
      const q = { city: view.city, wijk: w.wijk_id, metric: view.figure, dimension: '' };
      expect(sparkPoints(init.series, q, view.end)).toEqual(sparkPoints(series, q, view.end));
    }
  });

  it('covers the default view; a chosen wijk or another figure needs the files', () => {
    expect(embeddedFor(init, view)).toEqual({ rows: true, series: true, all: true });
    // a chosen wijk: the map and table can still draw, the comparison needs every figure
    expect(embeddedFor(init, { ...view, wijk: ws0() })).toEqual({ rows: true, series: true, all: false });
    expect(embeddedFor(init, { ...view, provider: 'ggw' }).rows).toBe(false);
    expect(embeddedFor(init, { ...view, figure: 'mixing_ratio' }).all).toBe(false);
    expect(embeddedFor(init, { ...view, end: index.ends.year[0] }).series).toBe(false);
    expect(embeddedFor(init, { ...view, city: index.cities[1] }).all).toBe(false);
    // reach rate has no dimension: another dimension changes nothing
    expect(embeddedFor(init, { ...view, dimension: 'age_band' }).all).toBe(true);
  });
});

function ws0() {
  return cityWijken(index, view.city)[0].wijk_id;
}
