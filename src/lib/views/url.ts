/**
 * The pages' view state in the URL, so a view can be bookmarked and shared: one codec,
 * each parameter defined once (its name, what it may hold, what its absence means), and
 * each page a list of the parameters it reads. Reading never trusts the URL: an unknown
 * or out-of-range value falls back to the default. Writing leaves out what is the
 * default, so links stay short. Pure: the view-models hold the reactive part.
 */
import { ALERT_KINDS, DEFAULT_THRESHOLDS, THRESHOLD_KEYS, THRESHOLD_RANGE, type AlertKind, type Thresholds } from '../alerts/vocabulary';
import { PERIOD_KINDS, type PeriodKind } from '../cube/scopes';
import type { CubeIndex } from '../cube/types';
import { MAP_FIGURES, type MapFigure } from '../overview/figures';
import { PROVIDERS, type Provider } from '../metrics/types';

/** The Overzicht's and the wijk page's view: one city, one period, one provider. */
export interface DashboardView {
  city: string;
  kind: PeriodKind;
  /** Last month of the period, 'YYYY-MM'. */
  end: string;
  provider: Provider;
  /** The figure the map is coloured by. */
  figure: MapFigure;
  /** Dimension of the figures that need one (representativeness, mixing ratio, breakdowns). */
  dimension: string;
  /** The wijk opened or selected; '' when none. */
  wijk: string;
  /** A second wijk put beside the first; '' when none. */
  compare: string;
}

/** How the Signalen page groups its alerts: per wijk, or per kind of alert. */
export const ALERT_GROUPINGS = ['wijk', 'kind'] as const;
export type AlertGrouping = (typeof ALERT_GROUPINGS)[number];

/**
 * The Signalen page's view: '' city = every city, '' provider = each provider on its own,
 * '' wijk / '' alert = every wijk / every kind of alert.
 */
export interface SignalsView {
  city: string;
  kind: PeriodKind;
  end: string;
  provider: Provider | '';
  /** Only this wijk's alerts (a wijk of the chosen city); '' for all. */
  wijk: string;
  /** Only this kind of alert; '' for all. */
  alert: AlertKind | '';
  /** How the list is grouped. */
  per: AlertGrouping;
  thresholds: Thresholds;
}

/** The monthly report's view: one city, one month, the dimension of its breakdowns. */
export interface ReportView {
  city: string;
  end: string;
  dimension: string;
}

/** The activities page's view (B9): one city and period, a provider type, a dimension, optionally one wijk. */
export interface ActivitiesView {
  city: string;
  kind: PeriodKind;
  end: string;
  provider: Provider;
  dimension: string;
  /** '' = every wijk of the city. */
  wijk: string;
}

/** The Stellingen page's view: one city and period, the dimension of the breakdowns by group. */
export interface ThesesView {
  city: string;
  kind: PeriodKind;
  end: string;
  dimension: string;
}

/** One parameter: how it is read (given what was read before it) and written. */
interface Param<V, T> {
  read(p: URLSearchParams, index: CubeIndex, so: Partial<V>): T;
  /** Adds the parameter to `out` unless it holds the default. */
  write(value: T, index: CubeIndex, view: V, out: URLSearchParams): void;
}

type Params<V> = { [K in keyof V]: Param<V, V[K]> };

/** A parameter holding one of the values `allowed` offers; `fallback` is what its absence means. */
function choice<V, T extends string>(
  name: string,
  allowed: (index: CubeIndex, so: Partial<V>) => readonly string[],
  fallback: (index: CubeIndex, so: Partial<V>) => T
): Param<V, T> {
  return {
    read(p, index, so) {
      const v = p.get(name);
      return v !== null && allowed(index, so).includes(v) ? (v as T) : fallback(index, so);
    },
    write(value, index, view, out) {
      if (value && value !== fallback(index, view)) out.set(name, value);
    }
  };
}

/** A page's codec: its parameters, read in the order given (the end depends on the kind, a wijk on the city). */
export interface Codec<V> {
  defaults(index: CubeIndex): V;
  read(params: URLSearchParams, index: CubeIndex): V;
  /** '?a=b…' with what differs from the default, and `lang` when given; '' for the default view. */
  search(view: V, index: CubeIndex, lang?: string | null): string;
}

