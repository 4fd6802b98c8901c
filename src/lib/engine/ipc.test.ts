import { describe, expect, it } from 'vitest';
import { Int32, Table, makeData, makeVector, tableFromIPC, tableToIPC, vectorFromArray } from 'apache-arrow';
import { fileToStream } from './ipc';

/** An Arrow file (as apache-arrow writes it) whose NULL slot holds a leftover value. */
function fileWithLeftover(leftover: number): Uint8Array {
  const n = makeData({ type: new Int32(), length: 3, nullCount: 1, nullBitmap: Uint8Array.of(0b101), data: Int32Array.of(1, leftover, 3) });
  return tableToIPC(new Table({ n: makeVector(n), s: vectorFromArray(['a', null, 'c']) }), 'file');
}

const rows = (ipc: Uint8Array) => tableFromIPC(ipc).toArray().map((r) => r.toJSON());
/** The raw values buffer of column `n`, NULL slot included. */
const slots = (ipc: Uint8Array) => [...(tableFromIPC(ipc).batches[0].data.children[0].values as Int32Array).subarray(0, 3)];

describe('fileToStream', () => {
  // Cutting the stream out of DuckDB's own files is tested with the engine, in arrow-ipc.test.ts.
  it('clears NULL slots, and re-encodes a file whose stream cannot be cut out (no schema in it)', () => {
    const file = fileWithLeftover(99);
    expect(slots(tableToIPC(tableFromIPC(file), 'stream'))).toEqual([1, 99, 3]);
    const stream = fileToStream(file);
    expect(stream.byteOffset).toBe(0);
    expect(slots(stream)).toEqual([1, 0, 3]);
    expect(rows(stream)).toEqual([{ n: 1, s: 'a' }, { n: null, s: null }, { n: 3, s: 'c' }]);
  });
});
