/**
 * Reference: bonding and bridging B1-B8 (METRICS.md), location perspective.
 * Deliberately NOT the per-session group-count formulas: every pair of participants of
 * every session used is enumerated, so that this checks those formulas.
 */
import type { RawFigure } from '../../src/lib/metrics/types';
import { type Model, type Unit, RESIDENCE, fig, groupOf, matchesProvider, minBasis, ratio } from './model';

export interface SessionSet {
  used: string[][]; // participant ids of each session used
  excluded: number;
}

/** Sessions (activity_id, date) located in u, in P, of the provider filter; split by size. */
export function sessionsOf(m: Model, u: Unit): SessionSet {
  const bySession = new Map<string, Set<string>>();
  for (const a of m.atts) {
    if (!matchesProvider(m.scope.provider, a.provider)) continue;
    if (a.month < m.scope.from || a.month > m.scope.to) continue;
    if (!u.wijken.has(a.wijk_id)) continue;
    const key = `${a.activity_id}\u0000${a.date}`;
    if (!bySession.has(key)) bySession.set(key, new Set());
    bySession.get(key)!.add(a.participant_id);
  }
  const used: string[][] = [];
  let excluded = 0;
  for (const ids of bySession.values()) {
    if (ids.size < 2 || ids.size > m.scope.cap) excluded += 1;
    else used.push([...ids].sort());
  }
  return { used, excluded };
}

export function networkFigures(m: Model, u: Unit): RawFigure[] {
  const t = m.scope.provider;
  const out: RawFigure[] = [];
  const { used, excluded } = sessionsOf(m, u);
  const S = used.length;
  out.push(fig(u, t, '', '', 'sessions_used', S, null, false, { sessions: S }));
  out.push(fig(u, t, '', '', 'sessions_excluded', excluded, null, false, { sessions: S }));

  for (const d of [...m.scope.dimensions, RESIDENCE]) {
    let T = 0;
    let I = 0;
    let E = 0;
    const e = new Map<string, number>(); // ordered pairs 'g|h'
    const M = new Map<string, number>(); // attendances per group over the sessions used
    const known = new Set<string>();
    const bridged = new Set<string>();
    for (const ids of used) {
      const members = ids.map((id) => ({ id, g: groupOf(m, id, d) })).filter((x) => x.g !== null) as Array<{ id: string; g: string }>;
      for (const x of members) {
        known.add(x.id);
        M.set(x.g, (M.get(x.g) ?? 0) + 1);
      }
      for (let i = 0; i < members.length; i++) {
        for (let j = i + 1; j < members.length; j++) {
          const p = members[i];
          const q = members[j];
          T += 1;
          if (p.g === q.g) I += 1;
          else {
            E += 1;
            bridged.add(p.id);
            bridged.add(q.id);
          }
          e.set(`${p.g}|${q.g}`, (e.get(`${p.g}|${q.g}`) ?? 0) + 1);
          e.set(`${q.g}|${p.g}`, (e.get(`${q.g}|${p.g}`) ?? 0) + 1);
        }
      }
    }
    const K = known.size;
    const x = { sessions: S };
    out.push(fig(u, t, d, '', 'pairs', T, K, false, x));
    out.push(fig(u, t, d, '', 'pairs_within', I, K, false, x));
    out.push(fig(u, t, d, '', 'pairs_between', E, K, false, x));
    const bridging = ratio(E, T);
    out.push(fig(u, t, d, '', 'bridging_share', bridging, K, false, x));
    out.push(fig(u, t, d, '', 'bonding_share', ratio(I, T), K, false, x));
    out.push(fig(u, t, d, '', 'ei_index', ratio(E - I, T), K, false, x));

    // B4 expected bridging share under random mixing of the same attendances
    let Mtot = 0;
    let same = 0;
    for (const v of M.values()) {
      Mtot += v;
      same += v * (v - 1);
    }
    const expected = Mtot >= 2 ? 1 - same / (Mtot * (Mtot - 1)) : null;
    out.push(fig(u, t, d, '', 'expected_bridging_share', expected, K, false, x));
    out.push(fig(u, t, d, '', 'mixing_ratio', bridging !== null && expected !== null && expected > 0 ? bridging / expected : null, K, false, x));

    // B6 assortativity (Newman) from the normalised ordered-pair matrix
    const groups = [...M.keys()].sort();
    const total = 2 * T;
    const eN = (g: string, h: string) => (total > 0 ? (e.get(`${g}|${h}`) ?? 0) / total : 0);
    const aG = new Map(groups.map((g) => [g, groups.reduce((s, h) => s + eN(g, h), 0)]));
    let r: number | null = null;
    if (total > 0) {
      let tr = 0;
      let sa2 = 0;
      for (const g of groups) {
        tr += eN(g, g);
        sa2 += aG.get(g)! ** 2;
      }
      r = 1 - sa2 > 1e-12 ? (tr - sa2) / (1 - sa2) : null;
    }
    out.push(fig(u, t, d, '', 'assortativity', r, K, false, x));

    // B7 bridged participants
    out.push(fig(u, t, d, '', 'bridged_share', ratio(bridged.size, K), minBasis(bridged.size, K), false, x));

    // B8 the mixing matrix beside its random-mixing expectation
    if (total > 0) {
      for (const g of groups) {
        for (const h of groups) {
          out.push(fig(u, t, d, `${g}|${h}`, 'mixing', eN(g, h), K, false, x));
          out.push(fig(u, t, d, `${g}|${h}`, 'mixing_expected', aG.get(g)! * aG.get(h)!, K, false, x));
        }
      }
    }
  }
  return out;
}
