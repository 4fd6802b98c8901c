import { describe, expect, it } from 'vitest';
import * as aq from 'arquero';
import type { MonthSeries, PopulationShare } from '../cube/types';
import type { FigureRow, Provider, SuppressReason } from '../metrics/types';
import { countByKind, mergeResults, scopeAlerts, type Alert } from './alerts';
import { DEFAULT_THRESHOLDS, severityBand, type Thresholds } from './vocabulary';
import { populationSharesAt } from '../cube/read';
import { linkTo } from '../views/url';

const op = aq.op;

// ---- fixture helpers ------------------------------------------------------------------
function fig(wijk_id: string, metric: string, value: number | null, o: Partial<FigureRow> = {}): FigureRow {
  return {
    city: 'Leuven', wijk_id, provider: 'buurtwerk', dimension: '', group: '', metric, value,
    suppressed: value === null ? 'below_k' : null, ...o
  };
}
function pop(wijk_id: string, dimension: string, group: string, share: number, ref_date = '2026-01-01'): PopulationShare {
  return { city: 'Leuven', wijk_id, ref_date, dimension, group, population: Math.round(share * 1000), share };
}
function series(provider: Provider, months: Record<string, FigureRow[]>): MonthSeries {
  const ms = Object.keys(months).sort();
  return { provider, months: ms, figures: ms.map((m) => months[m]) };
}
const key = (a: { kind: string; wijk_id: string; provider: string; dimension?: string; group?: string }) =>
  [a.kind, a.wijk_id, a.provider, a.dimension ?? '', a.group ?? ''].join('/');

