import { TABLES, type TableName } from './schema';
import { LoadError } from './report';
import { sniffCsv } from './csv';

/**
 * Recognising what a user handed over: which table a file holds, how it is
 * compressed, encoded and delimited. Pure functions, no DuckDB.
 */

const TABLE_NAMES: Record<string, TableName> = {
  wijken: 'wijken', wijk: 'wijken', neighbourhoods: 'wijken',
  population: 'population', bevolking: 'population',
  participants: 'participants', deelnemers: 'participants',
  activities: 'activities', activiteiten: 'activities',
  participations: 'participations', deelnames: 'participations', deelnemingen: 'participations',
  signals: 'signals', signalen: 'signals'
};

export type FileFormat = 'csv' | 'parquet' | 'xlsx';

/** Strip compression and format extensions: "participations.csv.gz" -> "participations". */
export function baseName(file: string): string {
  const name = file.split(/[\\/]/).pop() ?? file;
  return name.replace(/\.gz$/i, '').replace(/\.(csv|txt|tsv|parquet|pq|xlsx)$/i, '');
}

export function formatOf(file: string, bytes: Uint8Array): FileFormat {
  if (bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x41 && bytes[2] === 0x52 && bytes[3] === 0x31) return 'parquet';
  if (/\.(parquet|pq)$/i.test(file)) return 'parquet';
  // An Excel workbook is a ZIP archive; a ZIP under another name stays "csv" and gets toUtf8's message.
  if (isZip(bytes) && /\.xlsx$/i.test(file)) return 'xlsx';
  return 'csv';
}

/** Header names as the canonical tables spell them: trimmed, lower case, spaces as underscores. */
export function normaliseHeader(h: string): string {
  return h.replace(/^\uFEFF/, '').trim().toLowerCase().replace(/[\s-]+/g, '_');
}

/** The table a file holds: by its name first (participations_2025.csv counts), else by its columns. */
export function tableOf(file: string, headers: string[]): TableName | null {
  const base = baseName(file).toLowerCase();
  for (const [word, table] of Object.entries(TABLE_NAMES)) {
    if (base === word || base.startsWith(word + '_') || base.startsWith(word + '-') || base.endsWith('_' + word) || base.endsWith('-' + word)) return table;
  }
  const cols = new Set(headers.map(normaliseHeader));
  // Most specific first: participations has participant_id + activity_id + date.
  const order: TableName[] = ['participations', 'signals', 'population', 'activities', 'participants', 'wijken'];
  for (const t of order) if (TABLES[t].filter((c) => c.required).every((c) => cols.has(c.name))) return t;
  return null;
}

export const isGzip = (b: Uint8Array) => b.length >= 2 && b[0] === 0x1f && b[1] === 0x8b;
export const isZip = (b: Uint8Array) => b.length >= 4 && b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;

