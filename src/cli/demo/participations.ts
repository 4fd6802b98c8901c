import { PLANTED, SESSION_CAP } from './config';
import type { Activity, Tilt } from './activities';
import { isSummer, type Day, type Month } from './calendar';
import type { Enrollment, People, Person, Role } from './people';
import type { Rng } from './prng';

export interface Participation {
  person: Person;
  activity: Activity;
  day: Day;
  role: Role;
}

const DAYS_PER_MONTH = 30.44;
/** Share of an activity's list that arrives new each month; keeps lists about steady. */
const TURNOVER = 0.24;
/** Calibrates the total to about 200,000 participations at scale 1. */
const SIZE = 0.93;
/** Sessions are kept a little under the cap so only street parties cross it. */
const REGULAR_SESSION_MAX = SESSION_CAP - 2;

interface Pools {
  bw: Person[];
  ggw: Person[];
  inBw: Set<Person>;
  inGgw: Set<Person>;
}

interface Ctx {
  rng: Rng;
  people: People;
  months: Month[];
  scale: number;
  pools: Pools;
  /** Enrollments per activity, in the order made. */
  lists: Map<Activity, Enrollment[]>;
}

/** Tenure and regularity of someone joining an activity. */
interface Kind {
  months: number;
  p: number;
  maxSessions: number;
}

/**
 * Wijken where people stay long: where newcomers dry up (the same faces keep coming),
 * and where area-based work recruits among buurtwerk's regulars (who must still be there).
 */
function longStays(wijkId: string): boolean {
  return wijkId === PLANTED.newcomersDryUp || wijkId === PLANTED.viaBwHigh;
}

function newcomerKind(rng: Rng, wijkId: string): Kind {
  const r = rng.next();
  if (wijkId === PLANTED.concentration) {
    // Around the core only passers-by: a session or two, or now and then for a few months.
    return r < 0.7 ? { months: 2, p: 0.3, maxSessions: rng.int(1, 2) } : { months: rng.int(3, 8), p: 0.12, maxSessions: Infinity };
  }
  const long = longStays(wijkId);
  if (r < 0.2) return { months: 2, p: 0.5, maxSessions: rng.chance(0.6) ? 1 : rng.int(2, 3) };
  if (r < 0.55 && !long) return { months: rng.int(1, 4), p: rng.uniform(0.5, 0.8), maxSessions: Infinity };
  return { months: long ? rng.int(12, 30) : rng.int(4, 12), p: rng.uniform(0.6, 0.9), maxSessions: Infinity };
}

/** People already on the list when the data start: what is left of their stay. */
function initialKind(rng: Rng, wijkId: string): Kind {
  if (longStays(wijkId)) return { months: rng.int(6, 30), p: rng.uniform(0.6, 0.9), maxSessions: Infinity };
  if (rng.chance(0.3)) return { months: rng.int(1, 4), p: rng.uniform(0.5, 0.8), maxSessions: Infinity };
  return { months: rng.int(1, 12), p: rng.uniform(0.6, 0.9), maxSessions: Infinity };
}

/** Monthly arrivals relative to normal; the planted wijk stops attracting newcomers. */
function arrivalFactor(wijkId: string, monthIndex: number, monthCount: number): number {
  // People stay long there (see longStays); more arrivals keep its newcomer share ordinary.
  if (wijkId === PLANTED.viaBwHigh) return 1.4;
  if (wijkId !== PLANTED.newcomersDryUp) return 1;
  const fromEnd = monthCount - 1 - monthIndex;
  if (fromEnd <= 6) return 0;
  if (fromEnd <= 9) return 0.4;
  return 1;
}

function enrol(ctx: Ctx, person: Person, a: Activity, start: Day, kind: Kind, role: Role): Enrollment {
  const last = a.sessions[a.sessions.length - 1];
  const p = a.frequency === 'monthly' ? Math.min(0.95, kind.p + 0.1) : kind.p;
  const e: Enrollment = {
    person,
    activity: a,
    start,
    end: Math.min(last, Math.round(start + kind.months * DAYS_PER_MONTH)),
    p,
    role,
    maxSessions: kind.maxSessions,
    attended: 0
  };
  person.enrollments.push(e);
  const list = ctx.lists.get(a) ?? [];
  list.push(e);
  ctx.lists.set(a, list);
  addToPool(ctx.pools, person, a);
  return e;
}

/** Residents who took part in a wijk's activities, by provider: who the next activity can draw on. */
function addToPool(pools: Pools, person: Person, a: Activity): void {
  if (person.home !== a.wijk_id) return;
  if (a.provider_type === 'buurtwerk' && !pools.inBw.has(person)) {
    pools.inBw.add(person);
    pools.bw.push(person);
  }
  if (a.provider_type === 'ggw' && !pools.inGgw.has(person)) {
    pools.inGgw.add(person);
    pools.ggw.push(person);
  }
}