// ---- hand-worked cases ------------------------------------------------------------------
describe('alerts: hand-worked thresholds (strict < for "below", inclusive >= for top-20%)', () => {
  const population = [
    pop('W1', 'age_band', '25-44', 0.1), // exactly 10%: counts
    pop('W1', 'age_band', '65-79', 0.0999), // just under 10%: left out
    pop('W1', 'age_band', '80+', 0.3),
    pop('W1', 'origin', 'Belgisch', 0.5),
    pop('W1', 'origin', 'EU', 0.5),
    pop('W1', 'gender', 'man', 0.5)
  ];
  const rows: FigureRow[] = [
    fig('W1', 'representation_index', 0.4999, { dimension: 'age_band', group: '25-44' }),
    fig('W1', 'representation_index', 0.1, { dimension: 'age_band', group: '65-79' }), // group too small
    fig('W1', 'representation_index', 0.5, { dimension: 'origin', group: 'Belgisch' }), // exactly at: no alert
    fig('W1', 'representation_index', null, { dimension: 'origin', group: 'EU' }), // suppressed: not assessed
    fig('W1', 'representation_index', null, { dimension: 'gender', group: 'man', suppressed: 'not_available' }),
    fig('W1', 'representation_index', 0.2, { dimension: 'age_band', group: '80+', provider: 'all' }), // other provider
    fig('W1', 'top20_share', 0.6), // exactly at: fires, severity 0
    fig('W2', 'top20_share', 0.5999),
    fig('W3', 'top20_share', 0.8),
    fig('W1', 'representativeness', 0.6, { dimension: 'age_band' }), // exactly at: no alert
    fig('W2', 'representativeness', 0.3, { dimension: 'origin' }),
    fig('W3', 'representativeness', null, { dimension: 'origin', suppressed: 'not_available' }),
    fig('W1', 'mixing_ratio', 0.5, { dimension: 'origin' }), // exactly at: no alert
    fig('W2', 'mixing_ratio', 0.25, { dimension: 'origin' }),
    fig('W2', 'mixing_ratio', 0.1, { dimension: 'origin', group: 'x' }), // not a headline row
    fig('', 'top20_share', 0.99), // city-wide: never an alert
    fig('24062WONB', 'top20_share', 0.99) // "location unknown": not a wijk
  ];
  const r = scopeAlerts({ scope: { kind: 'year', end: '2026-11', provider: 'buurtwerk' }, rows, population });

  it('raises exactly the alerts past their thresholds', () => {
    expect(r.alerts.map(key).sort()).toEqual(
      [
        'representation/W1/buurtwerk/age_band/25-44',
        'concentration/W1/buurtwerk//',
        'concentration/W3/buurtwerk//',
        'representativeness/W2/buurtwerk/origin/',
        'mixing/W2/buurtwerk/origin/'
      ].sort()
    );
  });
  it('computes severity as the relative distance past the threshold, most severe first', () => {
    const sev = Object.fromEntries(r.alerts.map((a) => [key(a), a.severity]));
    expect(sev['representation/W1/buurtwerk/age_band/25-44']).toBeCloseTo((0.5 - 0.4999) / 0.5, 12);
    expect(sev['concentration/W1/buurtwerk//']).toBe(0);
    expect(sev['concentration/W3/buurtwerk//']).toBeCloseTo(0.5, 12); // (0.8-0.6)/(1-0.6)
    expect(sev['representativeness/W2/buurtwerk/origin/']).toBeCloseTo(0.5, 12); // (0.6-0.3)/0.6
    expect(sev['mixing/W2/buurtwerk/origin/']).toBeCloseTo(0.5, 12);
    const s = r.alerts.map((a) => a.severity);
    expect(s).toEqual([...s].sort((a, b) => b - a));
    // equal severities keep METRICS.md's order of kinds
    expect(r.alerts.slice(0, 3).map((a) => a.kind)).toEqual(['concentration', 'representativeness', 'mixing']);
  });
  it('never raises an alert on a suppressed figure, and says it was not assessed', () => {
    expect(r.unassessed.map((u) => `${key(u)}:${u.reason}`).sort()).toEqual(
      [
        'representation/W1/buurtwerk/origin/EU:below_k',
        'representation/W1/buurtwerk/gender/man:not_available',
        'representativeness/W3/buurtwerk/origin/:not_available'
      ].sort()
    );
    expect(countByKind(r).find((c) => c.kind === 'representation')).toEqual({ kind: 'representation', alerts: 1, unassessed: 2 });
  });
  it('links each alert to the chart on the wijk page that shows its evidence', () => {
    const a = r.alerts.find((x) => x.kind === 'representation')!;
    expect(a.evidence).toEqual({
      page: 'wijk',
      params: { city: 'Leuven', wijk: 'W1', period: 'year', end: '2026-11', provider: 'buurtwerk', dimension: 'age_band' },
      chart: 'representation'
    });
    expect(linkTo('/base/wijk/', a.evidence.params, 'en', a.evidence.chart)).toBe(
      '/base/wijk/?city=Leuven&wijk=W1&period=year&end=2026-11&provider=buurtwerk&dimension=age_band&lang=en#representation'
    );
    const m = r.alerts.find((x) => x.kind === 'mixing')!;
    expect(m.evidence.chart).toBe('mixing-ratio');
    expect(r.alerts.find((x) => x.kind === 'concentration')!.evidence.params.dimension).toBeUndefined();
    expect(a.populationShare).toBe(0.1);
    expect(a.figures).toEqual([rows[0]]);
  });
  it('takes thresholds from the caller', () => {
    const t = scopeAlerts({
      scope: { kind: 'year', end: '2026-11', provider: 'buurtwerk' },
      rows,
      population,
      thresholds: { concentration: 0.7, representation: 0.51, groupShare: 0.05 }
    });
    const keys = t.alerts.map(key);
    expect(keys).toContain('representation/W1/buurtwerk/origin/Belgisch');
    expect(keys).toContain('representation/W1/buurtwerk/age_band/65-79');
    expect(keys).not.toContain('concentration/W1/buurtwerk//');
    expect(keys).toContain('concentration/W3/buurtwerk//');
  });
  it('bands severity for a label', () => {
    expect([0, 0.19, 0.2, 0.49, 0.5, 1].map(severityBand)).toEqual(['slight', 'slight', 'clear', 'clear', 'strong', 'strong']);
  });
});

describe('alerts: the population share comes from the latest reference date on or before the period end', () => {
  const population = [
    pop('W1', 'origin', 'Belgisch', 0.08, '2025-01-01'),
    pop('W1', 'origin', 'Belgisch', 0.12, '2026-01-01')
  ];
  const rows = [fig('W1', 'representation_index', 0.2, { dimension: 'origin', group: 'Belgisch' })];
  const at = (end: string) => scopeAlerts({ scope: { kind: 'month', end, provider: 'buurtwerk' }, rows, population }).alerts.length;
  it('picks the date per period end', () => {
    expect(populationSharesAt(population, '2025-12').get('W1|origin|Belgisch')).toBe(0.08);
    expect(populationSharesAt(population, '2026-01').get('W1|origin|Belgisch')).toBe(0.12); // 2026-01-01 is inside January
    expect(populationSharesAt(population, '2024-12').get('W1|origin|Belgisch')).toBe(0.08); // none before: the earliest
    expect(at('2025-12')).toBe(0); // 8%: too small a group then
    expect(at('2026-11')).toBe(1);
  });
});

