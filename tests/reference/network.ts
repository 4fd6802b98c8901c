/**
 * Reference: bonding and bridging B1-B8 (METRICS.md), location perspective.
 * Deliberately NOT the per-session group-count formulas: every pair of participants of
 * every session used is enumerated, so that this checks those formulas.
 */
import { type Model, type RefFigure, type Unit, RESIDENCE, fig, groupOf, matchesProvider, perturbedCount, ratio, shareOf } from './model';
import { zScore } from './reach';

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

/** Known-group persons and bridged persons of the sessions used in a unit, per dimension (perturbed). */
function bridgedCounts(m: Model, used: string[][], d: string): { k1: number; b1: number } {
  const known = new Set<string>();
  const bridged = new Set<string>();
  for (const ids of used) {
    const members = ids.filter((id) => groupOf(m, id, d) !== null);
    const groups = new Set(members.map((id) => groupOf(m, id, d)));
    for (const id of members) {
      known.add(id);
      if (groups.size >= 2) bridged.add(id);
    }
  }
  return { k1: perturbedCount(m, known), b1: perturbedCount(m, bridged) };
}

/** The network figures of a unit; `city` is its city's unit (R12), `matrixDims` the dimensions with B8. */
export function networkFigures(m: Model, u: Unit, city: Unit, matrixDims: string[]): RefFigure[] {
  const t = m.scope.provider;
  const out: RefFigure[] = [];
  const { used, excluded } = sessionsOf(m, u);
  const S = used.length;
  out.push(fig(u, t, '', '', 'sessions_used', S, 'public'));
  out.push(fig(u, t, '', '', 'sessions_excluded', excluded, 'public'));

  for (const d of [...m.scope.dimensions, RESIDENCE]) {
    let T = 0;
    let I = 0;
    let E = 0;
    const e = new Map<string, number>(); // ordered pairs 'g|h'
    const M = new Map<string, number>(); // attendances per group over the sessions used
    const people = new Map<string, Set<string>>(); // persons per group at the sessions used
    for (const ids of used) {
      const members = ids.map((id) => ({ id, g: groupOf(m, id, d) })).filter((x) => x.g !== null) as Array<{ id: string; g: string }>;
      for (const x of members) {
        M.set(x.g, (M.get(x.g) ?? 0) + 1);
        if (!people.has(x.g)) people.set(x.g, new Set());
        people.get(x.g)!.add(x.id);
      }
      for (let i = 0; i < members.length; i++) {
        for (let j = i + 1; j < members.length; j++) {
          const p = members[i];
          const q = members[j];
          T += 1;
          if (p.g === q.g) I += 1;
          else E += 1;
          e.set(`${p.g}|${q.g}`, (e.get(`${p.g}|${q.g}`) ?? 0) + 1);
          e.set(`${q.g}|${p.g}`, (e.get(`${q.g}|${p.g}`) ?? 0) + 1);
        }
      }
    }
    const { k1, b1 } = bridgedCounts(m, used, d);
    const x = { sessions: S };
    const net = (metric: string, value: number | null) => fig(u, t, d, '', metric, value, 'network', k1, x);
    out.push(net('pairs', T));
    out.push(net('pairs_within', I));
    out.push(net('pairs_between', E));
    const bridging = ratio(E, T);
    out.push(net('bridging_share', bridging));
    out.push(net('bonding_share', ratio(I, T)));
    out.push(net('ei_index', ratio(E - I, T)));

    // B4 expected bridging share under random mixing of the same attendances
    let Mtot = 0;
    let same = 0;
    for (const v of M.values()) {
      Mtot += v;
      same += v * (v - 1);
    }
    const expected = Mtot >= 2 ? 1 - same / (Mtot * (Mtot - 1)) : null;
    out.push(net('expected_bridging_share', expected));
    out.push(net('mixing_ratio', bridging !== null && expected !== null && expected > 0 ? bridging / expected : null));

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
    out.push(net('assortativity', r));

    // B7 bridged participants, and R12's z against the city for a wijk
    out.push(fig(u, t, d, '', 'bridged_share', shareOf(b1, k1), 'network', Math.min(b1, k1), x));
    if (u.wijk_id !== '') {
      const c = bridgedCounts(m, sessionsOf(m, city).used, d);
      const z = zScore(shareOf(b1, k1), shareOf(c.b1, c.k1), k1);
      out.push(fig(u, t, d, '', 'bridged_share_z', z, 'network', Math.min(b1, k1, c.b1, c.k1), x));
    }

    // B8 the mixing matrix beside its random-mixing expectation, for groups of at least k persons
    if (total > 0 && matrixDims.includes(d)) {
      const shown = groups.filter((g) => perturbedCount(m, people.get(g)!) >= m.scope.k);
      for (const g of shown) {
        for (const h of shown) {
          out.push(fig(u, t, d, `${g}|${h}`, 'mixing', eN(g, h), 'network', k1, x));
          out.push(fig(u, t, d, `${g}|${h}`, 'mixing_expected', aG.get(g)! * aG.get(h)!, 'network', k1, x));
        }
      }
    }
  }
  return out;
}

