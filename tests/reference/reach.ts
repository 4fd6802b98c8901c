/**
 * Reference: reach breadth R1-R12 (METRICS.md), residents perspective, with the Lorenz
 * deciles of R7. Residents of a unit = participants whose home wijk is in it; their
 * participations of the provider filter in the period count wherever the activity is.
 * Every count of persons is the perturbed count of its own set (perturbedCount).
 */
import {
  type Model,
  type RefFigure,
  type Unit,
  UNKNOWN,
  fig,
  groupOf,
  matchesProvider,
  monthIndex,
  monthString,
  perturbedCount,
  ratio,
  shareOf
} from './model';
import { lorenzAt } from './lorenz';

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

/** Every group of a dimension: the known values among all participants and the population's groups. */
export function groupsOf(m: Model, d: string, withPopulation: boolean): string[] {
  const gs = new Set<string>();
  for (const p of m.data.participants) {
    const v = p[d];
    if (v !== null && v !== undefined && v !== '') gs.add(String(v));
  }
  if (withPopulation) for (const r of m.data.population) if (r.dimension === d && r.group !== 'total') gs.add(r.group);
  return [...gs].sort();
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

/** The counts of a unit that R12 compares with the city's. */
interface ReachCounts {
  active: Set<string>;
  n1: number;
  pop: number | undefined;
  newcomers: Set<string>;
  nc1: number;
  newcomersNa: boolean;
}

function reachCounts(m: Model, u: Unit): ReachCounts {
  const { scope } = m;
  const active = residentsActive(m, u, scope.from, scope.to);
  // R8: first participation in the whole data set (provider filter, any wijk) falls in P
  const first = new Map<string, string>();
  for (const x of m.atts) {
    if (!matchesProvider(scope.provider, x.provider)) continue;
    const f = first.get(x.participant_id);
    if (f === undefined || x.date < f) first.set(x.participant_id, x.date);
  }
  const newcomers = new Set([...active].filter((id) => first.get(id)!.slice(0, 7) >= scope.from));
  return {
    active,
    n1: perturbedCount(m, active),
    pop: populationOf(m, u, 'total').get('total'),
    newcomers,
    nc1: perturbedCount(m, newcomers),
    // METRICS.md: a period containing the data's first month has no newcomer figure (nor one before the data).
    newcomersNa: m.firstMonth === '' || scope.from <= m.firstMonth
  };
}

/** R12: standard errors between a proportion and the city's, null without spread. */
export function zScore(p: number | null, p0: number | null, n: number): number | null {
  if (p === null || p0 === null || !(p0 > 0 && p0 < 1) || !(n > 0)) return null;
  return (p - p0) / Math.sqrt((p0 * (1 - p0)) / n);
}

export function reachFigures(m: Model, u: Unit, city: Unit, lorenz: boolean): RefFigure[] {
  const { scope } = m;
  const t = scope.provider;
  const out: RefFigure[] = [];
  const c = reachCounts(m, u);
  const { active, n1, pop } = c;
  const noPop = pop === undefined || pop === 0;

  // R1, R2
  out.push(fig(u, t, '', '', 'participants', n1, 'count'));
  out.push(fig(u, t, '', '', 'reach_rate', noPop ? null : (n1 / pop!) * 1000, 'share', n1, { na: noPop }));

  // Per dimension: R1 by group (every group), R3, R4, R5, R6
  for (const d of scope.dimensions) {
    const groups = groupsOf(m, d, true);
    const members = new Map<string, string[]>(groups.map((g) => [g, []]));
    const unknown: string[] = [];
    const known: string[] = [];
    for (const id of active) {
      const g = groupOf(m, id, d);
      if (g === null) unknown.push(id);
      else {
        known.push(id);
        members.get(g)!.push(id);
      }
    }
    const known1 = perturbedCount(m, known);
    const n1g = new Map(groups.map((g) => [g, perturbedCount(m, members.get(g)!)]));
    for (const g of groups) out.push(fig(u, t, d, g, 'participants', n1g.get(g)!, 'count'));
    out.push(fig(u, t, d, UNKNOWN, 'participants', perturbedCount(m, unknown), 'count'));

    const popG = populationOf(m, u, d);
    let popKnown = 0;
    for (const v of popG.values()) popKnown += v;
    for (const g of groups) {
      if (!popG.has(g)) continue;
      const pg = popG.get(g)!;
      const ng = n1g.get(g)!;
      out.push(fig(u, t, d, g, 'group_reach_rate', pg > 0 ? (ng / pg) * 1000 : null, 'share', ng, { na: pg === 0 }));
      const ri = known1 > 0 && popKnown > 0 && pg > 0 ? ng / known1 / (pg / popKnown) : null;
      out.push(fig(u, t, d, g, 'representation_index', ri, 'share', Math.min(ng, known1), { na: pg === 0 || popKnown === 0 }));
    }
    // R5 over every group; perturbed groups need not add up to the perturbed known total: D in [0, 1]
    let D: number | null = null;
    if (known1 > 0 && popKnown > 0) {
      D = 0;
      for (const g of groups) D += Math.abs(n1g.get(g)! / known1 - (popG.get(g) ?? 0) / popKnown);
      D = Math.min(1, Math.max(0, D / 2));
    }
    out.push(fig(u, t, d, '', 'dissimilarity', D, 'share', known1, { na: popKnown === 0 }));
    out.push(fig(u, t, d, '', 'representativeness', D === null ? null : 1 - D, 'share', known1, { na: popKnown === 0 }));
    // R6, of the participants (perturbed) and of the population
    let H: number | null = null;
    if (known1 > 0) {
      H = 1;
      for (const g of groups) H -= (n1g.get(g)! / known1) ** 2;
      H = Math.min(1, Math.max(0, H));
    }
    out.push(fig(u, t, d, '', 'heterogeneity', H, 'share', known1));
    let Hp: number | null = null;
    if (popKnown > 0) {
      Hp = 1;
      for (const v of popG.values()) Hp -= (v / popKnown) ** 2;
    }
    out.push(fig(u, t, d, '', 'population_heterogeneity', Hp, 'public', null, { na: popKnown === 0 }));
  }

  // R7 concentration: a_i = participations of resident i in P (provider filter, anywhere, one per session)
  const a = new Map<string, number>();
  const domains = new Map<string, Set<string>>();
  const seen = new Set<string>();
  for (const x of m.atts) {
    if (!matchesProvider(t, x.provider) || x.month < scope.from || x.month > scope.to) continue;
    if (!active.has(x.participant_id)) continue;
    const key = `${x.participant_id}\u0000${x.activity_id}\u0000${x.date}`;
    if (seen.has(key)) continue;
    seen.add(key);
    a.set(x.participant_id, (a.get(x.participant_id) ?? 0) + 1);
    if (!domains.has(x.participant_id)) domains.set(x.participant_id, new Set());
    if (x.domain !== null) domains.get(x.participant_id)!.add(x.domain);
  }
  const N = active.size;
  const counts = [...a.values()].sort((p, q) => q - p);
  const total = counts.reduce((s, v) => s + v, 0);
  const topSum = counts.slice(0, Math.ceil(N / 5)).reduce((s, v) => s + v, 0);
  // The top 20% must be k persons or more: ceil(0.2 N') of them.
  const topPersons = Math.ceil(n1 / 5);
  out.push(fig(u, t, '', '', 'top20_share', ratio(topSum, total), 'share', topPersons));
  let absSum = 0;
  for (const ai of counts) for (const aj of counts) absSum += Math.abs(ai - aj);
  out.push(fig(u, t, '', '', 'gini', N > 0 && total > 0 ? absSum / (2 * N * total) : null, 'share', topPersons));
  if (lorenz) {
    // A decile describes a tenth of the persons: floor(N' / 10) of them.
    for (let d = 1; d <= 10; d++) out.push(fig(u, t, '', String(d * 10), 'lorenz_share', lorenzAt(counts, d / 10), 'share', Math.floor(n1 / 10)));
  }

  // R8 newcomers
  out.push(fig(u, t, '', '', 'newcomers', c.nc1, 'count', null, { na: c.newcomersNa }));
  out.push(fig(u, t, '', '', 'newcomer_share', shareOf(c.nc1, n1), 'share', Math.min(c.nc1, n1), { na: c.newcomersNa }));

  // R9 retention: of the residents active in the equal-length period just before P, the share active in P
  const len = monthIndex(scope.to) - monthIndex(scope.from) + 1;
  const prevFrom = monthString(monthIndex(scope.from) - len);
  const prevTo = monthString(monthIndex(scope.from) - 1);
  const prev = residentsActive(m, u, prevFrom, prevTo);
  const prev1 = perturbedCount(m, prev);
  const kept1 = perturbedCount(m, [...prev].filter((id) => active.has(id)));
  const retentionNa = m.firstMonth === '' || prevFrom < m.firstMonth;
  out.push(fig(u, t, '', '', 'retention', shareOf(kept1, prev1), 'share', Math.min(kept1, prev1), { na: retentionNa }));

  // R10 domain breadth
  let domSum = 0;
  const multi: string[] = [];
  for (const id of active) {
    const k = domains.get(id)?.size ?? 0;
    domSum += k;
    if (k >= 2) multi.push(id);
  }
  const multi1 = perturbedCount(m, multi);
  out.push(fig(u, t, '', '', 'domains_per_participant', ratio(domSum, n1), 'share', n1));
  out.push(fig(u, t, '', '', 'multi_domain_share', shareOf(multi1, n1), 'share', Math.min(multi1, n1)));

  // R11-R12 for a wijk with a population of its own (not the city, not location unknown)
  const w = m.wijkById.get(u.wijk_id);
  if (u.wijk_id !== '' && w && !w.locationUnknown) {
    const cc = reachCounts(m, city);
    const Z = 1.96;
    let low: number | null = null;
    let high: number | null = null;
    if (!noPop) {
      const n = pop!;
      const p = Math.min(1, n1 / n);
      const centre = p + (Z * Z) / (2 * n);
      const half = Z * Math.sqrt((p * (1 - p)) / n + (Z * Z) / (4 * n * n));
      low = (1000 * (centre - half)) / (1 + (Z * Z) / n);
      high = (1000 * (centre + half)) / (1 + (Z * Z) / n);
    }
    out.push(fig(u, t, '', '', 'reach_rate_low', low, 'share', n1, { na: noPop }));
    out.push(fig(u, t, '', '', 'reach_rate_high', high, 'share', n1, { na: noPop }));
    const cityNoPop = cc.pop === undefined || cc.pop === 0;
    const z = noPop || cityNoPop ? null : zScore(n1 / pop!, cc.n1 / cc.pop!, pop!);
    out.push(fig(u, t, '', '', 'reach_rate_z', z, 'share', Math.min(n1, cc.n1), { na: noPop || cityNoPop }));
    const zn = zScore(shareOf(c.nc1, n1), shareOf(cc.nc1, cc.n1), n1);
    out.push(fig(u, t, '', '', 'newcomer_share_z', zn, 'share', Math.min(c.nc1, n1, cc.nc1, cc.n1), { na: c.newcomersNa }));
  }
  return out;
}