describe('alerts: newcomer share below the threshold three months in a row', () => {
  const nc = (wijk: string, v: number | null, suppressed: SuppressReason | null = v === null ? 'below_k' : null) =>
    fig(wijk, 'newcomer_share', v, { provider: 'all', suppressed });
  const s = series('all', {
    '2026-07': [nc('A', 0.01), nc('B', 0.01), nc('C', 0.01), nc('D', 0.01), nc('E', 0.01), nc('F', 0.5)],
    '2026-08': [nc('A', 0.05), nc('B', 0.05), nc('C', 0.05), nc('D', 0.05), nc('E', 0.5), nc('F', 0.05)],
    '2026-09': [nc('A', 0.09), nc('B', 0.1), nc('C', null), nc('D', 0.2), nc('E', 0.05), nc('F', 0.05), nc('G', 0.02)],
    '2026-10': [nc('A', 0.0999), nc('B', 0.01), nc('C', 0.01), nc('D', null), nc('E', 0.05), nc('F', 0.05), nc('G', 0.02), nc('', 0)]
  });
  const run = (end: string, sr = s) => scopeAlerts({ scope: { kind: 'month', end, provider: 'all' }, rows: [], population: [], series: sr });

  it('fires only when all three months are shown and below, judged on the highest month', () => {
    const r = run('2026-10');
    expect(r.alerts.map((a) => a.wijk_id).sort()).toEqual(['A', 'F']);
    const a = r.alerts.find((x) => x.wijk_id === 'A')!;
    expect(a.value).toBe(0.0999);
    expect(a.severity).toBeCloseTo((0.1 - 0.0999) / 0.1, 12);
  });
  it('uses the three months ending at the period end', () => {
    const f = run('2026-10').alerts.find((a) => a.wijk_id === 'F')!;
    expect(f.months).toEqual([
      { month: '2026-08', value: 0.05 },
      { month: '2026-09', value: 0.05 },
      { month: '2026-10', value: 0.05 }
    ]);
    expect(f.value).toBe(0.05);
    expect(f.severity).toBeCloseTo(0.5, 12);
    expect(f.evidence.chart).toBe('newcomers');
    expect(f.figures).toHaveLength(3);
    // ending in September (Jul-Sep): F had 50% in July, so only A remains
    expect(run('2026-09').alerts.map((x) => x.wijk_id).sort()).toEqual(['A']);
  });
  it('treats exactly 10% as not below, a suppressed month as not assessed, a month without data as a gap', () => {
    const r = run('2026-10');
    const un = Object.fromEntries(r.unassessed.map((u) => [u.wijk_id, u.reason]));
    expect(r.alerts.map((a) => a.wijk_id)).not.toContain('B'); // 0.1 in September
    expect(un.B).toBeUndefined(); // definitely not an alert: assessed
    expect(un.C).toBe('below_k'); // 0.05, suppressed, 0.01: cannot tell
    expect(un.D).toBeUndefined(); // 0.2 in September settles it whatever October hides
    expect(un.G).toBe('not_available'); // no figure for August: a gap is not "in a row"
    expect(r.alerts.map((a) => a.wijk_id)).not.toContain(''); // city-wide row ignored
  });
  it('a gap in the months breaks the run', () => {
    // the series has no September at all: two low months around a hole are not three in a row
    const gap = series('all', {
      '2026-08': [nc('A', 0.01)],
      '2026-10': [nc('A', 0.01)],
      '2026-11': [nc('A', 0.01)]
    });
    expect(run('2026-10', gap).alerts).toEqual([]);
    expect(run('2026-10', gap).unassessed.map((u) => u.wijk_id)).toEqual(['A']);
    expect(run('2026-11', gap).alerts).toEqual([]);
    // a month above the threshold in the middle breaks it too
    const broken = series('all', { '2026-08': [nc('A', 0.01)], '2026-09': [nc('A', 0.3)], '2026-10': [nc('A', 0.01)] });
    expect(run('2026-10', broken)).toEqual({ alerts: [], unassessed: [] });
  });
  it('ignores a series of another provider', () => {
    const r = scopeAlerts({ scope: { kind: 'month', end: '2026-10', provider: 'ggw' }, rows: [], population: [], series: s });
    expect(r.alerts).toEqual([]);
  });
});

