/**
 * Shapes shared by every metric family, the disclosure layer, the reference
 * implementation in tests and every export (METRICS.md, "Names in exports").
 */
export type Provider = 'all' | 'buurtwerk' | 'ggw';
export const PROVIDERS: Provider[] = ['all', 'buurtwerk', 'ggw'];

export interface Scope {
  /** First and last month of the period, 'YYYY-MM', inclusive. */
  from: string;
  to: string;
  provider: Provider;
  /** Participant dimension columns for composition and network figures. */
  dimensions: string[];
  /** Disclosure threshold (METRICS.md: default 5, never below 3). */
  k: number;
  /** Sessions with more distinct participants than this are left out of network figures. */
  cap: number;
  /** Restrict to these wijken; all when absent. */
  wijken?: string[];
}

export type SuppressReason = 'below_k' | 'complementary' | 'not_available';

/** One exported figure: the export shape of METRICS.md. */
export interface FigureRow {
  city: string;
  /** '' on a city-wide row. */
  wijk_id: string;
  provider: Provider;
  /** '' where not applicable. */
  dimension: string;
  /** '' where not applicable; 'g|h' for the mixing matrix. */
  group: string;
  metric: string;
  /** null when suppressed. */
  value: number | null;
  /** null when shown. */
  suppressed: SuppressReason | null;
}

/**
 * A figure as computed, before disclosure control. `basis` is the smallest count of
 * persons the figure rests on (its numerator or denominator, or for a count of persons
 * the count itself); `isPersonCount` marks values that are themselves a count of persons
 * (shown as "<k" when small). `breakdown` names the set of cells that add up to a shown
 * total, for complementary suppression. `value` null with `unavailable` set = the figure
 * does not exist for this scope (e.g. newcomers in the first month of the data).
 */
export interface RawFigure extends Omit<FigureRow, 'suppressed'> {
  basis: number | null;
  isPersonCount: boolean;
  breakdown?: string;
  unavailable?: boolean;
  /** Network metrics: sessions used; they need at least 3 (METRICS.md). */
  sessions?: number;
}

export const DEFAULT_K = 5;
export const MIN_K = 3;
export const DEFAULT_CAP = 40;
