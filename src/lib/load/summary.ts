/**
 * The load report as the command line prints it on standard error: per file its counts
 * (tab-separated, one line per file), its first rejected rows, its warnings, and the
 * participant columns that are not dimensions with their reasons.
 */
import { LEFT_OUT_TEXT } from './dimensions';
import type { LoadReport } from './report';
import { warningText } from './warnings';

/** Rejected rows printed per file; the rest are counted. */
const SHOWN = 20;

/** The report as text for standard error (metrics, figures and build:publish print it). */
export function loadSummaryText(r: LoadReport): string {
  const lines = ['file\ttable\tread\tloaded\trejected\tduplicates'];
  for (const f of r.files) lines.push([f.file, f.table, f.read, f.loaded, f.rejected, f.duplicates].join('\t'));
  for (const f of r.files) for (const x of f.rejects.slice(0, SHOWN)) lines.push(`  rejected ${x.file}, line ${x.line}: ${x.reason}`);
  const more = r.files.reduce((n, f) => n + Math.max(0, f.rejects.length - SHOWN), 0);
  if (more) lines.push(`  ... and ${more} more rejected rows`);
  for (const f of r.files) {
    if (f.lines && (f.lines.blank || f.lines.continued)) {
      lines.push(`  lines ${f.file}: ${f.lines.total} = ${f.lines.header} header + ${f.read} rows + ${f.lines.blank} empty + ${f.lines.continued} inside quoted values`);
    }
  }
  for (const f of r.files) for (const w of f.warnings ?? []) lines.push(`  warning: ${warningText(f.file, w)}`);
  for (const l of r.dimensionsLeftOut ?? []) lines.push(`  not a dimension: participants column ${l.column}: ${LEFT_OUT_TEXT[l.reason]}`);
  if (r.months) lines.push(`months ${r.months.first} .. ${r.months.last}; ${r.wijken} wijken; cities ${r.cities.join(', ')}; dimensions ${r.dimensions.join(', ')}`);
  return lines.join('\n') + '\n';
}