// ---- against an independent computation (arquero) over random figures --------------------
function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function randomCase(seed: number) {
  const r = rng(seed);
  const pick = <T,>(xs: T[]) => xs[Math.floor(r() * xs.length)];
  // values land exactly on thresholds now and then
  const val = (edges: number[]) => (r() < 0.25 ? pick(edges) : r() < 0.15 ? null : Math.round(r() * 1000) / 1000);
  const wijken = ['W1', 'W2', 'W3', 'W4', 'W5'];
  const dims: Record<string, string[]> = { age_band: ['0-11', '25-44', '65-79'], origin: ['Belgisch', 'EU', 'niet-EU'] };
  const providers: Provider[] = ['all', 'buurtwerk'];
  const population: PopulationShare[] = [];
  for (const w of wijken)
    for (const ref of ['2025-01-01', '2026-01-01'])
      for (const [d, gs] of Object.entries(dims)) for (const g of gs) population.push(pop(w, d, g, pick([0.05, 0.1, 0.0999, 0.2, 0.4]), ref));
  const rows: FigureRow[] = [];
  for (const provider of providers)
    for (const w of [...wijken, '']) {
      rows.push(fig(w, 'top20_share', val([0.6, 0.59999]), { provider }));
      for (const [d, gs] of Object.entries(dims)) {
        rows.push(fig(w, 'representativeness', val([0.6]), { provider, dimension: d }));
        rows.push(fig(w, 'mixing_ratio', val([0.5]), { provider, dimension: d }));
        for (const g of gs) rows.push(fig(w, 'representation_index', val([0.5, 0.49999]), { provider, dimension: d, group: g }));
      }
    }
  for (const row of rows) if (row.value === null) row.suppressed = pick(['below_k', 'not_available'] as SuppressReason[]);
  const months = ['2026-06', '2026-07', '2026-08', '2026-09', '2026-10', '2026-11'].filter(() => r() < 0.9);
  const figures = months.map(() =>
    wijken.filter(() => r() < 0.95).map((w) => {
      const v = r() < 0.5 ? val([0.1]) : r() < 0.8 ? Math.round(r() * 100) / 1000 : null;
      return fig(w, 'newcomer_share', v, { provider: 'all', suppressed: v === null ? 'below_k' : null });
    })
  );
  const thresholds: Thresholds = r() < 0.5 ? DEFAULT_THRESHOLDS : { ...DEFAULT_THRESHOLDS, representation: 0.7, concentration: 0.5, groupShare: 0.2 };
  return { rows, population, series: { provider: 'all' as Provider, months, figures }, thresholds, end: pick(['2025-12', '2026-09', '2026-11']) };
}

/** arquero's join keys: [left columns, right columns]. */
const on = (cols: string[]): [string[], string[]] => [cols, cols];

