/** Small fixtures for the Overzicht helpers' tests. */
import type { FigureRow, Provider, SuppressReason } from '../metrics/types';

export function fig(
  wijk_id: string,
  metric: string,
  value: number | null,
  o: { city?: string; dimension?: string; group?: string; provider?: Provider; suppressed?: SuppressReason } = {}
): FigureRow {
  return {
    city: o.city ?? 'Leuven',
    wijk_id,
    provider: o.provider ?? 'all',
    dimension: o.dimension ?? '',
    group: o.group ?? '',
    metric,
    value: o.suppressed ? null : value,
    suppressed: o.suppressed ?? null
  };
}
