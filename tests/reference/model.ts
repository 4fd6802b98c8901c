/**
 * Reference implementation, part 1: the derived model every metric family uses, written
 * in plain TypeScript straight from DATA-FORMAT.md, METRICS.md and the derived-view rules
 * documented in src/lib/load/canonical.ts. Slow and obvious on purpose: it is the
 * independent check of the SQL in src/lib/metrics. It shares nothing with src/lib/metrics
 * but the shape of an exported row: its own record keys (node:crypto), its own cell keys
 * and noise table, its own threshold.
 */
import { createHmac } from 'node:crypto';
import type { CanonicalData } from '../../src/lib/load/canonical';
import type { Provider } from '../../src/lib/metrics/types';

/** One scope of the reference: a period, a provider filter and the disclosure settings. */
export interface Scope {
  from: string;
  to: string;
  provider: Provider;
  dimensions: string[];
  k: number;
  cap: number;
  /** The deployment secret; null = no perturbation (n' = n). */
  secret: Uint8Array | null;
}

/**
 * A figure before the threshold: its value from perturbed counts, and what decides whether
 * it is shown (METRICS.md, Disclosure control): a count of persons, a share/rate/index with
 * the smallest perturbed count it rests on, a network figure (persons and sessions), or a
 * figure about no person at all.
 */
export interface RefFigure {
  city: string;
  wijk_id: string;
  provider: Provider;
  dimension: string;
  group: string;
  metric: string;
  value: number | null;
  kind: 'count' | 'share' | 'network' | 'public';
  basis: number | null;
  sessions?: number;
  /** Not available by its nature (no population, the first month of the data, ...). */
  na?: boolean;
}

export const RESIDENCE = 'residence_wijk';
export const UNKNOWN = 'unknown';

// ---------------------------------------------------------------- months and days

/** 'YYYY-MM' -> months since year 0. */
export function monthIndex(ym: string): number {
  const [y, m] = ym.slice(0, 7).split('-').map(Number);
  return y * 12 + (m - 1);
}

