import { describe, expect, it } from 'vitest';
import { DEFAULT_THRESHOLDS } from '../alerts/vocabulary';
import type { CubeIndex } from '../cube/types';
import { OVERVIEW_URL, REPORT_URL, SIGNALS_URL, WIJK_URL, dataOf, linkTo, linkWithData, nearestEnd, withData, withKind, type DashboardView, type SignalsView } from './url';

const index = {
  version: 2, k: 5, cap: 40, perturbed: true, activities: [],
  cities: ['Leuven', 'Sint-Niklaas'],
  wijken: [
    { wijk_id: 'L1', wijk_name: 'A', city: 'Leuven' },
    { wijk_id: 'L2', wijk_name: 'B', city: 'Leuven' },
    { wijk_id: 'S1', wijk_name: 'C', city: 'Sint-Niklaas' }
  ],
  months: { first: '2024-12', last: '2026-11' },
  dimensions: ['age_band', 'origin'],
  ends: { month: ['2026-10', '2026-11'], quarter: ['2026-09'], year: ['2025-11', '2026-11'] },
  providers: ['all', 'buurtwerk', 'ggw'],
  population: [],
  seriesMetrics: []
} as CubeIndex;
const q = (s: string) => new URLSearchParams(s);

describe('the Overzicht and wijk page in the URL', () => {
  it('defaults to the latest rolling year, all providers, reach rate, origin', () => {
    expect(OVERVIEW_URL.defaults(index)).toEqual({ city: 'Leuven', kind: 'year', end: '2026-11', provider: 'all', figure: 'reach_rate', dimension: 'origin', wijk: '', compare: '' });
    expect(OVERVIEW_URL.search(OVERVIEW_URL.defaults(index), index)).toBe('');
  });
  it('round-trips every field that differs from the default, and keeps the language', () => {
    const v: DashboardView = { city: 'Leuven', kind: 'month', end: '2026-10', provider: 'ggw', figure: 'mixing_ratio', dimension: 'age_band', wijk: 'L2', compare: 'L1' };
    const s = OVERVIEW_URL.search(v, index, 'en');
    expect(s).toBe('?period=month&end=2026-10&provider=ggw&figure=mixing_ratio&dimension=age_band&wijk=L2&compare=L1&lang=en');
    expect(OVERVIEW_URL.read(q(s), index)).toEqual(v);
  });
  it('ignores values that do not exist instead of trusting the URL', () => {
    const v = OVERVIEW_URL.read(q('city=Gent&period=decade&end=1999-01&provider=x&figure=<script>&wijk=S1&compare=nope'), index);
    expect(v).toEqual(OVERVIEW_URL.defaults(index));
    // a wijk of the other city is not valid for this city; it is once that city is chosen
    expect(OVERVIEW_URL.read(q('city=Sint-Niklaas&wijk=S1'), index).wijk).toBe('S1');
  });
  it('takes the latest end of the chosen kind when the end does not fit it', () => {
    expect(OVERVIEW_URL.read(q('period=quarter&end=2026-11'), index)).toMatchObject({ kind: 'quarter', end: '2026-09' });
  });
  it('lets the wijk decide the city on the wijk page, so a link to a wijk need not name its city', () => {
    expect(WIJK_URL.read(q('wijk=S1'), index)).toMatchObject({ city: 'Sint-Niklaas', wijk: 'S1' });
    expect(OVERVIEW_URL.read(q('wijk=S1'), index)).toMatchObject({ city: 'Leuven', wijk: '' });
    expect(WIJK_URL.read(q('wijk=nope'), index)).toMatchObject({ city: 'Leuven', wijk: '' });
    expect(WIJK_URL.search(WIJK_URL.read(q('wijk=S1'), index), index)).toBe('?city=Sint-Niklaas&wijk=S1');
  });
});

describe('switching the kind of period', () => {
  it('keeps the latest end not after the current one, else the first', () => {
    const quarters = ['2025-03', '2025-06', '2025-09', '2025-12', '2026-03', '2026-06', '2026-09'];
    expect(nearestEnd(quarters, '2026-11')).toBe('2026-09');
    expect(nearestEnd(quarters, '2026-06')).toBe('2026-06');
    expect(nearestEnd(quarters, '2025-02')).toBe('2025-03');
    expect(nearestEnd([], '2026-02')).toBe('2026-02');
  });
  it('moves the view to the new kind with its end kept near', () => {
    const v = OVERVIEW_URL.defaults(index);
    expect(withKind(v, 'quarter', index)).toMatchObject({ kind: 'quarter', end: '2026-09' });
    expect(withKind(v, 'year', index)).toBe(v);
  });
});

