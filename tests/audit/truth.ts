/**
 * The true person counts, for scoring only (the attack never sees them): computed from the
 * canonical data by the independent reference implementation in tests/reference, never by
 * src/lib/metrics. The reference enumerates all participations per unit; to stay fast on the
 * demo it is handed, per unit, only the participations of that unit's residents (reach,
 * overlap) or located in it (self-organisation): every loop of those families filters on one
 * or the other, so the rows are the same. A city's residents' counts are the sums of its
 * wijken's (each resident has one home wijk; the reference's R7 Gini is quadratic in a city's
 * participants). truth.test.ts checks both shortcuts against the reference's own full run.
 */
import type { CanonicalData } from '../../src/lib/load/canonical';
import type { Provider } from '../../src/lib/metrics/types';
import { buildModel, lastDayOf, units, type Att, type Model, type RefFigure, type Scope, type Unit } from '../reference/model';
import { reachFigures } from '../reference/reach';
import { overlapFigures } from '../reference/overlap';
import { selfOrganisationFigures } from '../reference/other';
import { cellKey, PERSON_COUNTS } from './model';
import type { Period } from './publication';
import { periodKey } from './publication';

/** Cell key (model.ts) -> true count, for every person count of the given periods and providers. */
export function trueCounts(data: CanonicalData, periods: Period[], providers: Provider[], dimensions: string[]): Map<string, number> {
  const out = new Map<string, number>();
  if (!periods.length) return out;
  const base = buildModel(data, scopeOf(periods[0], 'all', dimensions));
  const residents = new Map<string, Att[]>();
  const located = new Map<string, Att[]>();
  for (const a of base.atts) {
    const h = base.home.get(a.participant_id);
    if (h !== undefined) push(residents, h, a);
    push(located, a.wijk_id, a);
  }
  const attsOf = (map: Map<string, Att[]>, u: Unit) => [...u.wijken].flatMap((w) => map.get(w) ?? []);
  const inTable = new Set(data.wijken.map((w) => w.wijk_id));
  for (const period of periods) {
    const P = periodKey(period);
    for (const provider of providers) {
      const scope = scopeOf(period, provider, dimensions);
      const m: Model = { ...base, scope, endDate: lastDayOf(period.to) };
      const cityTotals = new Map<string, number>();
      const all = units(m);
      for (const u of all) {
        const rows: RefFigure[] = [];
        if (u.wijk_id !== '') {
          // The city unit only feeds figures relative to the city (z, funnel), which are no person counts.
          const city = all.find((c) => c.city === u.city && c.wijk_id === '')!;
          rows.push(...reachFigures({ ...m, atts: attsOf(residents, u) }, u, city, false));
          if (provider === 'all') rows.push(...overlapFigures({ ...m, atts: attsOf(residents, u) }, u));
        }
        if (u.wijk_id === '' || inTable.has(u.wijk_id)) rows.push(...selfOrganisationFigures({ ...m, atts: attsOf(located, u) }, u));
        for (const r of rows) {
          if (!PERSON_COUNTS.has(r.metric) || r.value === null) continue;
          out.set(cellKey(P, r.city, r.wijk_id, r.provider, r.dimension, r.group, r.metric), r.value);
          // Residents' counts: every resident has one home wijk, so the city's count is its wijken's sum.
          if (r.metric !== 'involved_participants') {
            const key = cellKey(P, r.city, '', r.provider, r.dimension, r.group, r.metric);
            cityTotals.set(key, (cityTotals.get(key) ?? 0) + r.value);
          }
        }
      }
      for (const [key, v] of cityTotals) out.set(key, v);
    }
  }
  return out;
}

function scopeOf(p: Period, provider: Provider, dimensions: string[]): Scope {
  return { from: p.from, to: p.to, provider, dimensions, k: 5, cap: 40, secret: null };
}

function push<K, V>(m: Map<K, V[]>, k: K, v: V) {
  const list = m.get(k);
  if (list) list.push(v);
  else m.set(k, [v]);
}
