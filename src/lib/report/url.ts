/**
 * The monthly report's view in the URL: one city, one month (default: the latest), and
 * the dimension of representativeness and mixing ratio (default: origin). Pure; unknown
 * values fall back to the default.
 */
import type { CubeIndex } from '../cube/types';

export interface ReportView {
  city: string;
  /** 'YYYY-MM'. */
  end: string;
  dimension: string;
}

export function defaultReportView(index: CubeIndex): ReportView {
  return {
    city: index.cities[0] ?? '',
    end: index.ends.month.at(-1) ?? index.months.last,
    dimension: index.dimensions.includes('origin') ? 'origin' : (index.dimensions[0] ?? '')
  };
}

export function readReportView(params: URLSearchParams, index: CubeIndex): ReportView {
  const d = defaultReportView(index);
  const get = (name: string, allowed: readonly string[], fallback: string) => {
    const v = params.get(name);
    return v !== null && allowed.includes(v) ? v : fallback;
  };
  return { city: get('city', index.cities, d.city), end: get('end', index.ends.month, d.end), dimension: get('dimension', index.dimensions, d.dimension) };
}

export function reportSearch(view: ReportView, index: CubeIndex): string {
  const d = defaultReportView(index);
  const p = new URLSearchParams();
  if (view.city !== d.city) p.set('city', view.city);
  if (view.end !== d.end) p.set('end', view.end);
  if (view.dimension !== d.dimension) p.set('dimension', view.dimension);
  const s = p.toString();
  return s ? `?${s}` : '';
}
