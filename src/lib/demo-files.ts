/**
 * The demo's row-level files as build assets. A published build replaces this module
 * (vite.config.ts alias) with demo-files.published.ts, so no participation row ships.
 */
export const DEMO_URLS = import.meta.glob('../../data/demo/*.csv.gz', { query: '?url&no-inline', import: 'default', eager: true }) as Record<string, string>;
