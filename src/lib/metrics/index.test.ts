/**
 * Every family together on a generated data set (2 cities, 5 wijken, 160 people, ~3000
 * participations): invariants that tie the figures to each other and to a brute-force
 * count, the disclosure rules read off the published rows against the raw ones, the
 * provider filters and k.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../engine/types';
import type { CanonicalData } from '../load/canonical';
import { prepareFigures } from './figures';
import { MIN_SESSIONS } from './disclosure';
import type { FigureRow } from './types';
import { runFixture, useEngine, type RawRow } from './testing';

let engine: Engine;
useEngine((e) => (engine = e));

/** A small deterministic data set: 2 cities, 5 wijken, 160 people, ~3000 participations. */
function generate(seed = 7): CanonicalData {
  let s = seed;
  const rnd = () => ((s = (s * 1103515245 + 12345) % 2147483648) / 2147483648);
  const pick = <T>(xs: T[]) => xs[Math.floor(rnd() * xs.length)];
  const wijken = [
    { wijk_id: 'A1', wijk_name: 'a1', city: 'Aa' },
    { wijk_id: 'A2', wijk_name: 'a2', city: 'Aa' },
    { wijk_id: 'A3', wijk_name: 'a3', city: 'Aa' },
    { wijk_id: 'B1', wijk_name: 'b1', city: 'Bb' },
    { wijk_id: 'BONB', wijk_name: 'onbekend', city: 'Bb' }
  ];
  const real = ['A1', 'A2', 'A3', 'B1'];
  const population: CanonicalData['population'] = [];
  for (const w of real) {
    population.push({ wijk_id: w, ref_date: '2024-01-01', dimension: 'total', group: 'total', population: 2000 });
    for (const g of ['young', 'mid', 'old']) population.push({ wijk_id: w, ref_date: '2024-01-01', dimension: 'age_band', group: g, population: 600 + Math.floor(rnd() * 200) });
  }
  const participants = Array.from({ length: 160 }, (_, i) => ({
    participant_id: `p${i}`,
    residence_wijk_id: rnd() < 0.1 ? null : pick([...real, 'XX']),
    age_band: rnd() < 0.15 ? null : pick(['young', 'mid', 'old']),
    gender: rnd() < 0.1 ? null : pick(['f', 'm'])
  }));
  const activities = Array.from({ length: 16 }, (_, i) => ({
    activity_id: `act${i}`,
    provider_type: (i % 2 ? 'ggw' : 'buurtwerk') as 'ggw' | 'buurtwerk',
    wijk_id: real[i % 4],
    domain: pick(['meeting', 'leisure', 'health', null]),
    initiator: pick(['organisation', 'residents']),
    partner_organisation: i % 2 ? pick(['P', 'Q', 'R', null]) : null
  }));
  const participations: CanonicalData['participations'] = [];
  const seen = new Set<string>();
  for (let n = 0; n < 3000; n++) {
    const a = activities[Math.floor(rnd() * activities.length)];
    const month = 1 + Math.floor(rnd() * 12);
    const day = 1 + Math.floor(rnd() * 4) * 7;
    const date = `2025-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    // people tend to stay near home: a third of the draws from a small pool
    const p = participants[Math.floor(rnd() < 0.3 ? rnd() * 20 : rnd() * participants.length)];
    const key = `${p.participant_id}|${a.activity_id}|${date}`;
    if (seen.has(key)) continue;
    seen.add(key);
    participations.push({ participant_id: p.participant_id, activity_id: a.activity_id, date, role: pick(['participant', 'participant', 'volunteer', null]) });
  }
  return { wijken, population, participants, activities, participations };
}

const P = { from: '2025-04', to: '2025-09' };
const DIMS = ['age_band', 'gender'];
const K = 3;
const GROUPS: Record<string, string[]> = { age_band: ['young', 'mid', 'old'], gender: ['f', 'm'] };

const key = (f: Pick<FigureRow, 'city' | 'wijk_id' | 'provider' | 'dimension' | 'group' | 'metric'>) =>
  [f.city, f.wijk_id, f.provider, f.dimension, f.group, f.metric].join(' / ');

describe('all families together', () => {
  let data: CanonicalData;
  let raw: RawRow[];
  let shown: FigureRow[];
  let bw: RawRow[];
  let ggw: RawRow[];
  let ggwShown: FigureRow[];
  beforeAll(async () => {
    data = generate();
    // every scope is read here: a later run (k = 10 below) replaces the figures in the engine
    const run = await runFixture(engine, data, [P], { dimensions: DIMS, cap: 12, k: K });
    raw = await run.raw();
    shown = await run.rows();
    bw = await run.raw(P, 'buurtwerk');
    ggw = await run.raw(P, 'ggw');
    ggwShown = await run.rows(P, 'ggw');
  });
  const at = <F extends RawRow | FigureRow>(rows: F[], metric: string, city: string, wijk: string, dim = '', group = '') =>
    rows.find((f) => f.metric === metric && f.city === city && f.wijk_id === wijk && f.dimension === dim && f.group === group);

  it('network invariants: bonding + bridging = 1, E-I = 1 - 2 bonding, pairs add up, r in [-1, 1], B8 sums to 1', () => {
    let checked = 0;
    let matrices = 0;
    for (const f of raw.filter((x) => x.metric === 'bonding_share' && x.value !== null)) {
      const g = (m: string) => at(raw, m, f.city, f.wijk_id, f.dimension)!.value as number;
      expect(g('bonding_share') + g('bridging_share')).toBeCloseTo(1, 12);
      expect(g('ei_index')).toBeCloseTo(1 - 2 * g('bonding_share'), 12);
      expect(g('pairs_within') + g('pairs_between')).toBe(g('pairs'));
      const r = at(raw, 'assortativity', f.city, f.wijk_id, f.dimension)!.value;
      if (r !== null) expect(Math.abs(r)).toBeLessThanOrEqual(1 + 1e-12);
      // B8 holds the groups of at least k persons: a full matrix sums to 1, a partial one to less
      const cells = (m: string) => raw.filter((x) => x.metric === m && x.city === f.city && x.wijk_id === f.wijk_id && x.dimension === f.dimension);
      const sum = (m: string) => cells(m).reduce((s, x) => s + (x.value as number), 0);
      expect(sum('mixing')).toBeLessThanOrEqual(1 + 1e-12);
      const groups = new Set(cells('mixing').map((x) => x.group.split('|')[0]));
      if (f.dimension in GROUPS && GROUPS[f.dimension].every((x) => groups.has(x))) {
        expect(cells('mixing').length).toBe(groups.size ** 2);
        expect(sum('mixing')).toBeCloseTo(1, 12);
        expect(sum('mixing_expected')).toBeCloseTo(1, 12);
        matrices++;
      }
      checked++;
    }
    expect(checked).toBeGreaterThan(10);
    expect(matrices).toBeGreaterThan(3);
  });

  it('network figures agree with pair enumeration in plain JS (city Aa, gender)', () => {
    // Brute force: every unordered pair of known-gender participants per used session.
    const act = new Map(data.activities.map((a) => [a.activity_id, a]));
    const city = new Map(data.wijken.map((w) => [w.wijk_id, w.city]));
    const gender = new Map(data.participants.map((p) => [p.participant_id, p.gender ?? null]));
    const sessions = new Map<string, string[]>();
    for (const p of data.participations) {
      if (p.date < '2025-04-01' || p.date > '2025-09-30') continue;
      if (city.get(act.get(p.activity_id)!.wijk_id) !== 'Aa') continue;
      const k = `${p.activity_id}|${p.date}`;
      sessions.set(k, [...(sessions.get(k) ?? []), p.participant_id]);
    }
    let T = 0;
    let I = 0;
    const e = new Map<string, number>();
    for (const people of sessions.values()) {
      if (people.length < 2 || people.length > 12) continue;
      const known = people.filter((p) => gender.get(p) !== null);
      for (let i = 0; i < known.length; i++)
        for (let j = i + 1; j < known.length; j++) {
          const gi = gender.get(known[i])!;
          const gj = gender.get(known[j])!;
          T++;
          if (gi === gj) I++;
          e.set(`${gi}|${gj}`, (e.get(`${gi}|${gj}`) ?? 0) + 1);
          e.set(`${gj}|${gi}`, (e.get(`${gj}|${gi}`) ?? 0) + 1);
        }
    }
    // Newman's r from the ordered-pair matrix
    const groups = ['f', 'm'];
    const tot = 2 * T;
    const a = groups.map((g) => groups.reduce((s, h) => s + (e.get(`${g}|${h}`) ?? 0), 0) / tot);
    const trace = groups.reduce((s, g) => s + (e.get(`${g}|${g}`) ?? 0), 0) / tot;
    const sa2 = a.reduce((s, x) => s + x * x, 0);
    expect(T).toBeGreaterThan(100);
    expect(at(raw, 'pairs', 'Aa', '', 'gender')!.value).toBe(T);
    expect(at(raw, 'pairs_within', 'Aa', '', 'gender')!.value).toBe(I);
    expect(at(raw, 'assortativity', 'Aa', '', 'gender')!.value).toBeCloseTo((trace - sa2) / (1 - sa2), 10);
    expect(at(raw, 'mixing', 'Aa', '', 'gender', 'f|m')!.value).toBeCloseTo((e.get('f|m') ?? 0) / tot, 12);
  });

  it('residents add up without noise: wijken to the city, groups (with unknown) to the total, the Venn', () => {
    for (const c of ['Aa', 'Bb']) {
      const city = at(raw, 'participants', c, '')!.value!;
      const wijkSum = raw.filter((f) => f.metric === 'participants' && f.city === c && f.wijk_id !== '' && f.dimension === '').reduce((s, f) => s + f.value!, 0);
      expect(wijkSum).toBe(city);
      for (const d of DIMS) {
        const groupSum = raw.filter((f) => f.metric === 'participants' && f.city === c && f.wijk_id === '' && f.dimension === d).reduce((s, f) => s + f.value!, 0);
        expect(groupSum).toBe(city);
      }
    }
    let gateways = 0;
    for (const f of raw.filter((x) => x.metric === 'both')) {
      const g = (m: string) => at(raw, m, f.city, f.wijk_id)!.value!;
      expect(g('bw_only') + g('both')).toBe(g('bw'));
      expect(g('ggw_only') + g('both')).toBe(g('ggw'));
      const j = at(raw, 'jaccard', f.city, f.wijk_id)!.value;
      if (j !== null) {
        if (g('bw') > 0) expect(j).toBeLessThanOrEqual(g('both') / g('bw') + 1e-12);
        if (g('ggw') > 0) expect(j).toBeLessThanOrEqual(g('both') / g('ggw') + 1e-12);
      }
      const gw = ['gateway_bw_first', 'gateway_ggw_first', 'gateway_same_day'].map((m) => at(raw, m, f.city, f.wijk_id)!.value);
      if (g('both') > 0) {
        expect(gw.reduce((s, x) => s! + x!, 0)).toBeCloseTo(1, 12);
        gateways++;
      }
    }
    expect(gateways).toBeGreaterThan(2);
  });

  it('ranges: D, representativeness, heterogeneity, shares, Gini, top-20%', () => {
    for (const f of raw) {
      if (f.value === null) continue;
      if (['dissimilarity', 'representativeness', 'heterogeneity', 'bridging_share', 'bonding_share', 'expected_bridging_share', 'bridged_share', 'jaccard', 'ggw_via_bw', 'partner_hhi', 'involvement_share', 'newcomer_share', 'retention', 'multi_domain_share', 'lorenz_share', 'activity_bridging_share', 'activity_expected_bridging_share'].includes(f.metric)) {
        expect(f.value, f.metric).toBeGreaterThanOrEqual(-1e-12);
        expect(f.value, f.metric).toBeLessThanOrEqual(1 + 1e-12);
      }
      if (f.metric === 'gini') expect(f.value).toBeLessThan(1);
      if (f.metric === 'top20_share') expect(f.value).toBeGreaterThan(0);
      if (f.metric === 'reach_rate_low') expect(f.value).toBeLessThanOrEqual(at(raw, 'reach_rate', f.city, f.wijk_id)!.value! + 1e-9);
      if (f.metric === 'reach_rate_high') expect(f.value).toBeGreaterThanOrEqual(at(raw, 'reach_rate', f.city, f.wijk_id)!.value! - 1e-9);
    }
  });

  it('row shape: every row has a city; the provider of the scope, or the activity type for B9', () => {
    for (const f of raw) {
      expect(f.city).not.toBe('');
      if (f.metric.startsWith('activity_')) expect(['buurtwerk', 'ggw']).toContain(f.provider);
      else expect(f.provider).toBe('all');
    }
    expect(new Set(raw.map((f) => f.wijk_id))).toEqual(new Set(['A1', 'A2', 'A3', 'B1', 'BONB', 'Aa-ONB', '']));
    // the published rows have the export shape of METRICS.md and nothing else (no basis, no kind)
    for (const f of shown) expect(Object.keys(f).sort()).toEqual(['city', 'dimension', 'group', 'metric', 'provider', 'suppressed', 'value', 'wijk_id']);
    // B9 rows carry the activity in group and its wijk
    const b9 = raw.filter((f) => f.metric === 'activity_participants');
    expect(b9.length).toBe(16);
    for (const f of b9) expect(f.wijk_id).toBe(data.activities.find((a) => a.activity_id === f.group)!.wijk_id);
  });

  it('disclosure: what is published follows from the raw figure and k', () => {
    const byKey = new Map(raw.map((r) => [key(r), r]));
    expect(byKey.size).toBe(raw.length);
    const seen = new Set<string>();
    for (const s of shown) {
      const r = byKey.get(key(s));
      expect(r, key(s)).toBeDefined();
      if (!r) continue;
      seen.add(key(s));
      const why = `${key(s)} ${JSON.stringify(r)}`;
      if (s.suppressed) expect(s.value, why).toBeNull();
      else expect(s.value, why).toBe(r.value);
      if (r.na) expect(s.suppressed, why).toBe('not_available');
      else if (r.kind === 'count') expect(s.suppressed, why).toBe(r.value! < K ? 'below_k' : null);
      else if (r.kind === 'share' && (r.basis === null || r.basis < K)) expect(s.suppressed, why).toBe('below_k');
      else if (r.kind === 'network' && (r.basis === null || r.basis < K || (r.sessions ?? 0) < MIN_SESSIONS)) expect(s.suppressed, why).toBe('below_k');
      else expect(s.suppressed, why).toBe(r.value === null ? 'not_available' : null);
    }
    // A raw row is left out only by the group-label rule: its participant group shows in no figure.
    const shownLabels = new Set(shown.filter((s) => DIMS.includes(s.dimension) && s.suppressed === null).map((s) => `${s.dimension}|${s.group}`));
    for (const r of raw) {
      if (seen.has(key(r))) continue;
      expect(DIMS, key(r)).toContain(r.dimension);
      const groups = r.metric.startsWith('mixing') ? r.group.split('|') : [r.group];
      expect(groups.some((g) => !shownLabels.has(`${r.dimension}|${g}`)), key(r)).toBe(true);
    }
    expect(shown.some((s) => s.suppressed === 'below_k')).toBe(true);
    expect(shown.some((s) => s.suppressed === 'not_available')).toBe(true);
    expect(shown.filter((s) => s.suppressed === null).length).toBeGreaterThan(shown.length / 4);
  });

  it('k below 3 is rejected; a higher k shows a subset of the same values', async () => {
    for (const k of [2, 2.5, Number.NaN]) {
      await expect(prepareFigures(engine, { dimensions: DIMS, k, cap: 12, secret: null, perturb: false })).rejects.toThrow(/k must be a whole number/);
    }
    const strict = await (await runFixture(engine, data, [P], { dimensions: DIMS, cap: 12, k: 10 })).rows();
    const loose = new Map(shown.map((s) => [key(s), s]));
    let hidden = 0;
    for (const s of strict) {
      if (s.suppressed !== null) {
        if (loose.get(key(s))?.suppressed === null) hidden++;
        continue;
      }
      expect(loose.get(key(s))?.value, key(s)).toBe(s.value);
    }
    // some figure shown at k = 3 is hidden at k = 10
    expect(hidden).toBeGreaterThan(0);
  });

  it('provider filters: buurtwerk + ggw participants bound the all figure; provider-free families are the same in every scope', () => {
    for (const c of ['Aa', 'Bb']) {
      const all = at(raw, 'participants', c, '')!.value!;
      const b = at(bw, 'participants', c, '')!.value!;
      const g = at(ggw, 'participants', c, '')!.value!;
      expect(all).toBeLessThanOrEqual(b + g);
      expect(all).toBeGreaterThanOrEqual(Math.max(b, g));
      // overlap ignores the provider filter
      expect(at(bw, 'bw', c, '')!.value).toBe(at(raw, 'bw', c, '')!.value);
    }
    expect(bw.filter((f) => f.metric === 'participants').every((f) => f.provider === 'buurtwerk')).toBe(true);
    const free = (rows: FigureRow[]) => rows.filter((f) => ['bw', 'jaccard', 'signals', 'activity_participants', 'ggw_via_bw'].includes(f.metric));
    expect(free(ggwShown).length).toBeGreaterThan(0);
    expect(free(ggwShown)).toEqual(free(shown));
  });
});
