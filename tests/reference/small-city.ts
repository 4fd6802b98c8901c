/**
 * Small synthetic cities for the disclosure audit (tests/audit): many wijken under 500
 * residents, groups of 1-4 people, 24 months, so that most monthly counts are small and
 * the published figures are full of "<k" cells linked by every relation an attacker can
 * use. Seeded and clock-free: the same options give the same data.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CanonicalData } from '../../src/lib/load/canonical';

/** Which small city: the seed decides everything else. */
export interface SmallCityOptions {
  seed: number;
  /** Number of wijken (default 12). */
  wijken?: number;
  /** Last month of the data (default 2026-06); the data covers the 24 months up to it. */
  end?: string;
  city?: string;
}

const AGE = ['0-17', '18-34', '35-64', '65+'];
const AGE_SHARE = [0.2, 0.25, 0.38, 0.17];
const GENDER = ['man', 'vrouw', 'x'];
const GENDER_SHARE = [0.49, 0.49, 0.02];
const ORIGIN = ['BE', 'EU', 'nonEU'];
const ORIGIN_SHARE = [0.75, 0.12, 0.13];
const DOMAINS = ['ontmoeting', 'vrije tijd', 'gezondheid', 'taal'];

/** mulberry32: a small seeded PRNG, enough for test data. */
function rng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: <T>(xs: readonly T[], weights?: readonly number[]): T => {
      if (!weights) return xs[Math.floor(next() * xs.length)];
      let r = next() * weights.reduce((s, w) => s + w, 0);
      for (let i = 0; i < xs.length; i++) if ((r -= weights[i]) < 0) return xs[i];
      return xs[xs.length - 1];
    }
  };
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

function months(end: string, n: number): string[] {
  const e = Number(end.slice(0, 4)) * 12 + Number(end.slice(5, 7)) - 1;
  return Array.from({ length: n }, (_, i) => {
    const m = e - n + 1 + i;
    return `${Math.floor(m / 12)}-${pad((m % 12) + 1)}`;
  });
}

/** Split a total over groups by shares, with a little noise, the remainder to the largest. */
function split(total: number, shares: number[], r: ReturnType<typeof rng>): number[] {
  const out = shares.map((s) => Math.max(0, Math.round(total * s * (0.8 + 0.4 * r.next()))));
  const diff = total - out.reduce((a, b) => a + b, 0);
  const big = out.indexOf(Math.max(...out));
  out[big] = Math.max(0, out[big] + diff);
  return out;
}

