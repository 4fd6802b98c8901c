/**
 * What a dashboard reads: an index of what exists, the figures of one scope, and
 * monthly series of the headline figures. Only aggregates after disclosure control;
 * nothing here is about one person.
 */
import type { FigureRow, Provider } from '../metrics/types';
import type { PeriodKind } from './scopes';

export interface WijkInfo {
  wijk_id: string;
  wijk_name: string;
  city: string;
}

/**
 * A wijk's population composition, from the population table (public statistics, not persons);
 * the wijk's total is the row of dimension and group 'total' (share 1).
 */
export interface PopulationShare {
  city: string;
  wijk_id: string;
  ref_date: string;
  dimension: string;
  group: string;
  population: number;
  /** population / the wijk's population with a known value of this dimension. */
  share: number;
}

/** An activity that B9 figures may name (its name, never a participant's). */
export interface ActivityInfo {
  activity_id: string;
  name: string;
  wijk_id: string;
  provider: Provider;
}

export interface CubeIndex {
  /** 2: counts perturbed by cell keys (METRICS.md, Disclosure control), B9 and R11-R12 present. */
  version: 2;
  k: number;
  cap: number;
  /** Whether person counts carry cell-key noise (always, but in tests). */
  perturbed: boolean;
  cities: string[];
  wijken: WijkInfo[];
  activities: ActivityInfo[];
  months: { first: string; last: string };
  dimensions: string[];
  /** Period ends offered per kind (providers: all three for each). */
  ends: Record<PeriodKind, string[]>;
  providers: Provider[];
  population: PopulationShare[];
  /** Metrics carried in the monthly series. */
  seriesMetrics: string[];
}

/** The headline figures of every month, for trends, sparklines and the monthly report. */
export interface MonthSeries {
  provider: Provider;
  months: string[];
  /** figures[i] belongs to months[i]. */
  figures: FigureRow[][];
}

/** Where the pages get figures: the published files, or DuckDB in this browser. */
export interface FigureSource {
  index: CubeIndex;
  /** Every figure of one scope (see scopeKey); rejects when the scope is not offered. */
  scope(key: string): Promise<FigureRow[]>;
  series(provider: Provider): Promise<MonthSeries>;
}
