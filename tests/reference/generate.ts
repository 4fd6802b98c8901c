/**
 * Random small canonical data sets and scopes for the property tests: 1-2 cities, 1-4
 * wijken (sometimes a real location-unknown wijk `<city>ONB`), 2-3 groups per dimension,
 * unknown values, unknown and invalid residences, sessions of one person and sessions over
 * a small cap, empty periods, populations dated before and after the period, signals.
 */
import fc from 'fast-check';
import type { CanonicalData } from '../../src/lib/load/canonical';
import type { Provider } from '../../src/lib/metrics/types';
import type { Scope } from './model';

const CITIES = ['Aa', 'Bb'];
const MONTHS = ['2025-01', '2025-02', '2025-03', '2025-04', '2025-05', '2025-06'];
const POP_DATES = ['2024-07-01', '2025-03-01', '2025-09-01'];
const AGE = ['young', 'mid', 'old'];
const GENDER = ['f', 'm'];
const DOMAINS = ['meeting', 'leisure', 'health', null];
const INITIATORS = ['residents', 'organisation', null];
const PARTNERS = ['X', 'Y', 'Z', null];
const ROLES = ['participant', 'volunteer', 'co_organiser', null, ''];
const SOURCES = ['buurtwerk', 'ggw', 'residents'];
const THEMES = ['housing', 'safety', null];

const pick = <T>(xs: readonly T[], i: number): T => xs[i % xs.length];
const day = (d: number) => String(d).padStart(2, '0');

export const arbSpec = fc.record({
  nCities: fc.integer({ min: 1, max: 2 }),
  wijkCounts: fc.tuple(fc.integer({ min: 1, max: 2 }), fc.integer({ min: 1, max: 2 })),
  realOnb: fc.tuple(fc.boolean(), fc.boolean()),
  ageGroups: fc.integer({ min: 2, max: 3 }),
  participants: fc.array(
    fc.record({ res: fc.nat(20), age: fc.nat(20), gender: fc.nat(20) }),
    { minLength: 2, maxLength: 16 }
  ),
  activities: fc.array(
    fc.record({ ggw: fc.boolean(), wijk: fc.nat(20), domain: fc.nat(10), initiator: fc.nat(10), partner: fc.nat(10) }),
    { minLength: 1, maxLength: 5 }
  ),
  sessions: fc.array(
    fc.record({
      act: fc.nat(20),
      month: fc.nat(MONTHS.length - 1),
      day: fc.integer({ min: 1, max: 28 }),
      people: fc.array(fc.nat(20), { minLength: 1, maxLength: 9 }),
      roles: fc.array(fc.nat(20), { maxLength: 7 })
    }),
    { maxLength: 18 }
  ),
  population: fc.array(
    fc.record({
      wijk: fc.nat(20),
      date: fc.nat(POP_DATES.length - 1),
      total: fc.integer({ min: 0, max: 300 }),
      groups: fc.array(fc.integer({ min: 0, max: 120 }), { minLength: 5, maxLength: 5 })
    }),
    { maxLength: 5 }
  ),
  signals: fc.array(
    fc.record({
      wijk: fc.nat(20),
      month: fc.nat(MONTHS.length - 1),
      day: fc.integer({ min: 1, max: 28 }),
      source: fc.nat(10),
      theme: fc.nat(10),
      answeredAfter: fc.option(fc.nat(60))
    }),
    { maxLength: 4 }
  )
});

export type Spec = typeof arbSpec extends fc.Arbitrary<infer T> ? T : never;

