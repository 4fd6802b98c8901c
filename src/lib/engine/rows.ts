import type { Columns, Row } from './types';

/** apache-arrow's Type.Decimal and Type.Date, without importing the library into every bundle that reads rows. */
const DECIMAL_TYPE_ID = 7;
const DATE_TYPE_ID = 8;

/**
 * Arrow results -> plain rows. BIGINT/HUGEINT arrive as bigint and DECIMAL as
 * objects; the metric layer wants numbers, so convert here once.
 */
export function plainValue(v: unknown): unknown {
  if (typeof v === 'bigint') return Number(v);
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (v !== null && typeof v === 'object') {
    // Arrow Decimal / Uint32Array-backed wide ints expose valueOf or toString.
    const s = String(v);
    const n = Number(s);
    if (s !== '' && !Number.isNaN(n)) return n;
    return s;
  }
  return v;
}

export function plainRow(r: Row): Row {
  const out: Row = {};
  for (const k of Object.keys(r)) out[k] = plainValue(r[k]);
  return out;
}

/** Convert an Arrow table (anything with toArray of rows with toJSON) to plain rows. */
export function arrowToRows<T extends Row>(table: { toArray(): Array<{ toJSON(): Row }> }): T[] {
  return table.toArray().map((r) => plainRow(r.toJSON()) as T);
}

/**
 * Arrow table -> columns. A numeric column without nulls stays a typed array (no copy per
 * value); anything else (text, dates, nulls, 64-bit ints) goes value by value through plainValue,
 * since a typed array would turn a null into 0.
 */
export function arrowToColumns(table: {
  schema: { fields: Array<{ name: string; type: { scale?: unknown; typeId?: unknown } }> };
  getChild(name: string): (Iterable<unknown> & { nullCount: number; toArray(): ArrayLike<unknown> }) | null;
}): Columns {
  const out: Columns = {};
  for (const f of table.schema.fields) {
    const vector = table.getChild(f.name);
    if (!vector) {
      out[f.name] = [];
      continue;
    }
    // DECIMAL arrives unscaled (1.5 as 15): scale it, as SQL literals like 1.5 are DECIMALs.
    const scale = f.type.typeId === DECIMAL_TYPE_ID ? Number(f.type.scale ?? 0) : 0;
    if (scale) {
      out[f.name] = Array.from(vector, (v) => (v === null || v === undefined ? null : Number(plainValue(v)) / 10 ** scale));
      continue;
    }
    if (f.type.typeId === DATE_TYPE_ID) {
      // Arrow days arrive as epoch milliseconds: the engine's contract is 'YYYY-MM-DD'.
      out[f.name] = Array.from(vector, (v) => (v === null || v === undefined ? null : new Date(Number(v)).toISOString().slice(0, 10)));
      continue;
    }
    const typed = vector.nullCount === 0 ? vector.toArray() : null;
    out[f.name] =
      typed && ArrayBuffer.isView(typed) && !(typed instanceof BigInt64Array) && !(typed instanceof BigUint64Array)
        ? typed
        : Array.from(vector, plainValue);
  }
  return out;
}