export function monthString(idx: number): string {
  const y = Math.floor(idx / 12);
  const m = (idx % 12) + 1;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}`;
}

/** Last day of month 'YYYY-MM' as 'YYYY-MM-DD'. */
export function lastDayOf(ym: string): string {
  const [y, m] = ym.split('-').map(Number);
  const d = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return `${ym}-${String(d).padStart(2, '0')}`;
}

/** Whole days from a to b ('YYYY-MM-DD'). */
export function daysBetween(a: string, b: string): number {
  const ta = Date.UTC(+a.slice(0, 4), +a.slice(5, 7) - 1, +a.slice(8, 10));
  const tb = Date.UTC(+b.slice(0, 4), +b.slice(5, 7) - 1, +b.slice(8, 10));
  return Math.round((tb - ta) / 86_400_000);
}

export function inPeriod(date: string, from: string, to: string): boolean {
  const m = date.slice(0, 7);
  return m >= from && m <= to;
}

export function isUnknown(v: unknown): boolean {
  return v === null || v === undefined || v === '';
}

export function median(xs: number[]): number | null {
  if (xs.length === 0) return null;
  const s = [...xs].sort((a, b) => a - b);
  const h = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? s[h] : (s[h - 1] + s[h]) / 2;
}

// ---------------------------------------------------------------- the model

export interface Wijk {
  wijk_id: string;
  city: string;
  locationUnknown: boolean;
}

/** One participation joined with its activity (the `sessions` view of canonical.ts, rebuilt). */
export interface Att {
  participant_id: string;
  activity_id: string;
  date: string;
  month: string;
  role: string;
  provider: 'buurtwerk' | 'ggw';
  wijk_id: string; // where the activity is
  city: string; // city of that wijk
  domain: string | null;
  initiator: string | null;
  partner: string | null;
}

export interface Model {
  data: CanonicalData;
  scope: Scope;
  wijkAll: Wijk[];
  wijkById: Map<string, Wijk>;
  cities: string[];
  /** participant -> home wijk (resident perspective); absent = nowhere (no residence, no participations). */
  home: Map<string, string>;
  /** participant -> residence wijk as known (network dimension 'residence_wijk'); absent = unknown. */
  residenceKnown: Map<string, string>;
  participant: Map<string, Record<string, unknown>>;
  atts: Att[];
  /** First month with any participation in the data set ('' when there is none). */
  firstMonth: string;
  endDate: string;
  /** Record key of each participant (0 without a secret). */
  rk: Map<string, number>;
}

export function matchesProvider(p: Provider, t: 'buurtwerk' | 'ggw'): boolean {
  return p === 'all' || p === t;
}

export function buildModel(data: CanonicalData, scope: Scope): Model {
  // wijk_all: every wijk, plus per city without a wijk whose id ends in ONB a synthetic `<city>-ONB`.
  const wijkAll: Wijk[] = data.wijken.map((w) => ({ wijk_id: w.wijk_id, city: w.city, locationUnknown: w.wijk_id.endsWith('ONB') }));
  const cities = [...new Set(data.wijken.map((w) => w.city))].sort();
  for (const c of cities) {
    if (!wijkAll.some((w) => w.city === c && w.locationUnknown)) wijkAll.push({ wijk_id: `${c}-ONB`, city: c, locationUnknown: true });
  }
  const wijkById = new Map(wijkAll.map((w) => [w.wijk_id, w]));
  const unknownWijkOf = (city: string) => wijkAll.find((w) => w.city === city && w.locationUnknown)!.wijk_id;

  const actById = new Map(data.activities.map((a) => [a.activity_id, a]));
  const atts: Att[] = [];
  for (const pp of data.participations) {
    const a = actById.get(pp.activity_id);
    if (!a) continue;
    const w = wijkById.get(a.wijk_id);
    if (!w) continue; // an activity must be located in a known wijk
    atts.push({
      participant_id: pp.participant_id,
      activity_id: pp.activity_id,
      date: pp.date,
      month: pp.date.slice(0, 7),
      role: isUnknown(pp.role) ? 'participant' : String(pp.role),
      provider: a.provider_type,
      wijk_id: a.wijk_id,
      city: w.city,
      domain: isUnknown(a.domain) ? null : String(a.domain),
      initiator: isUnknown(a.initiator) ? null : String(a.initiator),
      partner: isUnknown(a.partner_organisation) ? null : String(a.partner_organisation)
    });
  }

  const participant = new Map<string, Record<string, unknown>>();
  for (const p of data.participants) participant.set(p.participant_id, p);

  // Home: a known residence wijk (in wijken, not a location-unknown one); otherwise the unknown
  // wijk of the city where most of the person's participations are (ties: alphabetically first city).
  const home = new Map<string, string>();
  const residenceKnown = new Map<string, string>();
  for (const p of data.participants) {
    const r = p.residence_wijk_id;
    const w = isUnknown(r) ? undefined : wijkById.get(String(r));
    if (w && !w.locationUnknown) {
      home.set(p.participant_id, w.wijk_id);
      residenceKnown.set(p.participant_id, w.wijk_id);
      continue;
    }
    const perCity = new Map<string, number>();
    for (const a of atts) if (a.participant_id === p.participant_id) perCity.set(a.city, (perCity.get(a.city) ?? 0) + 1);
    let best: string | null = null;
    for (const [c, n] of perCity) {
      if (best === null || n > perCity.get(best)! || (n === perCity.get(best)! && c < best)) best = c;
    }
    if (best !== null) home.set(p.participant_id, unknownWijkOf(best));
  }

  let firstMonth = '';
  for (const pp of data.participations) {
    const m = pp.date.slice(0, 7);
    if (firstMonth === '' || m < firstMonth) firstMonth = m;
  }

  const rk = new Map<string, number>();
  for (const p of data.participants) rk.set(p.participant_id, scope.secret ? recordKey(scope.secret, p.participant_id) : 0);

  return { data, scope, wijkAll, wijkById, cities, home, residenceKnown, participant, atts, firstMonth, endDate: lastDayOf(scope.to), rk };
}

/** METRICS.md: the first 4 bytes of HMAC-SHA-256(secret, id as UTF-8), big-endian. */
export function recordKey(secret: Uint8Array, id: string): number {
  return createHmac('sha256', secret).update(id, 'utf8').digest().readUInt32BE(0);
}

/**
 * The perturbed count of a set of persons: n = 0 stays 0; otherwise the cell key
 * ck = (sum of rk mod 2^32) / 2^32 picks d from the cumulative probabilities
 * 0.1, 0.3, 0.7, 0.9, 1.0 (-2, -1, 0, +1, +2) and n' = max(0, n + d).
 */
export function perturbedCount(m: Model, ids: Iterable<string>): number {
  let n = 0;
  let sum = 0n;
  for (const id of ids) {
    n += 1;
    sum += BigInt(m.rk.get(id) ?? 0);
  }
  if (n === 0 || !m.scope.secret) return n;
  const ck = Number(sum % 4294967296n) / 4294967296;
  const d = ck < 0.1 ? -2 : ck < 0.3 ? -1 : ck < 0.7 ? 0 : ck < 0.9 ? 1 : 2;
  return Math.max(0, n + d);
}

/** The value of dimension d for participant id: a group, or null when unknown. */
export function groupOf(m: Model, id: string, d: string): string | null {
  if (d === RESIDENCE) return m.residenceKnown.get(id) ?? null;
  const p = m.participant.get(id);
  if (!p) return null;
  const v = p[d];
  return isUnknown(v) ? null : String(v);
}

/** A unit of analysis: one wijk of wijk_all, or a whole city (wijk_id ''). */
export interface Unit {
  city: string;
  wijk_id: string;
  /** The wijken of wijk_all this unit covers. */
  wijken: Set<string>;
}

export function units(m: Model): Unit[] {
  const out: Unit[] = [];
  for (const c of m.cities) {
    const ws = m.wijkAll.filter((w) => w.city === c);
    out.push({ city: c, wijk_id: '', wijken: new Set(ws.map((w) => w.wijk_id)) });
    for (const w of ws) out.push({ city: c, wijk_id: w.wijk_id, wijken: new Set([w.wijk_id]) });
  }
  return out;
}

/** A figure; a null or non-finite value stays null (not available unless the threshold hides it first). */
export function fig(
  u: { city: string; wijk_id: string },
  provider: Provider,
  dimension: string,
  group: string,
  metric: string,
  value: number | null,
  kind: RefFigure['kind'],
  basis: number | null = null,
  extra: Partial<RefFigure> = {}
): RefFigure {
  return {
    city: u.city,
    wijk_id: u.wijk_id,
    provider,
    dimension,
    group,
    metric,
    value: value === null || !Number.isFinite(value) ? null : value,
    kind,
    basis,
    ...extra
  };
}

/** a / b, or null when b is 0. */
export function ratio(a: number, b: number): number | null {
  return b === 0 ? null : a / b;
}

/** A share of perturbed counts, kept in [0, 1]. */
export function shareOf(a: number, b: number): number | null {
  const r = ratio(a, b);
  return r === null ? null : Math.min(1, Math.max(0, r));
}
