/**
 * Figures from the files a build ships (`<base>/figures/...`): the demo site and
 * every published site read these, fetched from their own origin and kept in memory.
 */
import type { FigureRow, Provider } from '../metrics/types';
import { decodeFigures, type EncodedFigures } from './codec';
import { parseScopeKey } from './scopes';
import type { CubeIndex, FigureSource, MonthSeries } from './types';

/** File names inside the figures folder: one place, shared by the writer and the reader. */
export const CUBE_FILES = {
  index: 'index.json',
  scope: (key: string) => `scope/${key}.json`,
  series: (provider: Provider) => `series-${provider}.json`
};

export interface EncodedSeries {
  provider: Provider;
  months: string[];
  figures: EncodedFigures[];
}

export function decodeSeries(e: EncodedSeries): MonthSeries {
  return { provider: e.provider, months: e.months, figures: e.figures.map(decodeFigures) };
}

type Fetch = (url: string) => Promise<{ ok: boolean; status: number; json(): Promise<unknown> }>;

export async function staticSource(base: string, fetchFn: Fetch = fetch): Promise<FigureSource> {
  const get = async (name: string) => {
    const res = await fetchFn(`${base}/figures/${name}`);
    if (!res.ok) throw new Error(`${name}: HTTP ${res.status}`);
    return res.json();
  };
  const index = (await get(CUBE_FILES.index)) as CubeIndex;
  // Promises are cached, so a quick second click reuses the fetch already under way; a
  // failed one is forgotten, so asking again tries again.
  const once = <K, T>(cache: Map<K, Promise<T>>, key: K, make: () => Promise<T>): Promise<T> => {
    let p = cache.get(key);
    if (!p) {
      p = make();
      p.catch(() => cache.delete(key));
      cache.set(key, p);
    }
    return p;
  };
  const scopes = new Map<string, Promise<FigureRow[]>>();
  const series = new Map<Provider, Promise<MonthSeries>>();
  return {
    index,
    scope(key) {
      if (!parseScopeKey(key)) return Promise.reject(new Error(`not a scope: ${key}`));
      return once(scopes, key, () => get(CUBE_FILES.scope(key)).then((e) => decodeFigures(e as EncodedFigures)));
    },
    series: (provider) => once(series, provider, () => get(CUBE_FILES.series(provider)).then((e) => decodeSeries(e as EncodedSeries)))
  };
}
