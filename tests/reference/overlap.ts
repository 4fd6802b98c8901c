/**
 * Reference: overlap between buurtwerk and area-based work O1-O6 (METRICS.md).
 * Residents of the unit; their BW / GGW participations at activities anywhere in the
 * unit's city. Rows carry provider 'all' (the family is about both provider types).
 */
import type { RawFigure } from '../../src/lib/metrics/types';
import { type Model, type Unit, daysBetween, fig, groupOf, median, minBasis, ratio } from './model';

export function overlapFigures(m: Model, u: Unit): RawFigure[] {
  const { scope } = m;
  const out: RawFigure[] = [];
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
  const union = new Set([...bw, ...ggw]).size;
  const nb = bw.size;
  const ng = ggw.size;
  const n2 = both.length;
  out.push(fig(u, 'all', '', '', 'bw', nb, nb, true));
  out.push(fig(u, 'all', '', '', 'ggw', ng, ng, true));
  out.push(fig(u, 'all', '', '', 'both', n2, n2, true));
  out.push(fig(u, 'all', '', '', 'bw_only', nb - n2, nb - n2, true));
  out.push(fig(u, 'all', '', '', 'ggw_only', ng - n2, ng - n2, true));
  out.push(fig(u, 'all', '', '', 'jaccard', ratio(n2, union), minBasis(n2, union)));
  out.push(fig(u, 'all', '', '', 'ggw_via_bw', ratio(n2, ng), minBasis(n2, ng)));

  // O4 gateway, among the residents in both (O1, in P): their first BW and first GGW
  // participation in the city over all history up to the end of P
  const hist = both;
  let bwFirst = 0;
  let ggwFirst = 0;
  let sameDay = 0;
  const gaps: number[] = [];
  for (const id of hist) {
    const b = firstBw.get(id)!;
    const g = firstGgw.get(id)!;
    if (b < g) bwFirst += 1;
    else if (g < b) ggwFirst += 1;
    else sameDay += 1;
    gaps.push(Math.abs(daysBetween(b, g)));
  }
  const H = hist.length;
  out.push(fig(u, 'all', '', '', 'gateway_bw_first', ratio(bwFirst, H), minBasis(bwFirst, H)));
  out.push(fig(u, 'all', '', '', 'gateway_ggw_first', ratio(ggwFirst, H), minBasis(ggwFirst, H)));
  out.push(fig(u, 'all', '', '', 'gateway_same_day', ratio(sameDay, H), minBasis(sameDay, H)));
  out.push(fig(u, 'all', '', '', 'gateway_median_days', median(gaps), H));

  // O5 O3 per known group of each dimension (groups present among the GGW residents)
  for (const d of scope.dimensions) {
    const gg = new Map<string, number>();
    const bb = new Map<string, number>();
    for (const id of ggw) {
      const g = groupOf(m, id, d);
      if (g === null) continue;
      gg.set(g, (gg.get(g) ?? 0) + 1);
      if (bw.has(id)) bb.set(g, (bb.get(g) ?? 0) + 1);
    }
    for (const [g, n] of [...gg].sort()) {
      const k = bb.get(g) ?? 0;
      out.push(fig(u, 'all', d, g, 'ggw_via_bw', ratio(k, n), minBasis(k, n)));
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
  out.push(fig(u, 'all', '', '', 'partner_hhi', hhi, null));
  return out;
}