export function buildData(s: Spec): CanonicalData {
  const wijken: CanonicalData['wijken'] = [];
  const wijkAllIds: string[] = [];
  for (let c = 0; c < s.nCities; c++) {
    const city = CITIES[c];
    for (let i = 1; i <= s.wijkCounts[c]; i++) wijken.push({ wijk_id: `${city}${i}`, wijk_name: `${city} ${i}`, city });
    if (s.realOnb[c]) wijken.push({ wijk_id: `${city}ONB`, wijk_name: `${city} onbekend`, city });
    wijkAllIds.push(...wijken.filter((w) => w.city === city).map((w) => w.wijk_id));
    if (!s.realOnb[c]) wijkAllIds.push(`${city}-ONB`);
  }
  const realIds = wijken.map((w) => w.wijk_id);
  const populatedIds = realIds.filter((id) => !id.endsWith('ONB'));

  const ages = AGE.slice(0, s.ageGroups);
  const participants: CanonicalData['participants'] = s.participants.map((p, i) => ({
    participant_id: `p${i + 1}`,
    // residence: a wijk (possibly a location-unknown one), none, empty, or one the wijken table lacks
    residence_wijk_id: pick([...realIds, null, '', 'ZZ9'], p.res),
    age: pick([...ages, null], p.age),
    gender: pick([...GENDER, null, ''], p.gender)
  }));

  const activities: CanonicalData['activities'] = s.activities.map((a, i) => ({
    activity_id: `a${i + 1}`,
    provider_type: a.ggw ? 'ggw' : 'buurtwerk',
    wijk_id: pick(wijkAllIds, a.wijk),
    domain: pick(DOMAINS, a.domain),
    initiator: pick(INITIATORS, a.initiator),
    partner_organisation: pick(PARTNERS, a.partner)
  }));

  const seen = new Set<string>();
  const participations: CanonicalData['participations'] = [];
  for (const x of s.sessions) {
    const act = activities[x.act % activities.length].activity_id;
    const date = `${MONTHS[x.month]}-${day(x.day)}`;
    x.people.forEach((pi, j) => {
      const pid = participants[pi % participants.length].participant_id;
      const key = `${pid}|${act}|${date}`;
      if (seen.has(key)) return; // the loader merges duplicates; clean rows only
      seen.add(key);
      participations.push({ participant_id: pid, activity_id: act, date, role: pick(ROLES, x.roles[j] ?? 0) });
    });
  }

  const population: CanonicalData['population'] = [];
  const popSeen = new Set<string>();
  if (populatedIds.length > 0) {
    for (const p of s.population) {
      const w = pick(populatedIds, p.wijk);
      const ref = POP_DATES[p.date];
      if (popSeen.has(`${w}|${ref}`)) continue;
      popSeen.add(`${w}|${ref}`);
      population.push({ wijk_id: w, ref_date: ref, dimension: 'total', group: 'total', population: p.total });
      ages.forEach((g, i) => population.push({ wijk_id: w, ref_date: ref, dimension: 'age', group: g, population: p.groups[i] }));
      GENDER.forEach((g, i) => population.push({ wijk_id: w, ref_date: ref, dimension: 'gender', group: g, population: p.groups[3 + i] }));
    }
  }

  const signals: NonNullable<CanonicalData['signals']> = s.signals.map((g, i) => {
    const raised = `${MONTHS[g.month]}-${day(g.day)}`;
    let answered: string | null = null;
    if (g.answeredAfter !== null) {
      const d = new Date(Date.UTC(+raised.slice(0, 4), +raised.slice(5, 7) - 1, +raised.slice(8, 10) + g.answeredAfter));
      answered = d.toISOString().slice(0, 10);
    }
    return {
      signal_id: `s${i + 1}`,
      wijk_id: pick(realIds, g.wijk),
      date_raised: raised,
      source: pick(SOURCES, g.source),
      theme: pick(THEMES, g.theme),
      date_answered: answered
    };
  });

  return { wijken, population, participants, activities, participations, signals };
}

const SCOPE_MONTHS = ['2024-12', ...MONTHS, '2025-07'];

/** A period of SCOPE_MONTHS (some before, some after the data), as months 'YYYY-MM'. */
export const arbPeriod = fc
  .record({ from: fc.nat(SCOPE_MONTHS.length - 1), len: fc.constantFrom(1, 1, 2, 3, 12) })
  .map(({ from, len }) => {
    const f = SCOPE_MONTHS[from];
    const [y, m] = f.split('-').map(Number);
    const toIdx = y * 12 + (m - 1) + len - 1;
    return { from: f, to: `${Math.floor(toIdx / 12)}-${String((toIdx % 12) + 1).padStart(2, '0')}` };
  });

/** The settings of a computation: dimensions, cap, k and the secret (null: no perturbation). */
export const arbSettings = fc.record({
  dimensions: fc.constantFrom<string[][]>(['age', 'gender'], ['age'], ['gender'], []),
  cap: fc.constantFrom(5, 3, 40),
  k: fc.constantFrom(3, 3, 5),
  secret: fc.option(fc.uint8Array({ minLength: 1, maxLength: 12 }), { freq: 3 })
});

export const arbScope: fc.Arbitrary<Scope> = fc
  .record({ period: arbPeriod, provider: fc.constantFrom<Provider>('all', 'buurtwerk', 'ggw'), settings: arbSettings })
  .map(({ period, provider, settings }) => ({ ...period, provider, ...settings, dimensions: [...settings.dimensions] }));

/**
 * Perfectly segregated attendance on dimension 'age': every session of the one activity
 * (in wijk W1, March 2025) holds people of a single age group only.
 */
export const arbSegregated = fc
  .array(fc.record({ group: fc.nat(2), size: fc.integer({ min: 2, max: 4 }) }), { minLength: 1, maxLength: 6 })
  .map((sessions) => {
    const participants: CanonicalData['participants'] = [];
    const participations: CanonicalData['participations'] = [];
    const seen = new Set<string>();
    sessions.forEach((s, k) => {
      const date = `2025-03-${day(k + 1)}`; // one date per session: sessions never merge
      for (let i = 0; i < s.size; i++) {
        const id = `${AGE[s.group]}${i}`;
        if (!participants.some((p) => p.participant_id === id)) participants.push({ participant_id: id, residence_wijk_id: 'W1', age: AGE[s.group] });
        if (seen.has(`${id}|${date}`)) continue;
        seen.add(`${id}|${date}`);
        participations.push({ participant_id: id, activity_id: 'a1', date });
      }
    });
    const data: CanonicalData = {
      wijken: [{ wijk_id: 'W1', wijk_name: 'W', city: 'Cc' }],
      population: [],
      participants,
      activities: [{ activity_id: 'a1', provider_type: 'buurtwerk', wijk_id: 'W1' }],
      participations
    };
    return data;
  });
