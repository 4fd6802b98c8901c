/**
 * A small, fixed data set of figures for tests that need what a build ships (an index,
 * scopes, monthly series) without building the demo's: two cities of a few wijken each,
 * 24 months, every figure the pages read, some of them suppressed as disclosure control
 * would. Deterministic: the same figures on every run and machine.
 */
import { keepInSeries } from './compute';
import { parseScopeKey, periodEnds } from './scopes';
import type { ActivityInfo, CubeIndex, FigureSource, MonthSeries, PopulationShare, WijkInfo } from './types';
import { addMonths, monthIndex } from '../metrics/period';
import { PROVIDERS, type FigureRow, type Provider } from '../metrics/types';

const FIRST = '2024-12';
const LAST = '2026-11';
const DIMENSIONS = { age_band: ['0-17', '18-64', '65+', 'unknown'], origin: ['Belgisch', 'EU', 'niet-EU', 'unknown'] } as const;

const WIJKEN: WijkInfo[] = [
  ...['Abdij', 'Boven', 'Centrum', 'Dal', 'Egge', 'Fort', 'Gaarde', 'Heide', 'Ijzer', 'Jager', 'Kouter', 'Linde'].map((name, i) => ({
    wijk_id: `L${String(i + 1).padStart(2, '0')}`,
    wijk_name: name,
    city: 'Leuven'
  })),
  { wijk_id: 'LONB', wijk_name: 'Leuven - niet te lokaliseren', city: 'Leuven' },
  ...['Noord', 'Oost', 'Zuid', 'West'].map((name, i) => ({ wijk_id: `S${i + 1}`, wijk_name: name, city: 'Sint-Niklaas' }))
];

/** Activities B9 names: two in each of four Leuven wijken, one in the small wijk L12. */
const ACTIVITIES: ActivityInfo[] = [
  ...['L01', 'L02', 'L03', 'L04'].flatMap((w) => [
    { activity_id: `A${w}B`, name: `Buurtcafé ${w}`, wijk_id: w, provider: 'buurtwerk' as const },
    { activity_id: `A${w}G`, name: `Wijkoverleg ${w}`, wijk_id: w, provider: 'ggw' as const }
  ]),
  { activity_id: 'AL12B', name: 'Breiclub L12', wijk_id: 'L12', provider: 'buurtwerk' }
];

/** The Wilson 95% interval of x out of n, per 1,000 (METRICS.md R11), as the engine gives it. */
function wilson1000(x: number, n: number): [number, number] {
  const z = 1.959964;
  const p = x / n;
  const mid = (p + (z * z) / (2 * n)) / (1 + (z * z) / n);
  const half = (z * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n))) / (1 + (z * z) / n);
  return [Math.round((mid - half) * 10000) / 10, Math.round((mid + half) * 10000) / 10];
}

/**
 * One figure for a hand-made test table: a wijk's (or the city's, wijk '') value of a
 * metric; a value of null is hidden below k unless another reason is given.
 */
export function fig(wijk_id: string, metric: string, value: number | null, o: Partial<Omit<FigureRow, 'wijk_id' | 'metric' | 'value'>> = {}): FigureRow {
  const suppressed = o.suppressed !== undefined ? o.suppressed : value === null ? 'below_k' : null;
  return { city: 'Leuven', provider: 'all', dimension: '', group: '', ...o, wijk_id, metric, value: suppressed ? null : value, suppressed };
}

/** A number from 0 to 1 that depends only on its key: the same figures on every run. */
function unit(key: string): number {
  let h = 2166136261;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 16777619);
  return ((h >>> 0) % 100000) / 100000;
}

const populationOf = (w: string) => (w.endsWith('ONB') ? 0 : 800 + Math.round(unit(`pop|${w}`) * 4000));

/** The population shares of the index: each wijk's groups, at two reference dates. */
function population(): PopulationShare[] {
  const out: PopulationShare[] = [];
  for (const w of WIJKEN) {
    if (w.wijk_id.endsWith('ONB')) continue;
    for (const ref_date of ['2025-01-01', '2026-01-01']) {
      out.push({ city: w.city, wijk_id: w.wijk_id, ref_date, dimension: 'total', group: 'total', population: populationOf(w.wijk_id), share: 1 });
      for (const [dimension, groups] of Object.entries(DIMENSIONS)) {
        const known = groups.filter((g) => g !== 'unknown');
        const weights = known.map((g) => 1 + unit(`${w.wijk_id}|${dimension}|${g}|${ref_date}`));
        const sum = weights.reduce((a, b) => a + b, 0);
        known.forEach((group, i) => {
          const share = weights[i] / sum;
          out.push({ city: w.city, wijk_id: w.wijk_id, ref_date, dimension, group, population: Math.round(share * populationOf(w.wijk_id)), share });
        });
      }
    }
  }
  return out;
}

