/**
 * Arrow IPC bytes that depend on the values only. Arrow leaves the value slot of a NULL
 * unspecified, and DuckDB fills it with whatever its buffer held; cleared here, the same rows
 * give the same bytes every time, so their checksum can fingerprint an export.
 */
import { DataType, tableFromIPC, tableToIPC, type Data, type Table } from 'apache-arrow';

/** Zero the value slot of every NULL in the table's top-level fixed-width and boolean columns. */
export function clearNullSlots(table: Table): void {
  for (const batch of table.batches) for (const data of batch.data.children) clearData(data);
}

function clearData(d: Data): void {
  if (d.nullCount === 0) return;
  const t = d.type;
  if (DataType.isBool(t)) {
    const bits = d.values as Uint8Array;
    for (let i = 0; i < d.length; i++) {
      const pos = d.offset + i;
      if (!d.getValid(i)) bits[pos >> 3] &= ~(1 << (pos & 7));
    }
    return;
  }
  // Strings and binaries need nothing: a NULL one takes no bytes (equal offsets).
  if (!(DataType.isInt(t) || DataType.isFloat(t) || DataType.isDate(t) || DataType.isTime(t) || DataType.isTimestamp(t) || DataType.isDecimal(t) || DataType.isInterval(t) || DataType.isDuration(t))) return;
  const values = d.values as unknown as { fill(v: number | bigint, from: number, to: number): void };
  const zero = d.values instanceof BigInt64Array || d.values instanceof BigUint64Array ? 0n : 0;
  for (let i = 0; i < d.length; i++) {
    if (!d.getValid(i)) values.fill(zero, (d.offset + i) * d.stride, (d.offset + i + 1) * d.stride);
  }
}

/** An IPC file (what DuckDB-WASM returns) as a stream (what insertArrowIPC reads), NULL slots cleared. */
export function fileToStream(file: Uint8Array): Uint8Array {
  const table = tableFromIPC(file);
  clearNullSlots(table);
  return tableToIPC(table, 'stream');
}
