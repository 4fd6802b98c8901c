/**
 * The figure files a static site reads (index.json, scope/<key>.json, series-<provider>.json),
 * written from the engine's columns: the work of `npm run figures`, also called by
 * build:publish and the tests.
 */
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Engine } from '../lib/engine/types';
import { loadExport, type InputFile } from '../lib/load';
import { CUBE_FILES, defaultBatch, encodeColumns, offeredScopes, PERIOD_KINDS, scopeKey, startCube, type CubeProgress } from '../lib/cube';
import type { EncodedSeries } from '../lib/cube/static-source';

export interface FigureFilesOptions {
  k: number;
  cap: number;
  secret: Uint8Array | null;
  perturb?: boolean;
  /** Periods per set-based pass: fewer bound the memory of a very large export (default: by its size, defaultBatch). */
  batch?: number;
  onProgress?: (p: CubeProgress) => void;
}

/**
 * Loads `files` into `engine` and writes every figure file into `out` (which it replaces):
 * the work of this command, also called by build:publish and the tests.
 */
export async function writeFigureFiles(engine: Engine, files: InputFile[], out: string, o: FigureFilesOptions): Promise<{ scopes: number }> {
  const report = await loadExport(engine, files);
  const cube = await startCube(engine, report, { k: o.k, cap: o.cap, dimensions: report.dimensions, secret: o.secret, perturb: o.perturb }, { batch: o.batch ?? defaultBatch(report), forPages: false });
  while (await cube.next()) o.onProgress?.(cube.progress());
  o.onProgress?.(cube.progress());
  // Written next to `out` and moved in place at the end: a failed run leaves the old folder whole.
  const tmp = `${out}.partial`;
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(join(tmp, 'scope'), { recursive: true });
  writeFileSync(join(tmp, CUBE_FILES.index), JSON.stringify(cube.index));
  const refs = offeredScopes(cube.index.months.first, cube.index.months.last, cube.index.providers);
  const periods = PERIOD_KINDS.flatMap((kind) => cube.index.ends[kind].map((end) => ({ kind, end })));
  const read = (i: number) => {
    if (i >= periods.length) return null;
    const r = cube.periodColumns(periods[i].kind, periods[i].end);
    r.catch(() => {}); // awaited below; a write failing first must not leave it unhandled
    return r;
  };
  let next = read(0);
  for (let i = 0; i < periods.length; i++) {
    const { kind, end } = periods[i];
    const scopes = await next!;
    // The engine reads the next period while this one is encoded and written: one query at a time.
    next = read(i + 1);
    for (const provider of cube.index.providers) {
      writeFileSync(join(tmp, CUBE_FILES.scope(scopeKey({ kind, end, provider }))), JSON.stringify(encodeColumns(scopes[provider])));
    }
  }
  for (const provider of cube.index.providers) {
    const e: EncodedSeries = { provider, months: cube.index.ends.month, figures: (await cube.seriesColumns(provider)).map(encodeColumns) };
    writeFileSync(join(tmp, CUBE_FILES.series(provider)), JSON.stringify(e));
  }
  rmSync(out, { recursive: true, force: true });
  mkdirSync(dirname(out), { recursive: true });
  renameSync(tmp, out);
  return { scopes: refs.length };
}