/** What the fixture holds: two cities, 17 wijken (one "location unknown"), 24 months. */
export const FIXTURE_INDEX: CubeIndex = {
  version: 2,
  k: 5,
  cap: 40,
  perturbed: true,
  cities: ['Leuven', 'Sint-Niklaas'],
  wijken: WIJKEN,
  activities: ACTIVITIES,
  months: { first: FIRST, last: LAST },
  dimensions: Object.keys(DIMENSIONS),
  ends: { month: periodEnds('month', FIRST, LAST), quarter: periodEnds('quarter', FIRST, LAST), year: periodEnds('year', FIRST, LAST) },
  providers: PROVIDERS,
  population: population(),
  seriesMetrics: ['participants', 'reach_rate', 'representativeness', 'mixing_ratio', 'ggw_via_bw', 'newcomer_share', 'top20_share', 'ggw']
};

/** Every figure of one scope ('month-2026-11-all', ...): wijken, the city as a whole, and groups. */
export function fixtureScope(key: string): FigureRow[] {
  const ref = parseScopeKey(key);
  if (!ref) throw new Error(`not a scope: ${key}`);
  const rows: FigureRow[] = [];
  const months = ref.kind === 'month' ? 1 : ref.kind === 'quarter' ? 3 : 12;
  const scale = (ref.provider === 'all' ? 1 : 0.6) * (0.6 + 0.4 * Math.sqrt(months / 12));
  const first = monthIndex(ref.end) - months + 1 === monthIndex(FIRST);
  for (const city of FIXTURE_INDEX.cities) {
    // The city's reach as a proportion (its row comes first): p0 of the funnel (R12).
    let cityRate = 0;
    const areas = ['', ...WIJKEN.filter((w) => w.city === city).map((w) => w.wijk_id)];
    for (const wijk of areas) {
      const seed = `${key}|${city}|${wijk}`;
      const put = (metric: string, value: number | null, o: Partial<FigureRow> = {}) =>
        rows.push({ city, wijk_id: wijk, provider: ref.provider, dimension: '', group: '', metric, value, suppressed: null, ...o });
      const hidden = (metric: string, o: Partial<FigureRow> = {}) => put(metric, null, { suppressed: 'below_k', ...o });
      // One small wijk whose figures are all below k: drawn hatched, never as zero.
      const small = wijk === 'L12' || (wijk === 'S4' && ref.provider !== 'all');
      const pop = wijk === '' ? areas.reduce((n, w) => n + populationOf(w), 0) : populationOf(wijk);
      const participants = small ? 3 : Math.round(pop * (0.05 + 0.15 * unit(`${seed}|p`)) * scale);
      if (small) hidden('participants');
      else put('participants', participants);
      if (wijk.endsWith('ONB')) continue;
      if (small) hidden('reach_rate');
      else put('reach_rate', Math.round((participants / pop) * 10000) / 10);
      if (wijk === '') cityRate = participants / pop;
      else if (small) for (const m of ['reach_rate_low', 'reach_rate_high', 'reach_rate_z']) hidden(m);
      else {
        const [low, high] = wilson1000(participants, pop);
        put('reach_rate_low', low);
        put('reach_rate_high', high);
        put('reach_rate_z', Math.round(((participants / pop - cityRate) / Math.sqrt((cityRate * (1 - cityRate)) / pop)) * 10000) / 10000);
      }
      // The figures the Stellingen page reads (O1-O4, O6, S1-S2, G1-G2), shown or hidden as the wijk is.
      const share = (tag: string, lo = 0.05, span = 0.6) => Math.round((lo + span * unit(`${seed}|${tag}`)) * 10000) / 10000;
      for (const [metric, v] of [
        ['bw', Math.round(participants * 0.6)],
        ['both', Math.round(participants * 0.15)],
        ['jaccard', share('jac')],
        ['gateway_bw_first', share('gbw', 0.3, 0.5)],
        ['partner_hhi', share('hhi', 0.2, 0.7)],
        ['involvement_share', share('inv', 0.02, 0.3)],
        ['resident_initiated_share', share('res', 0, 0.5)],
        ['signals', Math.round(20 * unit(`${seed}|sig`))],
        ['signals_open_share', share('open', 0, 0.5)]
      ] as const)
        if (small && metric !== 'signals') hidden(metric);
        else put(metric, v);
      for (const source of ['buurtwerk', 'ggw', 'residents']) put('signals', Math.round(8 * unit(`${seed}|sig|${source}`)), { dimension: 'source', group: source });
      if (ref.provider === 'all')
        for (const a of ACTIVITIES.filter((x) => x.wijk_id === wijk)) {
          const tiny = a.wijk_id === 'L12';
          const o = { provider: a.provider, group: a.activity_id };
          if (tiny) hidden('activity_participants', { ...o, value: null });
          else put('activity_participants', 10 + Math.round(60 * unit(`${seed}|${a.activity_id}`)), o);
          for (const dimension of Object.keys(DIMENSIONS)) {
            const d = { ...o, dimension };
            const expected = 0.4 + 0.3 * unit(`${seed}|${a.activity_id}|${dimension}|e`);
            const bridging = expected * (0.4 + 1.2 * unit(`${seed}|${a.activity_id}|${dimension}|b`));
            for (const [metric, v] of [
              ['activity_pairs', 20 + Math.round(300 * unit(`${seed}|${a.activity_id}|${dimension}|p`))],
              ['activity_bridging_share', Math.round(bridging * 10000) / 10000],
              ['activity_expected_bridging_share', Math.round(expected * 10000) / 10000],
              ['activity_mixing_ratio', Math.round((bridging / expected) * 10000) / 10000]
            ] as const)
              if (tiny) hidden(metric, d);
              else put(metric, v, d);
          }
        }
      const ggw = Math.round(participants * (0.3 + 0.3 * unit(`${seed}|g`)));
      for (const [metric, v] of [
        ['ggw', ggw],
        ['ggw_via_bw', 0.2 + 0.5 * unit(`${seed}|via`)],
        ['top20_share', 0.35 + 0.5 * unit(`${seed}|top`)],
        ['newcomer_share', first ? null : 0.02 + 0.3 * unit(`${seed}|new`)]
      ] as const) {
        if (small) hidden(metric);
        else if (v === null) put(metric, null, { suppressed: 'not_available' });
        else put(metric, v);
      }
      for (const [dimension, groups] of Object.entries(DIMENSIONS)) {
        const d = { dimension };
        for (const [metric, v] of [
          ['representativeness', 0.4 + 0.55 * unit(`${seed}|${dimension}|r`)],
          ['mixing_ratio', 0.3 + 1.2 * unit(`${seed}|${dimension}|m`)],
          ['pairs', Math.round(participants * 4 * unit(`${seed}|${dimension}|pairs`))]
        ] as const)
          if (small) hidden(metric, d);
          else put(metric, v, d);
        for (const group of groups) {
          const n = Math.round((participants / groups.length) * (0.5 + unit(`${seed}|${dimension}|${group}`)));
          const g = { dimension, group };
          if (small || n < 5) hidden('participants', g);
          else put('participants', n, g);
          if (group === 'unknown') continue;
          if (small || n < 5) hidden('representation_index', g);
          else put('representation_index', 0.2 + 1.6 * unit(`${seed}|${dimension}|${group}|ri`), g);
        }
      }
    }
  }
  return rows;
}

