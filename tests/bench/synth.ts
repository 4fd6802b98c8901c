import type { CanonicalData } from '../../src/lib/load/canonical';

/**
 * Synthetic data sets of a given number of participations for the benchmark:
 * deterministic (seeded), shaped like real exports (people attend a few regular
 * activities near home, session sizes from 1 to over the cap, unknown values).
 * Returned both as canonical rows (for the arquero reference) and as CSV files
 * (for the engines, through the real loader).
 */
export function mulberry32(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const AGE = ['0-11', '12-17', '18-24', '25-44', '45-64', '65-79', '80+'];
const GENDER = ['man', 'vrouw', 'x'];
const ORIGIN = ['Belgisch', 'EU', 'niet-EU'];
const DOMAINS = ['meeting', 'leisure', 'health', 'housing', 'language', 'work'];

export function synthesise(participations: number, seed = 7): CanonicalData {
  const rnd = mulberry32(seed);
  const pick = <T>(xs: T[]) => xs[Math.floor(rnd() * xs.length)];
  const cities = [['Aastad', 'A'], ['Bestad', 'B']];
  const wijken: CanonicalData['wijken'] = [];
  for (const [city, code] of cities) for (let i = 1; i <= 20; i++) wijken.push({ wijk_id: `${code}W${String(i).padStart(2, '0')}`, wijk_name: `${city} ${i}`, city });
  const population: CanonicalData['population'] = [];
  for (const w of wijken) {
    const total = 2000 + Math.floor(rnd() * 4000);
    population.push({ wijk_id: w.wijk_id, ref_date: '2024-01-01', dimension: 'total', group: 'total', population: total });
    for (const [dim, groups] of [['age_band', AGE], ['gender', GENDER], ['origin', ORIGIN]] as const) {
      let left = total;
      groups.forEach((g, i) => {
        const n = i === groups.length - 1 ? left : Math.floor(total / groups.length * (0.6 + rnd() * 0.8));
        const v = Math.max(0, Math.min(left, n));
        left -= v;
        population.push({ wijk_id: w.wijk_id, ref_date: '2024-01-01', dimension: dim, group: g, population: v });
      });
    }
  }
  const nPeople = Math.max(50, Math.floor(participations / 8));
  const nActs = Math.max(40, Math.floor(participations / 400));
  const activities: CanonicalData['activities'] = [];
  for (let a = 0; a < nActs; a++) {
    activities.push({
      activity_id: `A${a}`, provider_type: rnd() < 0.6 ? 'buurtwerk' : 'ggw', wijk_id: wijken[a % wijken.length].wijk_id,
      domain: pick(DOMAINS), initiator: rnd() < 0.15 ? 'residents' : 'organisation', partner_organisation: rnd() < 0.5 ? `Partner ${a % 5}` : null
    });
  }
  const participants: CanonicalData['participants'] = [];
  const regular: number[][] = [];
  for (let p = 0; p < nPeople; p++) {
    const home = Math.floor(rnd() * wijken.length);
    participants.push({
      participant_id: `P${p}`, residence_wijk_id: rnd() < 0.03 ? null : wijken[home].wijk_id,
      age_band: rnd() < 0.05 ? null : pick(AGE), gender: rnd() < 0.05 ? null : pick(GENDER), origin: rnd() < 0.05 ? null : pick(ORIGIN)
    });
    const k = 1 + Math.floor(rnd() * 3);
    regular.push(Array.from({ length: k }, () => {
      // Mostly activities located in the home wijk (ids congruent to home mod wijken).
      const near = home + wijken.length * Math.floor(rnd() * Math.ceil(nActs / wijken.length));
      return rnd() < 0.8 && near < nActs ? near : Math.floor(rnd() * nActs);
    }));
  }
  const rows: CanonicalData['participations'] = [];
  const start = Date.UTC(2024, 0, 1);
  const seen = new Set<string>();
  while (rows.length < participations) {
    // A skewed choice of person: a few regulars make many participations.
    const p = Math.floor(nPeople * Math.pow(rnd(), 1.6));
    const a = pick(regular[p]);
    const week = Math.floor(rnd() * 104);
    const date = new Date(start + (week * 7 + (a % 5)) * 86400000).toISOString().slice(0, 10);
    const key = `${p}|${a}|${date}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const r = rnd();
    rows.push({ participant_id: `P${p}`, activity_id: `A${a}`, date, role: r < 0.05 ? 'volunteer' : r < 0.07 ? 'co_organiser' : 'participant' });
  }
  return { wijken, population, participants, activities, participations: rows, signals: [] };
}

/** Canonical rows as CSV files the loader reads. */
export function toCsvFiles(data: CanonicalData): Array<{ name: string; bytes: Uint8Array }> {
  const enc = new TextEncoder();
  const out: Array<{ name: string; bytes: Uint8Array }> = [];
  for (const [name, rows] of Object.entries(data) as Array<[string, Array<Record<string, unknown>>]>) {
    const cols = name === 'participants' ? ['participant_id', 'residence_wijk_id', 'age_band', 'gender', 'origin'] : Object.keys(rows[0] ?? {});
    if (!cols.length) continue;
    const lines = [cols.join(',')];
    for (const r of rows) lines.push(cols.map((c) => (r[c] ?? '') as string).join(','));
    out.push({ name: `${name}.csv`, bytes: enc.encode(lines.join('\n') + '\n') });
  }
  return out;
}