/** Volunteers skew adult: children do not run activities. */
function staffTilt(a: Activity): Tilt {
  const age = a.tilt.age_band ?? [1, 1, 1, 1, 1, 1, 1];
  const adult = [0, 0.3, 1, 1, 1, 1, 0.4];
  const tilted = age.map((x, i) => x * adult[i]);
  return { ...a.tilt, age_band: tilted.some((x) => x > 0) ? tilted : adult };
}

function enrolStaff(ctx: Ctx, a: Activity): void {
  const { rng } = ctx;
  if (a.wijk_id === PLANTED.concentration) return; // the core runs everything there
  const first = a.sessions[0];
  const whole: Kind = { months: 1000, p: 0.9, maxSessions: Infinity };
  const volunteers = a.provider_type === 'buurtwerk' ? rng.int(1, 2) : rng.chance(0.3) ? 1 : 0;
  const coOrganisers = a.initiator === 'residents' ? rng.int(2, 3) : 0;
  for (let i = 0; i < volunteers + coOrganisers; i++) {
    // Area-based work in the planted "via buurtwerk" wijk finds its volunteers among buurtwerk's people too.
    const fromBw = a.provider_type === 'ggw' && a.wijk_id === PLANTED.viaBwHigh ? 1 : 0.3;
    const person = (rng.chance(fromBw) ? ctx.people.reuse(ctx.pools.bw, a) : null) ?? ctx.people.create(a, staffTilt(a));
    enrol(ctx, person, a, first, whole, i < volunteers ? 'volunteer' : 'co_organiser');
  }
}

/**
 * Someone known who joins activity `a` at `start`, and the day they actually start.
 * Area-based work in the planted "via buurtwerk" wijk recruits among buurtwerk's
 * current regulars, after they came to buurtwerk (gateway: BW first).
 */
function recruit(ctx: Ctx, a: Activity, start: Day): { person: Person; start: Day; until?: Day } | null {
  const { rng, people, pools } = ctx;
  const wijk = a.wijk_id;
  if (wijk === PLANTED.concentration) return null;
  if (a.provider_type === 'buurtwerk') {
    if (!rng.chance(0.2)) return null;
    const p = people.reuse(pools.bw, a);
    return p ? { person: p, start } : null;
  }
  if (wijk === PLANTED.viaBwHigh) {
    if (!rng.chance(0.95)) return null;
    const bwSpell = (p: Person) => p.enrollments.find((e) => e.activity.provider_type === 'buurtwerk' && e.end > start + 90);
    const p = people.reuse(pools.bw, a, (c) => bwSpell(c) !== undefined);
    if (!p) return null;
    // They stop coming to area-based work when they leave buurtwerk.
    const spell = bwSpell(p)!;
    return { person: p, start: Math.max(start, spell.start + rng.int(14, 90)), until: spell.end };
  }
  // A few shared people where the two work apart: enough to pass disclosure control, far below elsewhere.
  if (!rng.chance(wijk === PLANTED.viaBwLow ? 0.1 : 0.35)) return null;
  const p = people.reuse(pools.bw, a);
  return p ? { person: p, start } : null;
}

function enrolPublic(ctx: Ctx, a: Activity): void {
  const { rng, months, scale } = ctx;
  const first = a.sessions[0];
  const last = a.sessions[a.sessions.length - 1];
  const join = (start: Day, kind: Kind) => {
    const known = recruit(ctx, a, start);
    if (known && known.start <= Math.min(last, known.until ?? last)) {
      const e = enrol(ctx, known.person, a, known.start, kind, 'participant');
      if (known.until !== undefined) e.end = Math.min(e.end, known.until);
    }
    else enrol(ctx, ctx.people.create(a), a, start, kind, 'participant');
  };
  if (a.wijk_id !== PLANTED.concentration) {
    const n0 = rng.poisson(a.roster * scale * SIZE);
    for (let i = 0; i < n0; i++) join(first, initialKind(rng, a.wijk_id));
  }
  for (const m of months) {
    if (m.first <= first || m.first > last) continue;
    const n = rng.poisson(a.roster * scale * SIZE * TURNOVER * arrivalFactor(a.wijk_id, m.index, months.length));
    for (let i = 0; i < n; i++) join(rng.int(m.first, m.last), newcomerKind(rng, a.wijk_id));
  }
}

/** The planted concentration wijk: a small core of regulars in three activities each, all period. */
function enrolCore(ctx: Ctx, activities: Activity[]): void {
  const { rng, people, scale } = ctx;
  const size = Math.max(3, Math.round(16 * scale));
  for (let i = 0; i < size; i++) {
    const picks = rng.shuffle([...activities]).slice(0, 3);
    const person = people.create(picks[0]);
    person.home = picks[0].wijk_id;
    person.residence = picks[0].wijk_id;
    picks.forEach((a, k) =>
      enrol(ctx, person, a, a.sessions[0], { months: 1000, p: 0.93, maxSessions: Infinity }, i < 4 && k === 0 ? 'volunteer' : 'participant')
    );
  }
}

