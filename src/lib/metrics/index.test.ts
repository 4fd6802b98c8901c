import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../engine/types';
import { insertCanonical, type CanonicalData } from '../load/canonical';
import { applyDisclosure, computeFigures, computeRawFigures } from './index';
import { BREAKDOWN_SEP } from './sql';
import { useEngine } from './testing';
import type { FigureRow, RawFigure, Scope } from './types';

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

const scope: Scope = { from: '2025-04', to: '2025-09', provider: 'all', dimensions: ['age_band', 'gender'], k: 5, cap: 12 };

describe('all families together', () => {
  let data: CanonicalData;
  let raw: RawFigure[];
  let shown: FigureRow[];
  beforeAll(async () => {
    data = generate();
    await insertCanonical(engine, data);
    raw = await computeRawFigures(engine, scope);
    shown = await computeFigures(engine, scope);
  });
  const at = (rows: RawFigure[], metric: string, city: string, wijk: string, dim = '', group = '') =>
    rows.find((f) => f.metric === metric && f.city === city && f.wijk_id === wijk && f.dimension === dim && f.group === group);

  it('network invariants: bonding + bridging = 1, E-I = 1 - 2 bonding, pairs add up, r in [-1, 1]', () => {
    let checked = 0;
    for (const f of raw.filter((x) => x.metric === 'bonding_share' && x.value !== null)) {
      const g = (m: string) => at(raw, m, f.city, f.wijk_id, f.dimension)!.value as number;
      expect(g('bonding_share') + g('bridging_share')).toBeCloseTo(1, 12);
      expect(g('ei_index')).toBeCloseTo(1 - 2 * g('bonding_share'), 12);
      expect(g('pairs_within') + g('pairs_between')).toBe(g('pairs'));
      const r = at(raw, 'assortativity', f.city, f.wijk_id, f.dimension)!.value;
      if (r !== null) expect(Math.abs(r)).toBeLessThanOrEqual(1 + 1e-12);
      const mix = raw.filter((x) => x.metric === 'mixing' && x.city === f.city && x.wijk_id === f.wijk_id && x.dimension === f.dimension);
      expect(mix.reduce((s, x) => s + (x.value as number), 0)).toBeCloseTo(1, 12);
      const exp = raw.filter((x) => x.metric === 'mixing_expected' && x.city === f.city && x.wijk_id === f.wijk_id && x.dimension === f.dimension);
      expect(exp.reduce((s, x) => s + (x.value as number), 0)).toBeCloseTo(1, 12);
      checked++;
    }
    expect(checked).toBeGreaterThan(10);
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
      if (people.length < 2 || people.length > scope.cap) continue;
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
    expect(at(raw, 'pairs', 'Aa', '', 'gender')!.value).toBe(T);
    expect(at(raw, 'pairs_within', 'Aa', '', 'gender')!.value).toBe(I);
    expect(at(raw, 'assortativity', 'Aa', '', 'gender')!.value).toBeCloseTo((trace - sa2) / (1 - sa2), 10);
    expect(at(raw, 'mixing', 'Aa', '', 'gender', 'f|m')!.value).toBeCloseTo((e.get('f|m') ?? 0) / tot, 12);
  });

  it('residents add up: wijken to the city, groups (with unknown) to the total, the Venn', () => {
    for (const c of ['Aa', 'Bb']) {
      const city = at(raw, 'participants', c, '')!.value!;
      const wijkSum = raw.filter((f) => f.metric === 'participants' && f.city === c && f.wijk_id !== '' && f.dimension === '').reduce((s, f) => s + f.value!, 0);
      expect(wijkSum).toBe(city);
      for (const d of scope.dimensions) {
        const groupSum = raw.filter((f) => f.metric === 'participants' && f.city === c && f.wijk_id === '' && f.dimension === d).reduce((s, f) => s + f.value!, 0);
        expect(groupSum).toBe(city);
      }
    }
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
      if (gw[0] !== null) expect(gw.reduce((s, x) => s! + x!, 0)).toBeCloseTo(1, 12);
    }
  });

  it('ranges: D, representativeness, heterogeneity, Gini, top-20%', () => {
    for (const f of raw) {
      if (f.value === null) continue;
      if (['dissimilarity', 'representativeness', 'heterogeneity', 'bridging_share', 'bonding_share', 'expected_bridging_share', 'bridged_share', 'jaccard', 'ggw_via_bw', 'partner_hhi', 'involvement_share'].includes(f.metric)) {
        expect(f.value, f.metric).toBeGreaterThanOrEqual(-1e-12);
        expect(f.value, f.metric).toBeLessThanOrEqual(1 + 1e-12);
      }
      if (f.metric === 'gini') expect(f.value).toBeLessThan(1);
      if (f.metric === 'top20_share') expect(f.value).toBeGreaterThan(0);
    }
  });

  it('row shape: every row has a city, the provider of the scope (overlap and signals: all)', () => {
    for (const f of raw) {
      expect(f.city).not.toBe('');
      expect(['all']).toContain(f.provider);
    }
    expect(new Set(raw.map((f) => f.wijk_id))).toEqual(new Set(['A1', 'A2', 'A3', 'B1', 'BONB', 'Aa-ONB', '']));
  });

  it('disclosure: never a person count below k, nothing suppressed carries a value', () => {
    expect(shown.length).toBe(raw.length);
    for (let i = 0; i < raw.length; i++) {
      const r = raw[i];
      const s = shown[i];
      expect(s.metric).toBe(r.metric);
      if (s.suppressed) expect(s.value).toBeNull();
      else expect(s.value).not.toBeNull();
      if (r.isPersonCount && s.value !== null && s.value !== 0) expect(s.value).toBeGreaterThanOrEqual(scope.k); // 0 is nobody: shown
      if (r.basis !== null && r.basis < scope.k && r.sessions === undefined && !r.isPersonCount) expect(s.suppressed).not.toBeNull();
      if (r.sessions !== undefined && (r.sessions < 3 || (r.basis ?? 0) < scope.k)) expect(s.suppressed).not.toBeNull();
    }
    // every breakdown of two cells or more has none or at least two suppressed cells
    // (a breakdown of one cell equals its total, which is then suppressed as well)
    const byKey = new Map<string, number[]>();
    raw.forEach((r, i) => r.breakdown?.split(BREAKDOWN_SEP).forEach((k) => byKey.set(k, [...(byKey.get(k) ?? []), i])));
    expect(byKey.size).toBeGreaterThan(5);
    for (const cells of byKey.values()) {
      if (cells.length > 1) expect(cells.filter((i) => shown[i].suppressed !== null).length).not.toBe(1);
    }
    expect(shown.some((s) => s.suppressed === 'complementary')).toBe(true);
    expect(shown.some((s) => s.suppressed === 'below_k')).toBe(true);
  });

  it('k below 3 is rejected; a higher k suppresses at least as much', async () => {
    await expect(computeFigures(engine, { ...scope, k: 2 })).rejects.toThrow();
    const strict = applyDisclosure(raw, 10);
    const n = (rows: FigureRow[]) => rows.filter((r) => r.suppressed !== null).length;
    expect(n(strict)).toBeGreaterThanOrEqual(n(shown));
  });

  it('provider filters: buurtwerk + ggw participants bound the all figure', async () => {
    const bw = await computeRawFigures(engine, { ...scope, provider: 'buurtwerk' });
    const ggw = await computeRawFigures(engine, { ...scope, provider: 'ggw' });
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
  });
});