/** A small city as canonical tables, from its seed alone. */
export function smallCity(o: SmallCityOptions): CanonicalData {
  const r = rng(o.seed);
  const city = o.city ?? 'Kleindorp';
  const nW = o.wijken ?? 12;
  const ms = months(o.end ?? '2026-06', 24);
  const wijken = Array.from({ length: nW }, (_, i) => ({ wijk_id: `KD${pad(i + 1)}`, wijk_name: `Wijk ${i + 1}`, city }));
  const population: CanonicalData['population'] = [];
  const sizes = wijken.map(() => r.int(120, 480));
  const refDates = [`${ms[0].slice(0, 4)}-01-01`, `${Number(ms[0].slice(0, 4)) + 1}-01-01`];
  wijken.forEach((w, i) => {
    refDates.forEach((date, j) => {
      const total = sizes[i] + j * r.int(-10, 10);
      population.push({ wijk_id: w.wijk_id, ref_date: date, dimension: 'total', group: 'total', population: total });
      for (const [dim, groups, shares] of [['age_band', AGE, AGE_SHARE], ['gender', GENDER, GENDER_SHARE], ['origin', ORIGIN, ORIGIN_SHARE]] as const) {
        split(total, [...shares], r).forEach((n, g) => population.push({ wijk_id: w.wijk_id, ref_date: date, dimension: dim, group: groups[g], population: n }));
      }
    });
  });

  // Activities: buurtwerk in most wijken, GGW in every other; a weekly session on a fixed weekday.
  const activities: CanonicalData['activities'] = [];
  wijken.forEach((w, i) => {
    if (i % 5 !== 4) activities.push({ activity_id: `BW${pad(i + 1)}`, provider_type: 'buurtwerk', wijk_id: w.wijk_id, organisation: 'Buurtwerk vzw', domain: r.pick(DOMAINS), initiator: r.next() < 0.2 ? 'residents' : 'organisation' });
    if (i % 2 === 0) activities.push({ activity_id: `GW${pad(i + 1)}`, provider_type: 'ggw', wijk_id: w.wijk_id, organisation: 'Stad', domain: r.pick(DOMAINS), initiator: 'organisation', partner_organisation: r.pick(['Partner A', 'Partner B']) });
  });
  const byWijk = new Map<string, string[]>();
  for (const a of activities) byWijk.set(a.wijk_id, [...(byWijk.get(a.wijk_id) ?? []), a.activity_id]);
  const sessionDays = new Map<string, string[]>(); // activity -> dates
  for (const a of activities) {
    const day = r.int(1, 7);
    const dates: string[] = [];
    for (const m of ms) {
      const summer = m.endsWith('-07') || m.endsWith('-08');
      for (let d = day; d <= 28; d += 7) if (!summer || r.next() < 0.3) dates.push(`${m}-${pad(d)}`);
    }
    sessionDays.set(a.activity_id, dates);
  }

  // Participants: a few per cent of each wijk, some without residence, some unknown values.
  const participants: CanonicalData['participants'] = [];
  const participations: CanonicalData['participations'] = [];
  let pid = 0;
  const addPerson = (home: string | null, count: number) => {
    for (let j = 0; j < count; j++) {
      const id = `K${pad(++pid, 5)}`;
      participants.push({
        participant_id: id,
        residence_wijk_id: home,
        age_band: r.next() < 0.08 ? null : r.pick(AGE, AGE_SHARE),
        gender: r.next() < 0.05 ? null : r.pick(GENDER, GENDER_SHARE),
        origin: r.next() < 0.12 ? null : r.pick(ORIGIN, ORIGIN_SHARE)
      });
      // One or two activities, mostly near home; an active spell of some months; attends a share of the sessions.
      const near = home ? (byWijk.get(home) ?? []) : [];
      const mine = new Set<string>();
      mine.add(near.length && r.next() < 0.8 ? r.pick(near) : r.pick(activities).activity_id);
      if (r.next() < 0.35) mine.add(r.pick(activities).activity_id);
      const start = r.int(0, ms.length - 1);
      const length = r.int(1, 18);
      const q = 0.15 + 0.5 * r.next();
      const role = r.next() < 0.08 ? 'volunteer' : 'participant';
      for (const a of mine) {
        for (const date of sessionDays.get(a)!) {
          const mi = ms.indexOf(date.slice(0, 7));
          if (mi < start || mi >= start + length || r.next() > q) continue;
          participations.push({ participant_id: id, activity_id: a, date, role });
        }
      }
    }
  };
  wijken.forEach((w, i) => addPerson(w.wijk_id, Math.max(3, Math.round(sizes[i] * (0.03 + 0.06 * r.next())))));
  addPerson(null, Math.round(nW * 0.8));
  return { wijken, population, participants, activities, participations };
}

const csvCell = (v: unknown) => (v === null || v === undefined ? '' : String(v));

/** Write the data as an export folder of CSV files (the loader's canonical column names). */
export function writeExport(data: CanonicalData, dir: string): void {
  mkdirSync(dir, { recursive: true });
  const write = (name: string, columns: string[], rows: ReadonlyArray<Record<string, unknown>>) =>
    writeFileSync(join(dir, `${name}.csv`), [columns.join(','), ...rows.map((row) => columns.map((c) => csvCell(row[c])).join(','))].join('\n') + '\n');
  write('wijken', ['wijk_id', 'wijk_name', 'city'], data.wijken);
  write('population', ['wijk_id', 'ref_date', 'dimension', 'group', 'population'], data.population);
  write('participants', ['participant_id', 'residence_wijk_id', 'age_band', 'gender', 'origin'], data.participants);
  write('activities', ['activity_id', 'provider_type', 'wijk_id', 'organisation', 'domain', 'initiator', 'partner_organisation'], data.activities);
  write('participations', ['participant_id', 'activity_id', 'date', 'role'], data.participations);
}