function isStaff(e: Enrollment): boolean {
  return e.role !== 'participant';
}

/** Drop random ordinary participants until `keep` holds. */
function dropUntil(rng: Rng, present: Enrollment[], keep: (xs: Enrollment[]) => boolean, from: (e: Enrollment) => boolean): Enrollment[] {
  let xs = present;
  while (!keep(xs)) {
    const removable = xs.filter((e) => !isStaff(e) && from(e));
    if (removable.length === 0) break;
    const victim = rng.pick(removable);
    xs = xs.filter((e) => e !== victim);
  }
  return xs;
}

/**
 * Planted pattern 2: a language café pairs Belgian and non-Belgian participants, so each
 * session holds about as many of both (as recorded in the export).
 */
function balanceOrigins(rng: Rng, present: Enrollment[]): Enrollment[] {
  const isBe = (e: Enrollment) => e.person.written.origin === 'Belgisch';
  const isOther = (e: Enrollment) => e.person.written.origin === 'EU' || e.person.written.origin === 'niet-EU';
  const count = (xs: Enrollment[], f: (e: Enrollment) => boolean) => xs.filter(f).length;
  const bigger = count(present, isBe) > count(present, isOther) ? isBe : isOther;
  return dropUntil(rng, present, (xs) => Math.abs(count(xs, isBe) - count(xs, isOther)) <= 1, bigger);
}

function attendSessions(ctx: Ctx, a: Activity, out: Participation[]): void {
  const { rng } = ctx;
  // By start day (the sort is stable: ties stay in the order made), so the loop can stop early.
  const list = [...(ctx.lists.get(a) ?? [])].sort((x, y) => x.start - y.start);
  for (const day of a.sessions) {
    const season = isSummer(day) ? 0.7 : 1;
    let present: Enrollment[] = [];
    for (const e of list) {
      if (e.start > day) break;
      if (day > e.end || e.attended >= e.maxSessions) continue;
      // Everyone comes to their first session: joining means showing up.
      if (e.attended === 0 || rng.chance(e.p * season)) present.push(e);
    }
    if (a.mixing) present = balanceOrigins(rng, present);
    present = dropUntil(rng, present, (xs) => xs.length <= REGULAR_SESSION_MAX, () => true);
    for (const e of present) {
      e.attended++;
      out.push({ person: e.person, activity: a, day, role: e.role });
    }
  }
}

/**
 * Street parties: a few co-organisers, some of the wijk's regulars, last year's
 * visitors now and then, and many neighbours who come only for the party.
 */
function attendParty(ctx: Ctx, a: Activity, out: Participation[]): void {
  const { rng, people } = ctx;
  const regulars = [...ctx.pools.bw, ...ctx.pools.ggw];
  const hosts = Array.from({ length: 3 }, () => (rng.chance(0.5) ? people.reuse(ctx.pools.bw, a) : null) ?? people.create(a));
  const visitors: Person[] = [];
  for (const day of a.sessions) {
    const present = new Set<Person>();
    for (const h of hosts) {
      present.add(h);
      out.push({ person: h, activity: a, day, role: 'co_organiser' });
    }
    const guests: Person[] = [];
    for (const r of regulars) if (rng.chance(0.12)) guests.push(r);
    for (const v of visitors) if (rng.chance(0.25)) guests.push(v);
    const fresh = rng.poisson(55);
    for (let i = 0; i < fresh; i++) {
      const p = people.create(a);
      visitors.push(p);
      guests.push(p);
    }
    for (const g of guests) {
      if (present.has(g)) continue;
      present.add(g);
      out.push({ person: g, activity: a, day, role: 'participant' });
    }
  }
}

/**
 * Enrol people wijk by wijk (buurtwerk before area-based work, so the latter can
 * recruit among the former), then play every session.
 */
export function simulate(rng: Rng, people: People, activities: Activity[], months: Month[], scale: number): Participation[] {
  const out: Participation[] = [];
  const byWijk = new Map<string, Activity[]>();
  for (const a of activities) {
    if (a.sessions.length === 0) continue;
    const list = byWijk.get(a.wijk_id) ?? [];
    list.push(a);
    byWijk.set(a.wijk_id, list);
  }
  for (const [wijkId, list] of byWijk) {
    const ctx: Ctx = { rng: rng.fork(wijkId), people, months, scale, pools: { bw: [], ggw: [], inBw: new Set(), inGgw: new Set() }, lists: new Map() };
    const regular = list.filter((a) => a.frequency !== 'party');
    const ordered = [...regular.filter((a) => a.provider_type === 'buurtwerk'), ...regular.filter((a) => a.provider_type === 'ggw')];
    if (wijkId === PLANTED.concentration) enrolCore(ctx, regular);
    for (const a of ordered) {
      enrolStaff(ctx, a);
      enrolPublic(ctx, a);
    }
    for (const a of ordered) attendSessions(ctx, a, out);
    for (const a of list.filter((x) => x.frequency === 'party')) attendParty(ctx, a, out);
  }
  return out;
}
