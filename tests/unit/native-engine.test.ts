import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNodeEngine } from '../../src/lib/engine/node';
import { createNativeEngine } from '../../src/lib/engine/native';
import type { Engine } from '../../src/lib/engine/types';
import { loadExport } from '../../src/lib/load';
import { computeFigures, periodFigures, prepareFigures } from '../../src/lib/metrics';
import type { FigureRow } from '../../src/lib/metrics/types';
import { synthesise, toCsvFiles } from '../bench/synth';

/**
 * The command line may run on native DuckDB for large batches: it must give the
 * figures the browser's DuckDB-WASM gives, through the same loader and SQL.
 */
const key = (r: FigureRow) => [r.city, r.wijk_id, r.provider, r.dimension, r.group, r.metric].join('|');

describe('native DuckDB = DuckDB-WASM', () => {
  let wasm: Engine;
  let native: Engine;
  const files = toCsvFiles(synthesise(6000, 11));
  beforeAll(async () => {
    [wasm, native] = await Promise.all([createNodeEngine(), createNativeEngine()]);
  });
  afterAll(async () => {
    await wasm.close();
    await native.close();
  });

  it('loads the same rows and computes the same figures', async () => {
    const [a, b] = [await loadExport(wasm, files), await loadExport(native, files)];
    expect(b.files.map((f) => [f.file, f.read, f.loaded, f.rejected, f.duplicates])).toEqual(
      a.files.map((f) => [f.file, f.read, f.loaded, f.rejected, f.duplicates])
    );
    // Every period kind in one pass, with noise: the same record keys, cell keys and figures.
    const periods = [{ from: '2024-07', to: '2025-06' }, { from: '2025-04', to: '2025-06' }, { from: '2025-06', to: '2025-06' }];
    const secret = new TextEncoder().encode('native and wasm share this secret');
    const figures = async (e: Engine) => {
      const run = await prepareFigures(e, { dimensions: ['age_band', 'origin'], k: 5, cap: 40, secret, residenceMatrix: true });
      await computeFigures(run, periods);
      const out: FigureRow[][] = [];
      for (const p of periods) out.push(await periodFigures(run, p));
      return out;
    };
    const [xs, ys] = [await figures(wasm), await figures(native)];
    for (let i = 0; i < periods.length; i++) {
      const x = xs[i];
      const y = ys[i];
      expect(x.length).toBeGreaterThan(1000);
      const ym = new Map(y.map((r) => [key(r), r]));
      expect(y.length).toBe(x.length);
      for (const r of x) {
        const s = ym.get(key(r));
        expect(s, key(r)).toBeDefined();
        expect(s!.suppressed, key(r)).toBe(r.suppressed);
        if (r.value === null) expect(s!.value, key(r)).toBeNull();
        else expect(s!.value!, key(r)).toBeCloseTo(r.value, 9);
      }
    }
  }, 180_000);
});
