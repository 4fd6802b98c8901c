/**
 * Figures of a kept export, read from the store: the same files, names and shape as a built
 * site's (cube/static-source.ts), so opening a page again never recomputes what was computed.
 * A figure not kept yet comes from `compute` (the engine, once the tables are restored) and is
 * then kept beside the others.
 */
import { decodeFigures, encodeFigures, type EncodedFigures } from '../../cube/codec';
import { parseScopeKey } from '../../cube/scopes';
import { CUBE_FILES, decodeSeries, type EncodedSeries } from '../../cube/static-source';
import type { CubeIndex, FigureSource, MonthSeries } from '../../cube/types';
import type { FigureRow, Provider } from '../../metrics/types';
import { StoreError } from './errors';
import type { ExportStore } from './types';

const dec = new TextDecoder();

export interface KeptSourceOptions {
  /** Where figures not kept yet come from (made on first need: the engine source computes an index first). */
  compute?: () => Promise<FigureSource>;
  /** Told when a computed figure could not be kept (quota): the page still gets it. */
  onKeepFailed?: (e: StoreError) => void;
}

export async function keptSource(store: ExportStore, id: string, opt: KeptSourceOptions = {}): Promise<FigureSource> {
  let computing: Promise<FigureSource> | null = null;
  const computed = () => {
    if (!opt.compute) return null;
    computing ??= opt.compute();
    computing.catch(() => (computing = null));
    return computing;
  };
  const keepLater = (name: string, value: unknown) => {
    store.addFigures(id, { [name]: JSON.stringify(value) }).catch((e) => {
      if (e instanceof StoreError) opt.onKeepFailed?.(e);
    });
  };
  /** The kept figure, else computed (and kept), else 'notFound'. */
  const get = async <T>(name: string, compute: (s: FigureSource) => Promise<{ value: T; encoded: unknown }>, decode: (json: unknown) => T): Promise<T> => {
    const bytes = await store.readFigure(id, name);
    if (bytes) return decode(JSON.parse(dec.decode(bytes)));
    const source = computed();
    if (!source) throw new StoreError('notFound', `figure ${name} is not kept`, id);
    const { value, encoded } = await compute(await source);
    keepLater(name, encoded);
    return value;
  };

  const index = await get<CubeIndex>(
    CUBE_FILES.index,
    async (s) => ({ value: s.index, encoded: s.index }),
    (json) => json as CubeIndex
  );
  const scope = cached((key: string) =>
    get<FigureRow[]>(
      CUBE_FILES.scope(key),
      async (s) => {
        const rows = await s.scope(key);
        return { value: rows, encoded: encodeFigures(rows) };
      },
      (json) => decodeFigures(json as EncodedFigures)
    )
  );
  const series = cached((provider: Provider) =>
    get<MonthSeries>(
      CUBE_FILES.series(provider),
      async (s) => {
        const m = await s.series(provider);
        const encoded: EncodedSeries = { provider: m.provider, months: m.months, figures: m.figures.map(encodeFigures) };
        return { value: m, encoded };
      },
      (json) => decodeSeries(json as EncodedSeries)
    )
  );
  return {
    index,
    scope: (key) => (parseScopeKey(key) ? scope(key) : Promise.reject(new Error(`not a scope: ${key}`))),
    series
  };
}

/** Promises kept by key, as in static-source: a second ask reuses the first; a failed one is asked again. */
function cached<K, V>(make: (key: K) => Promise<V>): (key: K) => Promise<V> {
  const made = new Map<K, Promise<V>>();
  return (key) => {
    let p = made.get(key);
    if (!p) {
      p = make(key);
      p.catch(() => made.delete(key));
      made.set(key, p);
    }
    return p;
  };
}