function codec<V>(params: Params<V>): Codec<V> {
  const keys = Object.keys(params) as (keyof V)[];
  const read = (p: URLSearchParams, index: CubeIndex): V => {
    const so: Partial<V> = {};
    for (const k of keys) so[k] = params[k].read(p, index, so);
    return so as V;
  };
  return {
    read,
    defaults: (index) => read(new URLSearchParams(), index),
    search(view, index, lang) {
      const out = new URLSearchParams();
      for (const k of keys) params[k].write(view[k], index, view, out);
      if (lang) out.set('lang', lang);
      const s = out.toString();
      return s ? `?${s}` : '';
    }
  };
}

/** Kinds of period with at least one period inside the data. */
const offeredKinds = (index: CubeIndex) => PERIOD_KINDS.filter((k) => index.ends[k].length);
const defaultKind = (index: CubeIndex): PeriodKind => (index.ends.year.length ? 'year' : 'month');
const defaultDimension = (index: CubeIndex) => (index.dimensions.includes('origin') ? 'origin' : (index.dimensions[0] ?? ''));
const wijkIds = (index: CubeIndex, city: string | undefined) => index.wijken.filter((w) => w.city === city).map((w) => w.wijk_id);

interface Period {
  kind: PeriodKind;
  end: string;
}
const kind = <V extends Period>() => choice<V, PeriodKind>('period', offeredKinds, defaultKind);
/** The end of a period of the chosen kind; absent = the latest one. */
const end = <V extends Period>() =>
  choice<V, string>('end', (i, so) => i.ends[so.kind ?? defaultKind(i)], (i, so) => i.ends[so.kind ?? defaultKind(i)].at(-1) ?? i.months.last);
const dimension = <V>() => choice<V, string>('dimension', (i) => i.dimensions, defaultDimension);
const firstCity = <V>() => choice<V, string>('city', (i) => i.cities, (i) => i.cities[0] ?? '');

/** Threshold parameters of the Signalen page, each within its range; written only when not the default. */
const thresholds: Param<SignalsView, Thresholds> = {
  read(p) {
    const t = { ...DEFAULT_THRESHOLDS };
    for (const key of THRESHOLD_KEYS) {
      const { param, min, max } = THRESHOLD_RANGE[key];
      const raw = p.get(param);
      const v = raw === null || raw.trim() === '' ? NaN : Number(raw);
      if (Number.isFinite(v) && v >= min && v <= max) t[key] = v;
    }
    return t;
  },
  write(t, _index, _view, out) {
    for (const key of THRESHOLD_KEYS) if (t[key] !== DEFAULT_THRESHOLDS[key]) out.set(THRESHOLD_RANGE[key].param, String(t[key]));
  }
};

const dashboard = {
  kind: kind<DashboardView>(),
  end: end<DashboardView>(),
  provider: choice<DashboardView, Provider>('provider', () => PROVIDERS, () => 'all'),
  figure: choice<DashboardView, MapFigure>('figure', () => MAP_FIGURES, () => 'reach_rate'),
  dimension: dimension<DashboardView>(),
  wijk: choice<DashboardView, string>('wijk', (i, so) => wijkIds(i, so.city), () => ''),
  compare: choice<DashboardView, string>('compare', (i, so) => wijkIds(i, so.city), () => '')
};

/** The Overzicht: a wijk or a comparison only from the chosen city. */
export const OVERVIEW_URL: Codec<DashboardView> = codec<DashboardView>({ city: firstCity(), ...dashboard });

/** The wijk page: the wijk decides the city, so a link to a wijk need not name its city. */
export const WIJK_URL: Codec<DashboardView> = codec<DashboardView>({
  city: {
    read: (p, i, so) => i.wijken.find((w) => w.wijk_id === p.get('wijk'))?.city ?? firstCity<DashboardView>().read(p, i, so),
    write: (v, i, view, out) => firstCity<DashboardView>().write(v, i, view, out)
  },
  ...dashboard
});

