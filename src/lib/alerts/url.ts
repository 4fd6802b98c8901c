/**
 * The Signalen page's view state in the URL: city (absent = every city), period, end,
 * an optional provider filter (absent = each of the three providers) and the thresholds.
 * Pure; an unknown or out-of-range value falls back to the default.
 */
import type { CubeIndex } from '../cube/types';
import { PERIOD_KINDS, type PeriodKind } from '../cube/scopes';
import { PROVIDERS, type Provider } from '../metrics/types';
import { DEFAULT_THRESHOLDS, type Thresholds } from './alerts';

export interface SignalsView {
  /** '' = every city. */
  city: string;
  kind: PeriodKind;
  end: string;
  /** '' = each provider on its own (all, buurtwerk, ggw). */
  provider: Provider | '';
  thresholds: Thresholds;
}

/** URL parameter and allowed range of each threshold (fractions, as the figures are). */
export const THRESHOLD_PARAMS: Record<keyof Thresholds, { param: string; min: number; max: number }> = {
  groupShare: { param: 't_group', min: 0, max: 1 },
  representation: { param: 't_ri', min: 0, max: 5 },
  concentration: { param: 't_top20', min: 0, max: 1 },
  representativeness: { param: 't_repr', min: 0, max: 1 },
  mixing: { param: 't_mix', min: 0, max: 5 },
  newcomers: { param: 't_new', min: 0, max: 1 }
};
export const THRESHOLD_KEYS = Object.keys(THRESHOLD_PARAMS) as (keyof Thresholds)[];

export function defaultSignalsView(index: CubeIndex): SignalsView {
  const kind: PeriodKind = index.ends.year.length ? 'year' : 'month';
  return { city: '', kind, end: index.ends[kind].at(-1) ?? index.months.last, provider: '', thresholds: { ...DEFAULT_THRESHOLDS } };
}

export function readSignalsView(params: URLSearchParams, index: CubeIndex): SignalsView {
  const d = defaultSignalsView(index);
  const city = params.get('city') ?? '';
  const kindParam = params.get('period');
  const kind = PERIOD_KINDS.includes(kindParam as PeriodKind) && index.ends[kindParam as PeriodKind].length ? (kindParam as PeriodKind) : d.kind;
  const ends = index.ends[kind];
  const endParam = params.get('end') ?? '';
  const provider = params.get('provider') ?? '';
  const thresholds = { ...d.thresholds };
  for (const key of THRESHOLD_KEYS) {
    const { param, min, max } = THRESHOLD_PARAMS[key];
    const raw = params.get(param);
    const v = raw === null || raw.trim() === '' ? NaN : Number(raw);
    if (Number.isFinite(v) && v >= min && v <= max) thresholds[key] = v;
  }
  return {
    city: index.cities.includes(city) ? city : '',
    kind,
    end: ends.includes(endParam) ? endParam : (ends.at(-1) ?? d.end),
    provider: (PROVIDERS as string[]).includes(provider) ? (provider as Provider) : '',
    thresholds
  };
}

/** Only what differs from the default goes into the URL. */
export function signalsSearch(view: SignalsView, index: CubeIndex): string {
  const d = defaultSignalsView(index);
  const p = new URLSearchParams();
  if (view.city) p.set('city', view.city);
  if (view.kind !== d.kind) p.set('period', view.kind);
  if (view.end !== (index.ends[view.kind].at(-1) ?? '')) p.set('end', view.end);
  if (view.provider) p.set('provider', view.provider);
  for (const key of THRESHOLD_KEYS) {
    if (view.thresholds[key] !== d.thresholds[key]) p.set(THRESHOLD_PARAMS[key].param, String(view.thresholds[key]));
  }
  const s = p.toString();
  return s ? `?${s}` : '';
}
