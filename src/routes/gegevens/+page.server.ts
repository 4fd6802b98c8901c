import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { createNodeEngine } from '$lib/engine/node';
import { loadExport } from '$lib/load';
import { participantsPerMonth, type MonthlyParticipants } from '$lib/metrics/monthly';

/**
 * The first view, computed at build time from the bundled demo with the same
 * loader and SQL the browser runs: the page shows its first chart at once, while
 * DuckDB-WASM starts and loads the files in the background (then it takes over).
 * Only city-wide monthly counts are embedded; the chart marks counts below k.
 */
export const prerender = true;

export async function load() {
  const dir = join(process.cwd(), 'data', 'demo');
  const files = readdirSync(dir)
    .filter((n) => n.endsWith('.csv.gz'))
    .map((n) => ({ name: n, bytes: new Uint8Array(readFileSync(join(dir, n))) }));
  const engine = await createNodeEngine();
  try {
    const report = await loadExport(engine, files);
    const monthly: Record<string, MonthlyParticipants[]> = {};
    for (const city of report.cities) monthly[city] = await participantsPerMonth(engine, { city });
    return { firstView: { cities: report.cities, monthly } };
  } finally {
    await engine.close();
  }
}