/** The headline figures of every month for one provider, as the build writes them. */
export function fixtureSeries(provider: Provider): MonthSeries {
  const months = FIXTURE_INDEX.ends.month;
  return { provider, months, figures: months.map((m) => fixtureScope(`month-${m}-${provider}`).filter(keepInSeries)) };
}

/** The months of the fixture's data, oldest first. */
export const FIXTURE_MONTHS: string[] = Array.from({ length: monthIndex(LAST) - monthIndex(FIRST) + 1 }, (_, i) => addMonths(FIRST, i));

/**
 * The fixture as a FigureSource, counting what is fetched (a test can see that a store
 * asks once per file); `fail` names files that fail, as an unreachable file would.
 */
export function fixtureSource(fail: (file: string) => boolean = () => false): FigureSource & { fetched: string[] } {
  const fetched: string[] = [];
  const answer = <T>(file: string, make: () => T) => {
    fetched.push(file);
    return fail(file) ? Promise.reject(new Error(`${file}: HTTP 404`)) : Promise.resolve(make());
  };
  return {
    index: FIXTURE_INDEX,
    fetched,
    scope: (key) => answer(`scope:${key}`, () => fixtureScope(key)),
    series: (provider) => answer(`series:${provider}`, () => fixtureSeries(provider))
  };
}
