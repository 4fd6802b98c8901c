/**
 * Reference: overlap between buurtwerk and area-based work O1-O6 (METRICS.md).
 * Residents of the unit; their BW / GGW participations at activities anywhere in the
 * unit's city. Rows carry provider 'all' (the family is about both provider types).
 */
import { type Model, type RefFigure, type Unit, daysBetween, fig, groupOf, median, perturbedCount, shareOf } from './model';
import { groupsOf } from './reach';

export function overlapFigures(m: Model, u: Unit): RefFigure[] {
  const { scope } = m;
  const out: RefFigure[] = [];
  const isResident = (id: string) => {
    const h = m.home.get(id);
    return h !== undefined && u.wijken.has(h);
  };
  const bw = new Set<string>();
  const ggw = new Set<string>();
  const firstBw = new Map<string, string>();
  const firstGgw = new Map<string, string>();
  for (const a of m.atts) {
    if (a.city !== u.city || !isResident(a.participant_id)) continue;
    if (a.month >= scope.from && a.month <= scope.to) (a.provider === 'buurtwerk' ? bw : ggw).add(a.participant_id);
    if (a.date <= m.endDate) {
      const f = a.provider === 'buurtwerk' ? firstBw : firstGgw;
      const cur = f.get(a.participant_id);
      if (cur === undefined || a.date < cur) f.set(a.participant_id, a.date);
    }
  }
  const both = [...bw].filter((id) => ggw.has(id));
  const P = (ids: Iterable<string>) => perturbedCount(m, ids);
  const bw1 = P(bw);
  const ggw1 = P(ggw);
  const both1 = P(both);
  const union1 = P(new Set([...bw, ...ggw]));
  out.push(fig(u, 'all', '', '', 'bw', bw1, 'count'));
  out.push(fig(u, 'all', '', '', 'ggw', ggw1, 'count'));
  out.push(fig(u, 'all', '', '', 'both', both1, 'count'));
  out.push(fig(u, 'all', '', '', 'bw_only', P([...bw].filter((id) => !ggw.has(id))), 'count'));
  out.push(fig(u, 'all', '', '', 'ggw_only', P([...ggw].filter((id) => !bw.has(id))), 'count'));
  out.push(fig(u, 'all', '', '', 'jaccard', shareOf(both1, union1), 'share', Math.min(both1, union1)));
  out.push(fig(u, 'all', '', '', 'ggw_via_bw', shareOf(both1, ggw1), 'share', Math.min(both1, ggw1)));

  // O4 gateway, among the residents in both (O1, in P): their first BW and first GGW
  // participation in the city over all history up to the end of P
  const bwFirst: string[] = [];
  const ggwFirst: string[] = [];
  const sameDay: string[] = [];
  const gaps: number[] = [];
  for (const id of both) {
    const b = firstBw.get(id)!;
    const g = firstGgw.get(id)!;
    if (b < g) bwFirst.push(id);
    else if (g < b) ggwFirst.push(id);
    else sameDay.push(id);
    gaps.push(Math.abs(daysBetween(b, g)));
  }
  for (const [metric, ids] of [
    ['gateway_bw_first', bwFirst],
    ['gateway_ggw_first', ggwFirst],
    ['gateway_same_day', sameDay]
  ] as const) {
    const n1 = P(ids);
    out.push(fig(u, 'all', '', '', metric, shareOf(n1, both1), 'share', Math.min(n1, both1)));
  }
  out.push(fig(u, 'all', '', '', 'gateway_median_days', median(gaps), 'share', both1));

  // O5 O3 per known group of each dimension, over every group of the participants
  for (const d of scope.dimensions) {
    for (const g of groupsOf(m, d, false)) {
      const gg = [...ggw].filter((id) => groupOf(m, id, d) === g);
      const bb = gg.filter((id) => bw.has(id));
      const g1 = P(gg);
      const b1 = P(bb);
      out.push(fig(u, 'all', d, g, 'ggw_via_bw', shareOf(b1, g1), 'share', Math.min(b1, g1)));
    }
  }

  // O6 partner concentration of the GGW sessions located in the unit, in P, that name a partner
  const sessionPartner = new Map<string, string>();
  for (const a of m.atts) {
    if (a.provider !== 'ggw' || a.partner === null || !u.wijken.has(a.wijk_id)) continue;
    if (a.month < scope.from || a.month > scope.to) continue;
    sessionPartner.set(`${a.activity_id}\u0000${a.date}`, a.partner);
  }
  const perPartner = new Map<string, number>();
  for (const p of sessionPartner.values()) perPartner.set(p, (perPartner.get(p) ?? 0) + 1);
  const S = sessionPartner.size;
  let hhi: number | null = null;
  if (S > 0) {
    hhi = 0;
    for (const n of perPartner.values()) hhi += (n / S) ** 2;
  }
  out.push(fig(u, 'all', '', '', 'partner_hhi', hhi, 'public'));
  return out;
}
