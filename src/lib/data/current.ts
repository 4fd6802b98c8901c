/**
 * The data in use of this tab: one owner for every page (see in-use.svelte.ts). The
 * shipped figures are read from the site's own origin, under its base path; while a page
 * is prerendered there is nothing to fetch (its first view comes with the page).
 */
import { browser } from '$app/environment';
import { base } from '$app/paths';
import { staticSource } from '../cube/static-source';
import type { FigureSource } from '../cube/types';
import { PUBLISHED } from '../site';
import { DataInUse } from './in-use.svelte';

/** The tab's one owner of the data in use. */
export const dataInUse = new DataInUse({
  published: PUBLISHED,
  shipped: () => (browser ? staticSource(base) : new Promise<FigureSource>(() => {}))
});
