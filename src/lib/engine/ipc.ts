/**
 * Arrow IPC bytes that depend on the values only. Arrow leaves the value slot of a NULL
 * unspecified, and DuckDB fills it with whatever its buffer held; cleared here, the same rows
 * give the same bytes every time, so their checksum can fingerprint an export.
 */
import { DataType, tableFromIPC, tableToIPC, type Data, type Table } from 'apache-arrow';

/**
 * Zero the value slot of every NULL in the table's top-level fixed-width and boolean columns.
 * Returns whether every buffer it changed is a view on `within` (so those bytes changed too).
 */
export function clearNullSlots(table: Table, within?: ArrayBufferLike): boolean {
  let inPlace = true;
  for (const batch of table.batches) {
    for (const data of batch.data.children) {
      if (clearData(data) && within && (data.values as unknown as ArrayBufferView).buffer !== within) inPlace = false;
    }
  }
  return inPlace;
}

/** Clears the NULL slots of one column chunk; true when it had any to clear. */
function clearData(d: Data): boolean {
  if (d.nullCount === 0) return false;
  const t = d.type;
  if (DataType.isBool(t)) {
    const bits = d.values as Uint8Array;
    for (let i = 0; i < d.length; i++) {
      const pos = d.offset + i;
      if (!d.getValid(i)) bits[pos >> 3] &= ~(1 << (pos & 7));
    }
    return true;
  }
  // Strings and binaries need nothing: a NULL one takes no bytes (equal offsets).
  if (!(DataType.isInt(t) || DataType.isFloat(t) || DataType.isDate(t) || DataType.isTime(t) || DataType.isTimestamp(t) || DataType.isDecimal(t) || DataType.isInterval(t) || DataType.isDuration(t))) return false;
  const values = d.values as unknown as { fill(v: number | bigint, from: number, to: number): void };
  const zero = d.values instanceof BigInt64Array || d.values instanceof BigUint64Array ? 0n : 0;
  for (let i = 0; i < d.length; i++) {
    if (!d.getValid(i)) values.fill(zero, (d.offset + i) * d.stride, (d.offset + i + 1) * d.stride);
  }
  return true;
}

const MAGIC = [0x41, 0x52, 0x52, 0x4f, 0x57, 0x31]; // "ARROW1"

/** Where the stream inside an IPC file ends (its footer starts), or null when it is not laid out as expected. */
function streamEnd(file: Uint8Array): number | null {
  const n = file.length;
  if (n < 26 || MAGIC.some((b, i) => file[i] !== b || file[n - 6 + i] !== b)) return null;
  const footer = new DataView(file.buffer, file.byteOffset, n).getInt32(n - 10, true);
  const end = n - 10 - footer;
  // The stream must close with its end-of-stream marker (0xFFFFFFFF, then length 0).
  if (footer <= 0 || end < 16 || new DataView(file.buffer, file.byteOffset, n).getUint32(end - 8, true) !== 0xffffffff) return null;
  return new DataView(file.buffer, file.byteOffset, n).getInt32(end - 4, true) === 0 ? end : null;
}

/**
 * An IPC file (what DuckDB-WASM returns) as a stream (what insertArrowIPC reads), NULL slots
 * cleared. An IPC file is its stream between a magic number and a footer, so the stream is
 * cut out of it, with the NULL slots cleared in place; re-encoded only when that cannot be done.
 */
export function fileToStream(file: Uint8Array): Uint8Array {
  const table = tableFromIPC(file);
  const end = streamEnd(file);
  if (clearNullSlots(table, file.buffer) && end !== null) {
    // Some writers leave the schema out of the file's stream (it is in the footer): read it back to be sure.
    const stream = file.subarray(8, end);
    if (readsAs(stream, table)) return stream;
  }
  return tableToIPC(table, 'stream');
}

/** Whether `stream` is a readable IPC stream of the same columns and rows as `table` (zero-copy: cheap). */
function readsAs(stream: Uint8Array, table: Table): boolean {
  try {
    const back = tableFromIPC(stream);
    return back.numRows === table.numRows && back.schema.fields.map(String).join() === table.schema.fields.map(String).join();
  } catch {
    return false;
  }
}