/** Gunzip with the platform's own DecompressionStream (browser and Node 18+). */
export async function gunzip(bytes: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([bytes as BlobPart]).stream().pipeThrough(new DecompressionStream('gzip'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/**
 * CSV bytes -> UTF-8 bytes without BOM. UTF-16 with a BOM is converted. Windows-1252 is detected as "not valid UTF-8"
 * (what Excel on Windows writes) and converted, so accents survive.
 */
export function toUtf8(file: string, bytes: Uint8Array): { bytes: Uint8Array; encoding: 'utf-8' | 'utf-16' | 'windows-1252' } {
  if (isZip(bytes)) throw new LoadError(`${file}: this is a ZIP archive (perhaps an Excel workbook renamed to .csv), not a CSV file. Save it as CSV, or unzip it first.`, file, undefined, { code: 'zip' });
  let b = bytes;
  // UTF-16 with a byte-order mark: what Excel writes as "Unicode text".
  const utf16 = b.length >= 2 && b[0] === 0xff && b[1] === 0xfe ? 'utf-16le' : b.length >= 2 && b[0] === 0xfe && b[1] === 0xff ? 'utf-16be' : null;
  if (utf16) {
    const text = new TextDecoder(utf16).decode(b.subarray(2));
    if (!text.includes('\u0000')) return { bytes: new TextEncoder().encode(text), encoding: 'utf-16' };
  }
  if (b.length >= 3 && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) b = b.subarray(3);
  const sample = b.subarray(0, Math.min(b.length, 4096));
  let nul = 0;
  for (const x of sample) if (x === 0) nul++;
  if (nul > 0) throw new LoadError(`${file}: this file holds binary data, not text. Export it as CSV (comma or semicolon separated).`, file, undefined, { code: 'binary' });
  if (validUtf8(b)) return { bytes: b, encoding: 'utf-8' };
  return { bytes: fromWindows1252(b), encoding: 'windows-1252' };
}

/**
 * toUtf8 for large files in a page: the same answer, but checked slice by slice with a
 * turn for the page in between, so a file of hundreds of MB does not freeze it.
 */
export async function toUtf8Async(file: string, bytes: Uint8Array): Promise<{ bytes: Uint8Array; encoding: 'utf-8' | 'utf-16' | 'windows-1252' }> {
  if (bytes.length <= CHUNK) return toUtf8(file, bytes);
  // The checks that stop a load look at the start only: run them on it, then check the rest.
  const head = toUtf8(file, bytes.subarray(0, 4096));
  if (head.encoding === 'utf-16') return toUtf8(file, bytes);
  const b = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  if (isAscii(b)) return { bytes: b, encoding: 'utf-8' };
  const dec = new TextDecoder('utf-8', { fatal: true });
  try {
    for (let i = 0; i < b.length; i += CHUNK) {
      dec.decode(b.subarray(i, i + CHUNK), { stream: true });
      await new Promise<void>((r) => setTimeout(r, 0));
    }
    dec.decode();
    return { bytes: b, encoding: 'utf-8' };
  } catch {
    return { bytes: fromWindows1252(b), encoding: 'windows-1252' };
  }
}

/** Windows-1252 is one byte per character: slices convert independently. */
function fromWindows1252(b: Uint8Array): Uint8Array {
  const parts: Uint8Array[] = [];
  const dec = new TextDecoder('windows-1252');
  const enc = new TextEncoder();
  for (let i = 0; i < b.length; i += CHUNK) parts.push(enc.encode(dec.decode(b.subarray(i, i + CHUNK))));
  return concat(parts);
}

/** Slices of 16 MB: a large file is checked without making one string of all of it. */
const CHUNK = 16 << 20;

/**
 * Whether every byte is ASCII (then the file is valid UTF-8 as it is): four bytes at a time,
 * without decoding. A pseudonymised export is often all ASCII, and decoding hundreds of MB to
 * text only to check it took seconds.
 */
export function isAscii(b: Uint8Array): boolean {
  let i = 0;
  for (; i < b.length && (b.byteOffset + i) % 4 !== 0; i++) if (b[i] & 0x80) return false;
  const words = new Uint32Array(b.buffer, b.byteOffset + i, (b.length - i) >> 2);
  for (let w = 0; w < words.length; w++) if (words[w] & 0x80808080) return false;
  for (i += words.length << 2; i < b.length; i++) if (b[i] & 0x80) return false;
  return true;
}

function validUtf8(b: Uint8Array): boolean {
  if (isAscii(b)) return true;
  const dec = new TextDecoder('utf-8', { fatal: true });
  try {
    for (let i = 0; i < b.length; i += CHUNK) dec.decode(b.subarray(i, i + CHUNK), { stream: true });
    dec.decode();
    return true;
  } catch {
    return false;
  }
}

function concat(parts: Uint8Array[]): Uint8Array {
  if (parts.length === 1) return parts[0];
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}

/** The header of a CSV file (UTF-8 bytes), as written: csv.ts splits it. */
export function csvHeaders(utf8: Uint8Array): string[] {
  return sniffCsv(new TextDecoder().decode(utf8.subarray(0, 65536))).headers;
}

/** The first header name that occurs twice, or null. */
export function duplicateHeader(cols: string[]): string | null {
  const seen = new Set<string>();
  for (const c of cols) {
    if (seen.has(c)) return c;
    seen.add(c);
  }
  return null;
}
