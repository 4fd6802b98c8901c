import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tableFromIPC } from 'apache-arrow';
import { createNodeEngine } from './node';
import { createNativeEngine } from './native';
import type { Engine } from './types';

/**
 * queryArrowIPC is how a table leaves an engine as bytes (kept in the browser) and comes back
 * with insertArrowIPC: every type the canonical tables and figures use must survive, NULLs and
 * identifiers that look like numbers included, from either engine into DuckDB-WASM.
 */
const CREATE = `CREATE TABLE t (id VARCHAR, d DATE, n INTEGER, b BIGINT, x DOUBLE, ok BOOLEAN, "group" VARCHAR)`;
const INSERT = `INSERT INTO t VALUES
  ('007', DATE '2025-01-02', 3, 5, 1.5, true, 'a b'),
  (NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  ('é''x', DATE '1969-12-31', -1, 9007199254740991, -2.25, false, '')`;
const READ = `SELECT id, strftime(d, '%Y-%m-%d') AS d, n, b, x, ok, "group" FROM t ORDER BY id NULLS FIRST`;
const TYPES = `SELECT column_name AS c, data_type AS t FROM information_schema.columns WHERE table_name = 't2' ORDER BY ordinal_position`;

describe('queryArrowIPC', () => {
  let wasm: Engine;
  let native: Engine;
  beforeAll(async () => {
    [wasm, native] = await Promise.all([createNodeEngine(), createNativeEngine()]);
    for (const e of [wasm, native]) {
      await e.exec(CREATE);
      await e.exec(INSERT);
    }
  });
  afterAll(async () => {
    await wasm.close();
    await native.close();
  });

  it.each(['wasm', 'native'] as const)('gives a %s table back to DuckDB-WASM with its rows and types', async (which) => {
    const from = which === 'wasm' ? wasm : native;
    const ipc = await from.queryArrowIPC('SELECT * FROM t');
    expect(tableFromIPC(ipc).numRows).toBe(3);
    await wasm.exec('DROP TABLE IF EXISTS t2');
    await wasm.insertArrowIPC('t2', ipc);
    expect(await wasm.query(READ.replace('FROM t ', 'FROM t2 '))).toEqual(await wasm.query(READ));
    // BIGINT arrives as DOUBLE, as every engine returns it (castBigIntToDouble); the rest keep their type.
    expect(await wasm.query(TYPES)).toEqual([
      { c: 'id', t: 'VARCHAR' },
      { c: 'd', t: 'DATE' },
      { c: 'n', t: 'INTEGER' },
      { c: 'b', t: 'DOUBLE' },
      { c: 'x', t: 'DOUBLE' },
      { c: 'ok', t: 'BOOLEAN' },
      { c: 'group', t: 'VARCHAR' }
    ]);
  });

  it('gives the same bytes for the same result, and an empty table with its columns', async () => {
    const a = await wasm.queryArrowIPC('SELECT * FROM t ORDER BY ALL');
    await wasm.exec('SELECT 42'); // the engine's result buffers are reused between queries
    expect(await wasm.queryArrowIPC('SELECT * FROM t ORDER BY ALL')).toEqual(a);
    const empty = await wasm.queryArrowIPC('SELECT * FROM t WHERE false');
    expect(tableFromIPC(empty).numRows).toBe(0);
    await wasm.exec('DROP TABLE IF EXISTS t2');
    await wasm.insertArrowIPC('t2', empty);
    expect((await wasm.query(TYPES)).map((r) => r.c)).toEqual(['id', 'd', 'n', 'b', 'x', 'ok', 'group']);
  });

  it('gives the same bytes for the same rows however they were written (NULL slots cleared)', async () => {
    // Arrow leaves a NULL's value slot unspecified; DuckDB leaves in it what the buffer held before.
    const rows = [
      `('a', DATE '2025-01-02', 1, 2, 0.5, true, 'x')`,
      `('b', DATE '2000-01-01', 5, 6, 7.5, true, 'y')`,
      `('c', DATE '2024-12-31', 7, 8, 9.5, false, 'z')`
    ];
    const bytes: Uint8Array[] = [];
    for (const [name, order] of [['u1', [0, 1, 2]], ['u2', [2, 1, 0]]] as const) {
      await wasm.exec(`CREATE OR REPLACE TABLE ${name} AS SELECT * FROM t WHERE false`);
      // Write values first and NULL them after: their old values stay in the buffers.
      for (const i of order) await wasm.exec(`INSERT INTO ${name} VALUES ${rows[i]}`);
      await wasm.exec(`UPDATE ${name} SET d = NULL, n = NULL, b = NULL, x = NULL, ok = NULL, "group" = NULL WHERE id = 'b'`);
      bytes.push(await wasm.queryArrowIPC(`SELECT * FROM ${name} ORDER BY ALL`));
    }
    expect(tableFromIPC(bytes[0]).toArray().map((r) => r.toJSON())).toEqual(tableFromIPC(bytes[1]).toArray().map((r) => r.toJSON()));
    expect(bytes[1]).toEqual(bytes[0]);
  });

  it("cuts the stream out of DuckDB's IPC file without copying it", async () => {
    const stream = await wasm.queryArrowIPC('SELECT * FROM range(5000) r(i)');
    // A view just past the file's 8-byte magic: the stream was cut out, not re-encoded.
    expect(stream.byteOffset).toBe(8);
    expect(tableFromIPC(stream).numRows).toBe(5000);
  });

  it('names the column whose type it cannot give (native)', async () => {
    await expect(native.queryArrowIPC(`SELECT INTERVAL 1 DAY AS gap`)).rejects.toThrow(/gap.*INTERVAL/);
  });
});
