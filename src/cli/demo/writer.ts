import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

function csvField(v: string | number | null | undefined): string {
  const s = v === null || v === undefined ? '' : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** CSV text: header row, comma separated, LF line ends, a final newline. */
export function toCsv(columns: readonly string[], rows: ReadonlyArray<Record<string, string | number | null | undefined>>): string {
  const lines = [columns.join(',')];
  for (const r of rows) lines.push(columns.map((c) => csvField(r[c])).join(','));
  return lines.join('\n') + '\n';
}

/**
 * Gzip with a fixed level. Node writes mtime 0; the OS byte of the header depends on
 * the platform zlib was built for, so it is pinned to 3 (Unix) for identical bytes everywhere.
 */
export function gzipStable(text: string): Buffer {
  const gz = gzipSync(Buffer.from(text, 'utf8'), { level: 9 });
  gz[9] = 3;
  return gz;
}

export function writeGzCsv(dir: string, file: string, columns: readonly string[], rows: ReadonlyArray<Record<string, string | number | null | undefined>>): number {
  mkdirSync(dir, { recursive: true });
  const gz = gzipStable(toCsv(columns, rows));
  writeFileSync(join(dir, file), gz);
  return gz.length;
}
