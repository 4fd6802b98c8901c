/**
 * The report's small map: the city's wijken coloured by this month's reach per 1,000, in
 * the Overzicht's classes (choropleth.ts) so both maps read alike. A wijk whose reach is
 * not shown is hatched by the map, never coloured as a low value. Pure: rows in, marks out.
 */
import { classOf, legendEntries, sequentialClasses, type LegendEntry, type MapMark } from '../charts/choropleth';
import type { ProjectedWijk } from '../charts/geo';
import type { MonthReport } from './report';

export interface ReachMapWijk {
  wijk_id: string;
  wijk_name: string;
  /** The shown reach per 1,000; null when hidden or absent. */
  value: number | null;
  /** Why it is not shown; null when shown. */
  suppressed: string | null;
}

export interface ReachMap {
  /** Every wijk of the report, by name (the table view of the map). */
  wijken: ReachMapWijk[];
  marks: Record<string, MapMark>;
  legend: LegendEntry[];
  /** Highest and lowest shown reach; null when none is shown. */
  top: ReachMapWijk | null;
  bottom: ReachMapWijk | null;
}

/** Reach per 1,000 to the precision it is printed with (one decimal), so a wijk's printed value matches its printed class. */
const asPrinted = (v: number) => Number(v.toFixed(1));

/** The map of a report; `label` writes a wijk's accessible name from its name and reach. */
export function reachMap(report: MonthReport, geo: readonly ProjectedWijk[], label: (w: ReachMapWijk) => string): ReachMap {
  const wijken: ReachMapWijk[] = report.rows.slice(1).map((r) => {
    const row = r.cells.reach_rate.row;
    const shown = !!row && !row.suppressed && row.value !== null;
    return { wijk_id: r.wijk_id, wijk_name: r.wijk_name, value: shown ? row.value : null, suppressed: shown ? null : (row?.suppressed ?? 'not_available') };
  });
  const values = wijken.map((w) => w.value).filter((v): v is number => v !== null);
  const classes = sequentialClasses(values, asPrinted);
  const byId = new Map(wijken.map((w) => [w.wijk_id, w]));
  const marks: Record<string, MapMark> = {};
  for (const g of geo) {
    const w = byId.get(g.id) ?? { wijk_id: g.id, wijk_name: g.name, value: null, suppressed: 'not_available' };
    const klass = w.value === null ? null : classOf(classes, w.value);
    marks[g.id] = { fill: klass === null ? null : classes.colours[klass], label: label(w), suppressed: w.suppressed, klass };
  }
  const ranked = wijken.filter((w) => w.value !== null).sort((a, b) => b.value! - a.value! || a.wijk_name.localeCompare(b.wijk_name, 'nl'));
  return { wijken, marks, legend: legendEntries(classes, values), top: ranked[0] ?? null, bottom: ranked.length > 1 ? ranked.at(-1)! : null };
}
