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

it('queryColumns keeps every value and every null over several chunks (WASM and native)', async () => {
  const n = 4100; // two full chunks of 2,048 and four rows in a third
  const nullAt = { b: 2500, c: 4099, f: 2048 + 31 }; // mid-chunk, the last partial word, a word's last bit
  for (const e of [await createNodeEngine(), await createNativeEngine()]) {
    const c = await e.queryColumns(`
      SELECT i::INTEGER AS a, (CASE WHEN i <> ${nullAt.b} THEN i END)::INTEGER AS b, (CASE WHEN i <> ${nullAt.c} THEN i END)::INTEGER AS c,
             (i / 2)::DOUBLE AS d, (CASE WHEN i <> ${nullAt.f} THEN i END)::SMALLINT AS f
      FROM range(${n}) t(i) ORDER BY i`);
    const want = (skip: number | null, f = (i: number) => i) => Array.from({ length: n }, (_, i) => (i === skip ? null : f(i)));
    expect(Array.from(c.a)).toEqual(want(null));
    expect(Array.from(c.b)).toEqual(want(nullAt.b));
    expect(Array.from(c.c)).toEqual(want(nullAt.c));
    expect(Array.from(c.d)).toEqual(want(null, (i) => i / 2));
    expect(Array.from(c.f)).toEqual(want(nullAt.f));
    await e.close();
  }
});
