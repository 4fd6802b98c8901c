import { describe, it, expect } from 'vitest';
import { gzipSync } from 'node:zlib';
import { asLoaderFile } from './demo';

describe('asLoaderFile', () => {
  const csv = new TextEncoder().encode('a,b\n1,2\n');
  it('keeps gzip bytes under the .gz name', () => {
    const gz = new Uint8Array(gzipSync(csv));
    expect(asLoaderFile('x.csv.gz', gz)).toEqual({ name: 'x.csv.gz', bytes: gz });
  });
  it('renames bytes a server already decompressed', () => {
    expect(asLoaderFile('x.csv.gz', csv)).toEqual({ name: 'x.csv', bytes: csv });
  });
  it('leaves other files alone', () => {
    expect(asLoaderFile('x.csv', csv).name).toBe('x.csv');
  });
});