/** The same rules, written as table operations. */
function reference(c: ReturnType<typeof randomCase>, provider: Provider) {
  const t = c.thresholds;
  // dates as numbers (yyyymmdd): arquero's min/max are numeric
  const endDay = Number(`${c.end.replace('-', '')}31`);
  const popT = aq.from(c.population.map((p) => ({ ...p, day: Number(p.ref_date.replace(/-/g, '')) })));
  const chosenDate = popT
    .groupby('wijk_id', 'dimension')
    .rollup({ first: op.min('day') })
    .lookup(
      popT.params({ endDay }).filter((d: any, $: any) => d.day <= $.endDay).groupby('wijk_id', 'dimension').rollup({ before: op.max('day') }),
      on(['wijk_id', 'dimension']),
      'before'
    )
    .derive({ day: (d: any) => (d.before != null ? d.before : d.first) })
    .select('wijk_id', 'dimension', 'day');
  const shares = popT.semijoin(chosenDate, on(['wijk_id', 'dimension', 'day'])).select('wijk_id', 'dimension', 'group', 'share');
  const figs = aq
    .from(c.rows)
    .params({ provider })
    .filter((d: any, $: any) => d.provider === $.provider && d.wijk_id !== '');
  const shown = (d: any) => d.suppressed == null && d.value != null;
  const out: { key: string; severity: number | null }[] = [];
  // representation
  const ri = figs.filter((d: any) => d.metric === 'representation_index').join(shares, on(['wijk_id', 'dimension', 'group']));
  for (const d of ri.objects() as any[]) {
    if (d.share < t.groupShare) continue;
    const k = `representation/${d.wijk_id}/${provider}/${d.dimension}/${d.group}`;
    if (!shown(d)) out.push({ key: k, severity: null });
    else if (d.value < t.representation) out.push({ key: k, severity: 1 - d.value / t.representation });
  }
  const simple: [string, string, (v: number) => number | false][] = [
    ['top20_share', 'concentration', (v) => (v >= t.concentration ? (v - t.concentration) / (1 - t.concentration) : false)],
    ['representativeness', 'representativeness', (v) => (v < t.representativeness ? 1 - v / t.representativeness : false)],
    ['mixing_ratio', 'mixing', (v) => (v < t.mixing ? 1 - v / t.mixing : false)]
  ];
  for (const [metric, kind, sev] of simple)
    for (const d of figs.params({ metric }).filter((d: any, $: any) => d.metric === $.metric && d.group === '').objects() as any[]) {
      const k = `${kind}/${d.wijk_id}/${provider}/${d.dimension}/`;
      if (!shown(d)) out.push({ key: k, severity: null });
      else {
        const s = sev(d.value);
        if (s !== false) out.push({ key: k, severity: s });
      }
    }
  if (provider === 'all') {
    const [y, m] = c.end.split('-').map(Number);
    const run = [-2, -1, 0].map((i) => {
      const idx = y * 12 + m - 1 + i;
      return `${Math.floor(idx / 12)}-${String((idx % 12) + 1).padStart(2, '0')}`;
    });
    const long = aq.from(
      c.series.months.flatMap((month, i) => c.series.figures[i].map((f) => ({ month, wijk_id: f.wijk_id, value: f.suppressed ? null : f.value })))
    );
    const per = long
      .params({ run, t: t.newcomers })
      .filter((d: any, $: any) => op.includes($.run, d.month))
      .groupby('wijk_id')
      .rollup({
        low: (d: any, $: any) => op.sum(d.value != null && d.value < $.t ? 1 : 0),
        high: (d: any, $: any) => op.sum(d.value != null && d.value >= $.t ? 1 : 0),
        top: (d: any) => op.max(d.value)
      });
    for (const d of per.objects() as any[]) {
      const k = `newcomers/${d.wijk_id}/all//`;
      if (d.high > 0) continue;
      if (d.low === 3) out.push({ key: k, severity: 1 - d.top / t.newcomers });
      else out.push({ key: k, severity: null });
    }
  }
  return out;
}

describe('alerts agree with an independent computation (arquero) on random figures', () => {
  it('over 120 random cases, thresholds met exactly included', () => {
    let alertsSeen = 0;
    let unassessedSeen = 0;
    for (let seed = 1; seed <= 120; seed++) {
      const c = randomCase(seed);
      const results = (['all', 'buurtwerk'] as Provider[]).map((provider) =>
        scopeAlerts({
          scope: { kind: 'year', end: c.end, provider },
          rows: c.rows,
          population: c.population,
          series: provider === 'all' ? c.series : undefined,
          thresholds: c.thresholds
        })
      );
      const got = mergeResults(results);
      const want = [...reference(c, 'all'), ...reference(c, 'buurtwerk')];
      const gotAlerts = Object.fromEntries(got.alerts.map((a: Alert) => [key(a), a.severity]));
      const wantAlerts = Object.fromEntries(want.filter((w) => w.severity !== null).map((w) => [w.key, w.severity!]));
      expect(Object.keys(gotAlerts).sort(), `seed ${seed}`).toEqual(Object.keys(wantAlerts).sort());
      for (const k of Object.keys(wantAlerts)) expect(gotAlerts[k], `${k} seed ${seed}`).toBeCloseTo(wantAlerts[k], 12);
      expect(got.unassessed.map(key).sort(), `seed ${seed}`).toEqual(want.filter((w) => w.severity === null).map((w) => w.key).sort());
      alertsSeen += got.alerts.length;
      unassessedSeen += got.unassessed.length;
    }
    // the cases exercise both outcomes
    expect(alertsSeen).toBeGreaterThan(300);
    expect(unassessedSeen).toBeGreaterThan(120);
  });
});
