/**
 * Reference: reach breadth R1-R10 (METRICS.md), residents perspective.
 * Residents of a unit = participants whose home wijk is in it; their participations of the
 * provider filter in the period count wherever the activity is.
 */
import type { RawFigure } from '../../src/lib/metrics/types';
import { type Model, type Unit, UNKNOWN, fig, groupOf, matchesProvider, minBasis, monthIndex, monthString, ratio } from './model';

/**
 * Population of a unit by group for one dimension ('total' for the total): per wijk the rows
 * of the latest ref_date on or before the end of the period, else of the earliest ref_date;
 * summed over the unit's wijken. Group 'total' is left out of a dimension's groups.
 */
export function populationOf(m: Model, u: Unit, dim: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const w of u.wijken) {
    const rows = m.data.population.filter((r) => r.wijk_id === w && r.dimension === dim);
    if (rows.length === 0) continue;
    const dates = [...new Set(rows.map((r) => r.ref_date))].sort();
    const before = dates.filter((d) => d <= m.endDate);
    const date = before.length > 0 ? before[before.length - 1] : dates[0];
    for (const r of rows) {
      if (r.ref_date !== date) continue;
      if (dim !== 'total' && r.group === 'total') continue;
      out.set(r.group, (out.get(r.group) ?? 0) + Number(r.population));
    }
  }
  return out;
}

/** Distinct residents of u with a participation of the provider filter in [from, to] (months). */
function residentsActive(m: Model, u: Unit, from: string, to: string): Set<string> {
  const s = new Set<string>();
  for (const a of m.atts) {
    if (!matchesProvider(m.scope.provider, a.provider)) continue;
    if (a.month < from || a.month > to) continue;
    const h = m.home.get(a.participant_id);
    if (h !== undefined && u.wijken.has(h)) s.add(a.participant_id);
  }
  return s;
}

