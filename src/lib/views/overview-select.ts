/**
 * How the Overzicht's controls change the view and what it fetches ahead: picking wijken
 * on the map, and the files the next view most likely needs. Pure, so it is tested.
 */
import type { CubeIndex } from '../cube/types';
import { PERIOD_KINDS, scopeKey } from '../cube/scopes';
import type { Provider } from '../metrics/types';
import type { FigureFile } from './store.svelte';
import { nearestEnd, type DashboardView } from './url';

/**
 * Clicking (or Enter on) a wijk on the map: a chosen wijk is put down again; a new one
 * takes the first free place (wijk, then compare); with both taken it replaces the second.
 */
export function toggleWijk(sel: { wijk: string; compare: string }, id: string): { wijk: string; compare: string } {
  if (sel.wijk === id) return { wijk: sel.compare, compare: '' };
  if (sel.compare === id) return { wijk: sel.wijk, compare: '' };
  if (!sel.wijk) return { wijk: id, compare: sel.compare };
  return { wijk: sel.wijk, compare: id };
}

/**
 * The files the next view most likely needs, most likely first: the other providers'
 * series and scopes for this period, the other kinds of period near this end, and the
 * period before. The page fetches them when idle so that a change redraws at once.
 */
export function likelyNext(view: DashboardView, index: Pick<CubeIndex, 'ends' | 'providers'>): FigureFile[] {
  const out: FigureFile[] = [];
  const others = index.providers.filter((p) => p !== view.provider);
  for (const p of others) out.push(['series', p]);
  for (const p of others) out.push(['scope', scopeKey({ ...view, provider: p as Provider })]);
  for (const kind of PERIOD_KINDS)
    if (kind !== view.kind && index.ends[kind].length) out.push(['scope', scopeKey({ kind, end: nearestEnd(index.ends[kind], view.end), provider: view.provider })]);
  const ends = index.ends[view.kind];
  const at = ends.indexOf(view.end);
  if (at > 0) out.push(['scope', scopeKey({ kind: view.kind, end: ends[at - 1], provider: view.provider })]);
  return out;
}
