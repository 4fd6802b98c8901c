/**
 * The data in use of this tab: one owner for every page (see in-use.svelte.ts). The
 * shipped figures are read from the site's own origin, under its base path.
 */
import { base } from '$app/paths';
import { staticSource } from '../cube/static-source';
import { PUBLISHED } from '../site';
import { DataInUse } from './in-use.svelte';

export const dataInUse = new DataInUse({ published: PUBLISHED, shipped: () => staticSource(base) });