export function reachFigures(m: Model, u: Unit): RawFigure[] {
  const { scope } = m;
  const t = scope.provider;
  const out: RawFigure[] = [];
  const active = residentsActive(m, u, scope.from, scope.to);
  const N = active.size;

  // R1 participants
  out.push(fig(u, t, '', '', 'participants', N, N, true));

  // R2 reach rate against the total population
  const popTotal = populationOf(m, u, 'total').get('total') ?? 0;
  out.push(fig(u, t, '', '', 'reach_rate', popTotal > 0 ? (N / popTotal) * 1000 : null, minBasis(N, popTotal)));

  // Per dimension: R1 by group, R3, R4, R5, R6
  for (const d of scope.dimensions) {
    const Ng = new Map<string, number>();
    let nUnknown = 0;
    for (const id of active) {
      const g = groupOf(m, id, d);
      if (g === null) nUnknown += 1;
      else Ng.set(g, (Ng.get(g) ?? 0) + 1);
    }
    const Nknown = N - nUnknown;
    for (const [g, n] of [...Ng].sort()) out.push(fig(u, t, d, g, 'participants', n, n, true));
    if (nUnknown > 0) out.push(fig(u, t, d, UNKNOWN, 'participants', nUnknown, nUnknown, true));

    const pop = populationOf(m, u, d);
    let popKnown = 0;
    for (const v of pop.values()) popKnown += v;

    for (const [g, pg] of [...pop].sort()) {
      const ng = Ng.get(g) ?? 0;
      // R3 group reach rate
      out.push(fig(u, t, d, g, 'group_reach_rate', pg > 0 ? (ng / pg) * 1000 : null, minBasis(ng, pg)));
      // R4 representation index
      const ri = Nknown > 0 && popKnown > 0 && pg > 0 ? ng / Nknown / (pg / popKnown) : null;
      out.push(fig(u, t, d, g, 'representation_index', ri, minBasis(ng, Nknown)));
    }

    // R5 dissimilarity over every group seen in either the participants or the population
    let D: number | null = null;
    if (Nknown > 0 && popKnown > 0) {
      const groups = new Set([...Ng.keys(), ...pop.keys()]);
      D = 0;
      for (const g of groups) D += Math.abs((Ng.get(g) ?? 0) / Nknown - (pop.get(g) ?? 0) / popKnown);
      D /= 2;
    }
    out.push(fig(u, t, d, '', 'dissimilarity', D, Nknown));
    out.push(fig(u, t, d, '', 'representativeness', D === null ? null : 1 - D, Nknown));

    // R6 heterogeneity (Blau), of the participants and of the population
    let H: number | null = null;
    if (Nknown > 0) {
      H = 1;
      for (const n of Ng.values()) H -= (n / Nknown) ** 2;
    }
    out.push(fig(u, t, d, '', 'heterogeneity', H, Nknown));
    let Hp: number | null = null;
    if (popKnown > 0) {
      Hp = 1;
      for (const v of pop.values()) Hp -= (v / popKnown) ** 2;
    }
    out.push(fig(u, t, d, '', 'population_heterogeneity', Hp, popKnown));
  }

  // R7 concentration: a_i = participations of resident i in P (provider filter, anywhere)
  const a = new Map<string, number>();
  const domains = new Map<string, Set<string>>();
  for (const x of m.atts) {
    if (!matchesProvider(t, x.provider) || x.month < scope.from || x.month > scope.to) continue;
    if (!active.has(x.participant_id)) continue;
    a.set(x.participant_id, (a.get(x.participant_id) ?? 0) + 1);
    if (!domains.has(x.participant_id)) domains.set(x.participant_id, new Set());
    if (x.domain !== null) domains.get(x.participant_id)!.add(x.domain);
  }
  const counts = [...a.values()].sort((p, q) => q - p);
  const total = counts.reduce((s, v) => s + v, 0);
  const top = Math.ceil(N / 5); // ceil(0.2 N), in exact arithmetic
  const topSum = counts.slice(0, top).reduce((s, v) => s + v, 0);
  out.push(fig(u, t, '', '', 'top20_share', ratio(topSum, total), N));
  let absSum = 0;
  for (const ai of counts) for (const aj of counts) absSum += Math.abs(ai - aj);
  out.push(fig(u, t, '', '', 'gini', N > 0 && total > 0 ? absSum / (2 * N * total) : null, N));

  // R8 newcomers: first participation in the whole data set (provider filter, any wijk) falls in P
  // METRICS.md: a period containing the data's first month has no newcomer figure. A period
  // that starts before the data (or a data set without participations) has none either:
  // the same rule as retention ("not available when that period starts before the data").
  const periodHasFirstMonth = m.firstMonth === '' || scope.from <= m.firstMonth;
  const first = new Map<string, string>();
  for (const x of m.atts) {
    if (!matchesProvider(t, x.provider)) continue;
    const f = first.get(x.participant_id);
    if (f === undefined || x.date < f) first.set(x.participant_id, x.date);
  }
  let newcomers = 0;
  for (const id of active) if (first.get(id)!.slice(0, 7) >= scope.from) newcomers += 1;
  out.push(fig(u, t, '', '', 'newcomers', periodHasFirstMonth ? null : newcomers, newcomers, true));
  out.push(fig(u, t, '', '', 'newcomer_share', periodHasFirstMonth ? null : ratio(newcomers, N), minBasis(newcomers, N)));

  // R9 retention: of the residents active in the equal-length period just before P, the share active in P
  const len = monthIndex(scope.to) - monthIndex(scope.from) + 1;
  const prevFrom = monthString(monthIndex(scope.from) - len);
  const prevTo = monthString(monthIndex(scope.from) - 1);
  let retention: number | null = null;
  let prevN = 0;
  let kept = 0;
  if (m.firstMonth !== '' && prevFrom >= m.firstMonth) {
    const prev = residentsActive(m, u, prevFrom, prevTo);
    prevN = prev.size;
    for (const id of prev) if (active.has(id)) kept += 1;
    retention = ratio(kept, prevN);
  }
  out.push(fig(u, t, '', '', 'retention', retention, minBasis(kept, prevN)));

  // R10 domain breadth
  let domSum = 0;
  let multi = 0;
  for (const id of active) {
    const k = domains.get(id)?.size ?? 0;
    domSum += k;
    if (k >= 2) multi += 1;
  }
  out.push(fig(u, t, '', '', 'domains_per_participant', ratio(domSum, N), N));
  out.push(fig(u, t, '', '', 'multi_domain_share', ratio(multi, N), minBasis(multi, N)));
  return out;
}
