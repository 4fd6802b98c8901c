/**
 * Frozen months (issue #14): "publish this month" keeps the report exactly as it was read
 * that day (every cell, change and highlight), so a published month reads the same whatever
 * later registrations change. The current figures are then held against it: a figure that
 * differs is a correction, shown beside the published value with the date it was seen.
 * Pure: the report in, JSON out, and back.
 */
import type { FigureRow } from '../metrics/types';
import { REPORT_METRICS, type Highlight, type MonthReport, type ReportMetric } from './report';

/** What a frozen month holds; `format` is raised when the shape changes. */
export interface FrozenMonth {
  kind: 'wijkweefsel-published-month';
  format: 1;
  /** When it was published, ISO 8601. */
  published: string;
  report: MonthReport & { highlights: Highlight[] };
}

export const FROZEN_FORMAT = 1;

/** Freeze a report as it reads now. A deep copy: later changes to the report do not reach it. */
export function freeze(report: MonthReport & { highlights: Highlight[] }, now: Date): FrozenMonth {
  return { kind: 'wijkweefsel-published-month', format: FROZEN_FORMAT, published: now.toISOString(), report: JSON.parse(JSON.stringify(report)) };
}

/** Which city and month a frozen month is, as a key. */
export const frozenKey = (city: string, month: string) => `${city}|${month}`;

/** Its name among the figures kept in the browser's store. */
export const frozenBlobName = (city: string, month: string) => `published/${encodeURIComponent(city)}/${month}.json`;

/** The file name of its archive copy. */
export function frozenFileName(city: string, month: string): string {
  const slug = city.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  return `maandrapport_${slug}_${month}_gepubliceerd.json`;
}

/** A frozen month read back from its JSON; an Error saying why when it is not one. */
export function parseFrozen(text: string): FrozenMonth | Error {
  let v: unknown;
  try {
    v = JSON.parse(text);
  } catch {
    return new Error('not JSON');
  }
  const f = v as Partial<FrozenMonth> | null;
  if (!f || f.kind !== 'wijkweefsel-published-month') return new Error('not a published month');
  if (f.format !== FROZEN_FORMAT) return new Error(`format ${String(f.format)}`);
  const r = f.report;
  if (!r || typeof r.city !== 'string' || !/^\d{4}-\d{2}$/.test(r.month ?? '') || !Array.isArray(r.rows) || !Array.isArray(r.highlights) || Number.isNaN(Date.parse(f.published ?? '')))
    return new Error('incomplete');
  return f as FrozenMonth;
}

/** A figure of the published month that reads otherwise now. */
export interface Correction {
  wijk_id: string;
  wijk_name: string;
  metric: ReportMetric;
  published: FigureRow | undefined;
  now: FigureRow | undefined;
}

const same = (a: FigureRow | undefined, b: FigureRow | undefined) => (a?.value ?? null) === (b?.value ?? null) && (a?.suppressed ?? null) === (b?.suppressed ?? null);

/** Every figure of the published report that the current report shows otherwise (the same city, month and dimension). */
export function corrections(frozen: FrozenMonth, current: MonthReport): Correction[] {
  const out: Correction[] = [];
  const now = new Map(current.rows.map((r) => [r.wijk_id, r]));
  for (const row of frozen.report.rows) {
    const c = now.get(row.wijk_id);
    for (const metric of REPORT_METRICS) {
      const before = row.cells[metric]?.row;
      const after = c?.cells[metric]?.row;
      if (!same(before, after)) out.push({ wijk_id: row.wijk_id, wijk_name: row.wijk_name, metric, published: before, now: after });
    }
  }
  return out;
}
