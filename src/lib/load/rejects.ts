/**
 * A file's rejected rows as a CSV the user downloads to fix them: line, reason, and the
 * values as read. Cells go through csvCell (a value starting with = + - @ cannot run as a
 * formula); the pseudonym column is never written, whatever the rows hold.
 */
import { csvCell } from '../export/figures';
import type { RejectedRow } from './report';

const PSEUDONYM = 'participant_id';

export function rejectsToCsv(
  rows: RejectedRow[],
  opts: { reason?: (r: RejectedRow) => string; header?: { line: string; reason: string; text: string } } = {}
): string {
  const reason = opts.reason ?? ((r: RejectedRow) => r.reason);
  const header = opts.header ?? { line: 'line', reason: 'reason', text: 'text' };
  const columns: string[] = [];
  for (const r of rows) for (const c of Object.keys(r.values ?? {})) if (c !== PSEUDONYM && !columns.includes(c)) columns.push(c);
  // A row that could not be split into fields carries its text under `line` (RawTable.unreadable).
  const names = columns.map((c) => (c === 'line' ? header.text : c));
  const lines = [[header.line, header.reason, ...names].map(csvCell).join(',')];
  for (const r of rows) lines.push([r.line, reason(r), ...columns.map((c) => r.values?.[c] ?? null)].map(csvCell).join(','));
  // A byte-order mark, so Excel opens the accents right.
  return '\uFEFF' + lines.join('\r\n') + '\r\n';
}
