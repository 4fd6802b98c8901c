import type { Row } from './types';

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
