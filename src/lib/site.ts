/**
 * What kind of site this build is. A published build (`npm run build:publish`) ships
 * aggregate figures only: no demo rows, no participation files; the pages say so.
 */
export const PUBLISHED: boolean = import.meta.env.VITE_WW_PUBLISHED === '1';

/**
 * Where the build reads the figures files at prerender time (Node only): the demo's
 * static/figures, or the folder build:publish computed from the city's export.
 */
export function figuresDirAtBuild(): string {
  return process.env.WW_FIGURES_DIR ?? 'static/figures';
}
