/**
 * The dashboard's view state as URL parameters, so a view can be bookmarked and
 * shared. Pure: parsing never trusts the URL (an unknown value falls back to the default).
 */
import type { CubeIndex } from '../cube/types';
import { PERIOD_KINDS, type PeriodKind } from '../cube/scopes';
import { PROVIDERS, type Provider } from '../metrics/types';

/** The figures the map can be coloured by (issue #4), each needing a dimension or not. */
export const MAP_FIGURES = ['reach_rate', 'representativeness', 'mixing_ratio', 'ggw_via_bw'] as const;
export type MapFigure = (typeof MAP_FIGURES)[number];
export const FIGURE_NEEDS_DIMENSION: Record<MapFigure, boolean> = {
  reach_rate: false,
  representativeness: true,
  mixing_ratio: true,
  ggw_via_bw: false
};

export interface View {
  city: string;
  kind: PeriodKind;
  /** Last month of the period. */
  end: string;
  provider: Provider;
  figure: MapFigure;
  /** Dimension for the figures that need one (representativeness, mixing ratio, wijk page breakdowns). */
  dimension: string;
  /** The wijk opened or selected; '' when none. */
  wijk: string;
  /** A second wijk put beside the first; '' when none. */
  compare: string;
}

export function defaultView(index: CubeIndex): View {
  const kind: PeriodKind = index.ends.year.length ? 'year' : 'month';
  return {
    city: index.cities[0] ?? '',
    kind,
    end: index.ends[kind].at(-1) ?? index.months.last,
    provider: 'all',
    figure: 'reach_rate',
    dimension: index.dimensions.includes('origin') ? 'origin' : (index.dimensions[0] ?? ''),
    wijk: '',
    compare: ''
  };
}

export function readView(params: URLSearchParams, index: CubeIndex): View {
  const d = defaultView(index);
  const pick = <T extends string>(name: string, allowed: readonly T[], fallback: T): T => {
    const v = params.get(name);
    return v !== null && (allowed as readonly string[]).includes(v) ? (v as T) : fallback;
  };
  const city = pick('city', index.cities, d.city);
  const kind = pick('period', PERIOD_KINDS, d.kind);
  const ends = index.ends[kind];
  const end = pick('end', ends, ends.at(-1) ?? d.end);
  const wijken = index.wijken.filter((w) => w.city === city).map((w) => w.wijk_id);
  return {
    city,
    kind,
    end,
    provider: pick('provider', PROVIDERS, d.provider),
    figure: pick('figure', MAP_FIGURES, d.figure),
    dimension: pick('dimension', index.dimensions, d.dimension),
    wijk: pick('wijk', wijken, ''),
    compare: pick('compare', wijken, '')
  };
}

/** Only what differs from the default goes into the URL: short links. */
export function viewSearch(view: View, index: CubeIndex): string {
  const d = defaultView(index);
  const p = new URLSearchParams();
  const put = (name: string, v: string, def: string) => {
    if (v && v !== def) p.set(name, v);
  };
  put('city', view.city, d.city);
  put('period', view.kind, d.kind);
  put('end', view.end, index.ends[view.kind].at(-1) ?? '');
  put('provider', view.provider, d.provider);
  put('figure', view.figure, d.figure);
  put('dimension', view.dimension, d.dimension);
  put('wijk', view.wijk, '');
  put('compare', view.compare, '');
  const s = p.toString();
  return s ? `?${s}` : '';
}
