import { it, expect } from 'vitest';
import { createNodeEngine } from './node';
import { createNativeEngine } from './native';
it('queryColumns gives numbers, text, whole numbers and dates as the row path does, nulls kept (WASM and native)', async () => {
  for (const e of [await createNodeEngine(), await createNativeEngine()]) {
    const c = await e.queryColumns(`SELECT * FROM (VALUES ('a', 1.5, 2::BIGINT, DATE '2025-01-02', NULL::DOUBLE), ('b', NULL, 3::BIGINT, NULL, 1.0)) t(s, d, b, dt, n)`);
    expect(Array.from(c.s)).toEqual(['a', 'b']);
    expect(Array.from(c.d)).toEqual([1.5, null]);
    expect(Array.from(c.b)).toEqual([2, 3]);
    expect(Array.from(c.dt)).toEqual(['2025-01-02', null]);
    await e.close();
  }
});
