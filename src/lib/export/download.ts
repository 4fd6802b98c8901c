/**
 * The one writer of the CSV files a reader downloads from a chart or table (issue #14):
 * each row says which city, which period (first and last day), which provider, which wijk
 * (id and name) and which figure it is, with its value at the precision the page prints,
 * so a file read on its own, weeks later, still says what it holds. Two dialects: plain
 * CSV (comma, decimal point) and Excel as Belgian and Dutch Excel opens it (semicolon,
 * decimal comma, a byte-order mark so the accents survive, CRLF).
 * Pure: rows in, text out. figures.ts keeps the METRICS.md export shape for the command line.
 */
import { firstDay, lastDay } from '../metrics/period';
import { shownDecimals } from '../metrics/catalogue';
import type { FigureRow } from '../metrics/types';
import { csvCell } from './figures';

/** The columns of every download, in this order. */
export const DOWNLOAD_COLUMNS = ['city', 'period_from', 'period_to', 'provider', 'wijk_id', 'wijk_name', 'dimension', 'group', 'metric', 'value', 'suppressed'] as const;

export type CsvDialect = 'csv' | 'excel';

/** What the page shows the figures for: its period ('YYYY-MM' months) and the names of the wijken. */
export interface DownloadScope {
  /** The page's city; '' when it shows every city. */
  city: string;
  from: string;
  to: string;
  /** wijk_id -> wijk name. */
  names: ReadonlyMap<string, string>;
}

/** A figure of a chart; a row of a monthly line carries its own month, which then is its period. */
export type DownloadRow = FigureRow & { month?: string };

/** A value rounded as printed, written in the dialect's decimal mark; '' for a hidden value. */
function valueCell(metric: string, value: number | null, dialect: CsvDialect): string {
  if (value === null || !Number.isFinite(value)) return '';
  const d = shownDecimals(metric);
  // toFixed then Number: 0.1230 -> "0.123", and never "-0"
  const s = String(Number(value.toFixed(d)) || 0);
  return dialect === 'excel' ? s.replace('.', ',') : s;
}

/** Figures as a download: header, one line per figure. */
export function downloadCsv(rows: readonly DownloadRow[], scope: DownloadScope | null, dialect: CsvDialect): string {
  const sep = dialect === 'excel' ? ';' : ',';
  const eol = dialect === 'excel' ? '\r\n' : '\n';
  const lines = [DOWNLOAD_COLUMNS.join(sep)];
  for (const r of rows) {
    const from = r.month ?? scope?.from ?? '';
    const to = r.month ?? scope?.to ?? '';
    const cells: Record<(typeof DOWNLOAD_COLUMNS)[number], string> = {
      city: csvCell(r.city),
      period_from: from ? firstDay(from) : '',
      period_to: to ? lastDay(to) : '',
      provider: csvCell(r.provider),
      wijk_id: csvCell(r.wijk_id),
      wijk_name: csvCell(r.wijk_id ? (scope?.names.get(r.wijk_id) ?? '') : r.city),
      dimension: csvCell(r.dimension),
      group: csvCell(r.group),
      metric: csvCell(r.metric),
      value: valueCell(r.metric, r.suppressed ? null : r.value, dialect),
      suppressed: csvCell(r.suppressed ?? '')
    };
    lines.push(DOWNLOAD_COLUMNS.map((c) => cells[c]).join(sep));
  }
  return (dialect === 'excel' ? '\uFEFF' : '') + lines.join(eol) + eol;
}

/** A name safe in a file name: lower case, accents dropped, anything else a hyphen. */
function slug(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * The file name: the city (or the cities of the rows), the period and what the chart is,
 * e.g. "leuven_2025-12_2026-11_reach-trend.csv"; "_excel" marks the semicolon dialect.
 */
export function downloadName(rows: readonly DownloadRow[], scope: DownloadScope | null, chart: string, dialect: CsvDialect): string {
  const cities = scope?.city ? [scope.city] : [...new Set(rows.map((r) => r.city).filter(Boolean))].sort();
  const months = rows.map((r) => r.month).filter((m): m is string => !!m).sort();
  const from = months[0] ?? scope?.from ?? '';
  const to = months.at(-1) ?? scope?.to ?? '';
  const parts = [cities.map(slug).join('+') || 'wijkweefsel', from && to ? `${from}_${to}` : '', slug(chart), dialect === 'excel' ? 'excel' : ''];
  return `${parts.filter(Boolean).join('_')}.csv`;
}
