/**
 * A first look at a file before it is loaded: its format, header and first rows, for the
 * mapping screen. Reads only the start of a CSV (a large file costs nothing here) and never
 * throws: a file it cannot read gets `problem`, and the loader explains it when loading.
 */
import { parseCsv, sniffCsv } from './csv';
import { formatOf, isGzip, isZip, type FileFormat } from './detect';
import { MAX_COLUMNS } from './schema';
import { readXlsx } from './raw';

export interface FileSample {
  format: FileFormat;
  /** Header cells as the file spells them. */
  headers: string[];
  /** The first data rows, in header order. */
  rows: Array<Array<string | null>>;
  /** Why no header could be read (the loader gives the full message). */
  problem?: 'unreadable';
}

const HEAD_BYTES = 256 * 1024;

/** The first `max` bytes of a gzip stream, decompressed (the rest is never inflated). */
async function gunzipHead(bytes: Uint8Array, max: number): Promise<Uint8Array> {
  const reader = new Blob([bytes as BlobPart]).stream().pipeThrough(new DecompressionStream('gzip')).getReader();
  const parts: Uint8Array[] = [];
  let n = 0;
  try {
    while (n < max) {
      const { done, value } = await reader.read();
      if (done) break;
      parts.push(value);
      n += value.length;
    }
  } finally {
    await reader.cancel().catch(() => {});
  }
  const out = new Uint8Array(n);
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}

/** The start of a CSV file as text: UTF-16 with a BOM, UTF-8, else Windows-1252 (as toUtf8 decides for the whole file). */
export function decodeHead(b: Uint8Array): string {
  if (b.length >= 2 && b[0] === 0xff && b[1] === 0xfe) return new TextDecoder('utf-16le').decode(b.subarray(2));
  if (b.length >= 2 && b[0] === 0xfe && b[1] === 0xff) return new TextDecoder('utf-16be').decode(b.subarray(2));
  const body = b.length >= 3 && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf ? b.subarray(3) : b;
  try {
    // stream: a character cut off at the end of the slice is not an error
    return new TextDecoder('utf-8', { fatal: true }).decode(body, { stream: true });
  } catch {
    return new TextDecoder('windows-1252').decode(body);
  }
}

export async function sampleFile(name: string, bytes: Uint8Array, maxRows = 50): Promise<FileSample> {
  let head = bytes;
  try {
    if (isGzip(bytes)) head = await gunzipHead(bytes, HEAD_BYTES);
  } catch {
    return { format: 'csv', headers: [], rows: [], problem: 'unreadable' };
  }
  const format = formatOf(name.replace(/\.gz$/i, ''), head);
  try {
    if (format === 'xlsx') {
      const sheet = await readXlsx(name, head);
      const [header = [], ...body] = sheet.rows;
      let width = header.length;
      while (width > 0 && (header[width - 1] ?? '').trim() === '') width--;
      return {
        format,
        headers: header.slice(0, width).map((h) => h ?? ''),
        rows: body.filter((r) => r.some((v) => v !== null && v.trim() !== '')).slice(0, maxRows).map((r) => r.slice(0, width))
      };
    }
    if (format === 'parquet') {
      const { parquetMetadata, parquetReadObjects } = await import('hyparquet');
      const buf = head.buffer.slice(head.byteOffset, head.byteOffset + head.byteLength) as ArrayBuffer;
      const meta = parquetMetadata(buf);
      const names = meta.schema.slice(1).filter((s) => !s.num_children).map((s) => s.name);
      const objs = await parquetReadObjects({ file: buf, rowStart: 0, rowEnd: Math.min(maxRows, Number(meta.num_rows)) });
      const text = (v: unknown) => (v === null || v === undefined ? null : v instanceof Date ? v.toISOString().slice(0, 10) : String(v));
      return { format, headers: names, rows: objs.map((o) => names.map((n) => text(o[n]))) };
    }
    const slice = head.subarray(0, HEAD_BYTES);
    if (isZip(slice) || slice.subarray(0, 4096).includes(0) && !(slice[0] === 0xff || slice[0] === 0xfe)) {
      return { format, headers: [], rows: [], problem: 'unreadable' };
    }
    const text = decodeHead(slice);
    const { delimiter, headers } = sniffCsv(text);
    // A file cut off mid-way here: its last record may be cut off too, so it is left out.
    const cutOff = head.length > slice.length || (isGzip(bytes) && head.length >= HEAD_BYTES);
    const records = parseCsv(text, delimiter, maxRows + 2).slice(0, cutOff ? -1 : undefined);
    if (!records.length || headers.every((h) => h.trim() === '')) return { format, headers: [], rows: [], problem: 'unreadable' };
    // Wider than any table: the loader refuses it by name; the mapping screen is not shown.
    if (headers.length > MAX_COLUMNS) return { format, headers: [], rows: [], problem: 'unreadable' };
    return { format, headers, rows: records.slice(1, maxRows + 1).map((r) => r.cells) };
  } catch {
    return { format, headers: [], rows: [], problem: 'unreadable' };
  }
}
