/**
 * Shapes shared by every metric family, the disclosure layer, the reference
 * implementation in tests and every export (METRICS.md, "Names in exports").
 */
export type Provider = 'all' | 'buurtwerk' | 'ggw';
export const PROVIDERS: Provider[] = ['all', 'buurtwerk', 'ggw'];

/** Why a figure is not shown: too few persons (after perturbation), or it does not exist for the scope. */
export type SuppressReason = 'below_k' | 'not_available';

/** One exported figure: the export shape of METRICS.md. */
export interface FigureRow {
  city: string;
  /** '' on a city-wide row. */
  wijk_id: string;
  provider: Provider;
  /** '' where not applicable. */
  dimension: string;
  /** '' where not applicable; 'g|h' for the mixing matrix; the activity for B9. */
  group: string;
  metric: string;
  /** null when suppressed. */
  value: number | null;
  /** null when shown. */
  suppressed: SuppressReason | null;
}

export const DEFAULT_K = 5;
export const MIN_K = 3;
export const DEFAULT_CAP = 40;