/** B9: per activity with a session in P (any provider type), the formulas of B1-B5 over its sessions. */
export function activityFigures(m: Model): RefFigure[] {
  const out: RefFigure[] = [];
  const acts = new Map(m.data.activities.map((a) => [a.activity_id, a]));
  const bySession = new Map<string, { act: string; ids: Set<string> }>();
  for (const a of m.atts) {
    if (a.month < m.scope.from || a.month > m.scope.to) continue;
    const key = `${a.activity_id}\u0000${a.date}`;
    if (!bySession.has(key)) bySession.set(key, { act: a.activity_id, ids: new Set() });
    bySession.get(key)!.ids.add(a.participant_id);
  }
  const perActivity = new Map<string, Set<string>[]>();
  for (const s of bySession.values()) {
    if (!perActivity.has(s.act)) perActivity.set(s.act, []);
    perActivity.get(s.act)!.push(s.ids);
  }
  for (const [id, sessions] of [...perActivity].sort()) {
    const a = acts.get(id)!;
    const w = m.wijkById.get(a.wijk_id)!;
    const u = { city: w.city, wijk_id: w.wijk_id };
    const everyone = new Set(sessions.flatMap((s) => [...s]));
    out.push(fig(u, a.provider_type, '', id, 'activity_participants', perturbedCount(m, everyone), 'count'));
    const used = sessions.filter((s) => s.size >= 2 && s.size <= m.scope.cap).map((s) => [...s]);
    for (const d of [...m.scope.dimensions, RESIDENCE]) {
      let T = 0;
      let I = 0;
      const M = new Map<string, number>();
      const known = new Set<string>();
      for (const ids of used) {
        const gs = ids.map((p) => ({ p, g: groupOf(m, p, d) })).filter((x) => x.g !== null) as Array<{ p: string; g: string }>;
        for (const x of gs) {
          known.add(x.p);
          M.set(x.g, (M.get(x.g) ?? 0) + 1);
        }
        for (let i = 0; i < gs.length; i++) {
          for (let j = i + 1; j < gs.length; j++) {
            T += 1;
            if (gs[i].g === gs[j].g) I += 1;
          }
        }
      }
      let Mtot = 0;
      let same = 0;
      for (const v of M.values()) {
        Mtot += v;
        same += v * (v - 1);
      }
      const expected = Mtot >= 2 ? 1 - same / (Mtot * (Mtot - 1)) : null;
      const bridging = ratio(T - I, T);
      const x = { sessions: used.length };
      const k1 = perturbedCount(m, known);
      out.push(fig(u, a.provider_type, d, id, 'activity_pairs', T, 'network', k1, x));
      out.push(fig(u, a.provider_type, d, id, 'activity_bridging_share', bridging, 'network', k1, x));
      out.push(fig(u, a.provider_type, d, id, 'activity_expected_bridging_share', expected, 'network', k1, x));
      out.push(
        fig(u, a.provider_type, d, id, 'activity_mixing_ratio', bridging !== null && expected !== null && expected > 0 ? bridging / expected : null, 'network', k1, x)
      );
    }
  }
  return out;
}
