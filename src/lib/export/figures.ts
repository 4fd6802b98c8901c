import type { FigureRow } from '../metrics/types';

/** The columns of every figure export, in METRICS.md's order. */
export const FIGURE_COLUMNS = ['city', 'wijk_id', 'provider', 'dimension', 'group', 'metric', 'value', 'suppressed'] as const;

/**
 * A cell as a spreadsheet may safely open it: text starting with = + - @ (or a tab or
 * carriage return) would run as a formula, so it gets a leading apostrophe; numbers
 * keep their sign. Then CSV quoting.
 */
export function csvCell(v: unknown): string {
  if (v === null || v === undefined) return '';
  let s = typeof v === 'number' ? (Number.isFinite(v) ? String(v) : '') : String(v);
  if (typeof v !== 'number' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n;]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Figures as CSV (comma separated, header row, LF). */
export function figuresToCsv(rows: FigureRow[]): string {
  const lines = [FIGURE_COLUMNS.join(',')];
  for (const r of rows) lines.push(FIGURE_COLUMNS.map((c) => csvCell(r[c])).join(','));
  return lines.join('\n') + '\n';
}

/** Figures as JSON lines: one figure per line, for scheduled jobs and jq. */
export function figuresToJsonl(rows: FigureRow[]): string {
  return rows.map((r) => JSON.stringify(Object.fromEntries(FIGURE_COLUMNS.map((c) => [c, r[c]])))).join('\n') + (rows.length ? '\n' : '');
}
