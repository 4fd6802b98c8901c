import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeFigures, type EncodedFigures } from '$lib/cube/codec';
import { CUBE_FILES, decodeSeries, type EncodedSeries } from '$lib/cube/static-source';
import { scopeKey } from '$lib/cube/scopes';
import type { CubeIndex } from '$lib/cube/types';
import { initialOverview, type InitialOverview } from '$lib/views/overview-first';
import { projectCity } from '$lib/overview/map';
import type { ProjectedWijk } from '$lib/charts/geo';
import { WIJKEN } from '$lib/charts/wijken-data';
import { wijkenByCity } from '$lib/charts/geo';
import { figuresDirAtBuild } from '$lib/site';
import { OVERVIEW_URL } from '$lib/views/url';

/**
 * The Overzicht's first view (issue #4), read at build time from the figures files the
 * site ships: only what the default view draws (map, ranked table, city row, sparklines)
 * goes into the page, so its first chart is in the HTML. The browser then loads the
 * files itself and takes over for every other view.
 */
export const prerender = true;

export function load(): { overview: InitialOverview | null; geo: { city: string; wijken: ProjectedWijk[] } | null } {
  const dir = figuresDirAtBuild();
  const read = (name: string) => JSON.parse(readFileSync(join(dir, name), 'utf8'));
  if (!existsSync(join(dir, CUBE_FILES.index))) return { overview: null, geo: null };
  const index = read(CUBE_FILES.index) as CubeIndex;
  if (!index.cities.length) return { overview: null, geo: null };
  const view = OVERVIEW_URL.defaults(index);
  const rows = decodeFigures(read(CUBE_FILES.scope(scopeKey(view))) as EncodedFigures);
  const series = decodeSeries(read(CUBE_FILES.series(view.provider)) as EncodedSeries);
  // The first city's map, projected here: the browser need not redo the d3 projection to hydrate it.
  const geo = { city: view.city, wijken: projectCity(wijkenByCity(WIJKEN).get(view.city)) };
  return { overview: initialOverview(index, view, rows, series), geo };
}
