/**
 * The public population (the export's population table), as METRICS.md R2 dates it: per
 * wijk the latest figure on or before the end of the period, else the earliest; a city is
 * the sum of its wijken. The attacker's own reading of the rule, not the engine's.
 */
import type { CanonicalData } from '../../src/lib/load/canonical';

/** A row of the export's population table. */
export type PopulationRow = CanonicalData['population'][number];

/** The public population by wijk, dimension and date, summed for a unit as METRICS.md R2 dates it. */
export class Population {
  /** wijk -> dimension -> rows */
  private byWijk = new Map<string, Map<string, PopulationRow[]>>();

  constructor(rows: readonly PopulationRow[]) {
    for (const r of rows) {
      let d = this.byWijk.get(r.wijk_id);
      if (!d) this.byWijk.set(r.wijk_id, (d = new Map()));
      let list = d.get(r.dimension);
      if (!list) d.set(r.dimension, (list = []));
      list.push(r);
    }
  }

  /** Group -> population of the wijken together for one dimension ('total' -> {total}), dated for a period ending on endDate. */
  of(wijken: Iterable<string>, dimension: string, endDate: string): Map<string, number> {
    const out = new Map<string, number>();
    for (const w of wijken) {
      const rows = this.byWijk.get(w)?.get(dimension);
      if (!rows?.length) continue;
      const dates = [...new Set(rows.map((r) => r.ref_date))].sort();
      const before = dates.filter((d) => d <= endDate);
      const date = before.length ? before[before.length - 1] : dates[0];
      for (const r of rows) {
        if (r.ref_date !== date) continue;
        if (dimension !== 'total' && r.group === 'total') continue;
        out.set(r.group, (out.get(r.group) ?? 0) + Number(r.population));
      }
    }
    return out;
  }
}
