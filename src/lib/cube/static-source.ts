/**
 * Figures from the files a build ships (`<base>/figures/...`): the demo site and
 * every published site read these, fetched from their own origin and kept in memory.
 */
import type { Provider } from '../metrics/types';
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
  // Promises are cached, so a quick second click reuses the fetch already under way.
  const scopes = new Map<string, ReturnType<FigureSource['scope']>>();
  const series = new Map<Provider, Promise<MonthSeries>>();
  return {
    index,
    scope(key) {
      if (!parseScopeKey(key)) return Promise.reject(new Error(`not a scope: ${key}`));
      let p = scopes.get(key);
      if (!p) {
        p = get(CUBE_FILES.scope(key)).then((e) => decodeFigures(e as EncodedFigures));
        p.catch(() => scopes.delete(key));
        scopes.set(key, p);
      }
      return p;
    },
    series(provider) {
      let p = series.get(provider);
      if (!p) {
        p = get(CUBE_FILES.series(provider)).then((e) => decodeSeries(e as EncodedSeries));
        p.catch(() => series.delete(provider));
        series.set(provider, p);
      }
      return p;
    }
  };
}