/** The Signalen page: every city, wijk, kind and provider unless chosen; the grouping; the thresholds. */
export const SIGNALS_URL: Codec<SignalsView> = codec<SignalsView>({
  city: choice('city', (i) => i.cities, () => ''),
  kind: kind<SignalsView>(),
  end: end<SignalsView>(),
  provider: choice<SignalsView, Provider | ''>('provider', () => PROVIDERS, () => ''),
  // With every city, any wijk; with one city, only its own.
  wijk: choice<SignalsView, string>('wijk', (i, so) => (so.city ? wijkIds(i, so.city) : i.wijken.map((w) => w.wijk_id)), () => ''),
  alert: choice<SignalsView, AlertKind | ''>('alert', () => ALERT_KINDS, () => ''),
  per: choice<SignalsView, AlertGrouping>('per', () => ALERT_GROUPINGS, () => 'wijk'),
  thresholds
});

/** The monthly report: a month's end only. */
export const REPORT_URL: Codec<ReportView> = codec<ReportView>({
  city: firstCity(),
  end: choice('end', (i) => i.ends.month, (i) => i.ends.month.at(-1) ?? i.months.last),
  dimension: dimension()
});

/** The activities page: a wijk only from the chosen city. */
export const ACTIVITIES_URL: Codec<ActivitiesView> = codec<ActivitiesView>({
  city: firstCity(),
  kind: kind<ActivitiesView>(),
  end: end<ActivitiesView>(),
  provider: choice<ActivitiesView, Provider>('provider', () => PROVIDERS, () => 'all'),
  dimension: dimension(),
  wijk: choice<ActivitiesView, string>('wijk', (i, so) => wijkIds(i, so.city), () => '')
});

/** The Stellingen page. */
export const THESES_URL: Codec<ThesesView> = codec<ThesesView>({ city: firstCity(), kind: kind<ThesesView>(), end: end<ThesesView>(), dimension: dimension() });

/**
 * The end to show after switching to a kind of period offering `ends` (sorted): the
 * latest one not after the current end, so the view stays near the months one looked at;
 * the first one when all lie after it.
 */
export function nearestEnd(ends: readonly string[], current: string): string {
  let best = '';
  for (const e of ends) if (e <= current) best = e;
  return best || ends[0] || current;
}

/** A view with another kind of period, its end kept near the old one. */
export function withKind<V extends Period>(view: V, kind: PeriodKind, index: Pick<CubeIndex, 'ends'>): V {
  return kind === view.kind ? view : { ...view, kind, end: nearestEnd(index.ends[kind], view.end) };
}

/** A link to a page with explicit parameters (an alert's evidence, the report's alerts), keeping the language. */
export function linkTo(path: string, params: Record<string, string>, lang?: string | null, hash = ''): string {
  const p = new URLSearchParams(params);
  if (lang) p.set('lang', lang);
  const s = p.toString();
  return `${path}${s ? `?${s}` : ''}${hash ? `#${hash}` : ''}`;
}

/**
 * Whose data a view shows: `data=<fingerprint>` of the user's own export (12 hex characters,
 * see src/lib/data/store), kept on every page's address so a bookmark or a shared link opens
 * those data, or says they are not in that browser, and never shows the demo in their place.
 * No parameter: the figures the site ships (the demo, or a published city's).
 */
export const DATA_PARAM = 'data';
const FINGERPRINT = /^[0-9a-f]{12}$/;

/** The fingerprint the address names, or '' (none, or not a fingerprint: then it is ignored). */
export function dataOf(url: URL): string {
  const v = url.searchParams.get(DATA_PARAM)?.trim().toLowerCase() ?? '';
  return FINGERPRINT.test(v) ? v : '';
}

/** A link within the site that keeps own data in use: `href?data=<fingerprint>`, or href for ''. */
export function linkWithData(href: string, fingerprint: string): string {
  return fingerprint ? `${href}?${DATA_PARAM}=${fingerprint}` : href;
}

/** The address with `data=` set to this fingerprint, or without it for ''. */
export function withData(url: URL, fingerprint: string): URL {
  const out = new URL(url);
  if (fingerprint) out.searchParams.set(DATA_PARAM, fingerprint);
  else out.searchParams.delete(DATA_PARAM);
  return out;
}