describe('the Signalen page in the URL', () => {
  const read = (s: string) => SIGNALS_URL.read(q(s), index);
  const sintNiklaasWijk = index.wijken.find((w) => w.city === 'Sint-Niklaas')!.wijk_id;
  it('defaults to every city, the latest rolling year, each provider, the default thresholds', () => {
    expect(SIGNALS_URL.defaults(index)).toEqual({ city: '', kind: 'year', end: '2026-11', provider: '', wijk: '', alert: '', per: 'wijk', thresholds: DEFAULT_THRESHOLDS });
    expect(SIGNALS_URL.search(SIGNALS_URL.defaults(index), index)).toBe('');
  });
  it('round-trips every field that differs', () => {
    const v: SignalsView = {
      city: 'Sint-Niklaas', kind: 'month', end: '2026-10', provider: 'buurtwerk', wijk: sintNiklaasWijk, alert: 'mixing', per: 'kind',
      thresholds: { ...DEFAULT_THRESHOLDS, representation: 0.45, newcomers: 0.05 }
    };
    const s = SIGNALS_URL.search(v, index);
    expect(s).toBe(`?city=Sint-Niklaas&period=month&end=2026-10&provider=buurtwerk&wijk=${sintNiklaasWijk}&alert=mixing&per=kind&t_ri=0.45&t_new=0.05`);
    expect(read(s)).toEqual(v);
  });
  it('takes a wijk of any city with every city, and only the chosen city\'s wijken with one', () => {
    expect(read(`wijk=${sintNiklaasWijk}`).wijk).toBe(sintNiklaasWijk);
    expect(read(`city=Leuven&wijk=${sintNiklaasWijk}`).wijk).toBe('');
    expect(read('alert=nonsense&per=city')).toMatchObject({ alert: '', per: 'wijk' });
  });
  it('falls back to the default on anything it does not know', () => {
    expect(read('city=Gent&period=week&end=1999-01&provider=x&wijk=nowhere&alert=x&per=x&t_ri=abc&t_top20=1.5&t_mix=-1&t_new=')).toEqual(SIGNALS_URL.defaults(index));
    expect(read('period=quarter&end=2026-11').end).toBe('2026-09');
    // the edges of a range are allowed
    expect(read('t_top20=1&t_group=0').thresholds).toMatchObject({ concentration: 1, groupShare: 0 });
  });
});

describe('the monthly report in the URL', () => {
  it('defaults to the first city, the latest month and origin', () => {
    expect(REPORT_URL.defaults(index)).toEqual({ city: 'Leuven', end: '2026-11', dimension: 'origin' });
    expect(REPORT_URL.search(REPORT_URL.defaults(index), index)).toBe('');
  });
  it('round-trips and rejects what it does not know', () => {
    const v = { city: 'Sint-Niklaas', end: '2026-10', dimension: 'age_band' };
    expect(REPORT_URL.search(v, index)).toBe('?city=Sint-Niklaas&end=2026-10&dimension=age_band');
    expect(REPORT_URL.read(q(REPORT_URL.search(v, index)), index)).toEqual(v);
    expect(REPORT_URL.read(q('city=Gent&end=2030-01&dimension=x'), index)).toEqual(REPORT_URL.defaults(index));
  });
});

describe('links with explicit parameters', () => {
  it('keep the language last and the chart as the hash', () => {
    expect(linkTo('/wijk/', { wijk: 'L1', period: 'year' }, 'en', 'representation')).toBe('/wijk/?wijk=L1&period=year&lang=en#representation');
    expect(linkTo('/signalen/', {}, null)).toBe('/signalen/');
  });
});

describe('whose data: the data parameter', () => {
  const at = (s: string) => new URL(`http://site.test/wijk/${s}`);
  it('reads a fingerprint, and ignores what is not one', () => {
    expect(dataOf(at('?data=0123456789ab&wijk=L1'))).toBe('0123456789ab');
    expect(dataOf(at('?data=0123456789AB'))).toBe('0123456789ab');
    for (const bad of ['', '?data=', '?data=0123', '?data=0123456789abc', '?data=zzzzzzzzzzzz', '?data=../../x']) expect(dataOf(at(bad))).toBe('');
  });
  it('is set or removed without touching the view', () => {
    expect(withData(at('?wijk=L1&lang=en'), '0123456789ab').search).toBe('?wijk=L1&lang=en&data=0123456789ab');
    expect(withData(at('?data=0123456789ab&wijk=L1'), '').search).toBe('?wijk=L1');
    // A view's codec never reads it: the same view with or without it.
    expect(WIJK_URL.read(withData(at('?wijk=L1'), '0123456789ab').searchParams, index)).toEqual(WIJK_URL.read(at('?wijk=L1').searchParams, index));
  });
  it('goes on a link within the site only for own data, and reads back as the fingerprint', () => {
    expect(linkWithData('/signalen/', '')).toBe('/signalen/');
    const link = linkWithData('/signalen/', '0123456789ab');
    expect(dataOf(new URL(link, 'http://site.test'))).toBe('0123456789ab');
  });
});
