import {
  DIMENSIONS,
  DIMENSION_NAMES,
  HOME_ONLY,
  OTHER_WIJK_RATE,
  OUTSIDE_RESIDENCES,
  UNKNOWN_RATE,
  type Dimension,
  type Shares
} from './config';
import type { Activity, Tilt } from './activities';
import type { Rng } from './prng';
import { REAL_WIJKEN } from './wijken';

export type Role = 'participant' | 'volunteer' | 'co_organiser';

export interface Person {
  /** Creation order; pseudonyms are handed out later, shuffled. */
  key: number;
  /** The real wijk the person lives in, or null (empty, outside the city, or "unknown"). */
  home: string | null;
  /** residence_wijk_id as written ('' = unknown). */
  residence: string;
  /** Group index per dimension: what the person is, used to match activities. */
  groups: Record<Dimension, number>;
  /** What the export says: '' where the organisation did not record it. */
  written: Record<Dimension, string>;
  enrollments: Enrollment[];
}

/** A person on an activity's list for a stretch of time. */
export interface Enrollment {
  person: Person;
  activity: Activity;
  start: number;
  end: number;
  /** Chance of showing up at a session after the first. */
  p: number;
  role: Role;
  maxSessions: number;
  attended: number;
}

/** Where a new enrollee of an activity in wijk `wijkId` lives. */
function drawResidence(city: string, wijkId: string, rng: Rng): { home: string | null; residence: string } {
  const r = rng.next();
  let edge = UNKNOWN_RATE.residenceEmpty;
  if (r < edge) return { home: null, residence: '' };
  if (r < (edge += UNKNOWN_RATE.residenceOutside)) return { home: null, residence: rng.pick(OUTSIDE_RESIDENCES[city]) };
  if (r < (edge += UNKNOWN_RATE.residenceOnb)) return { home: null, residence: city === 'Leuven' ? '24062WONB' : '46021WONB' };
  if (r < edge + OTHER_WIJK_RATE) {
    // Residents of the planted home-only wijken never turn up elsewhere.
    const others = REAL_WIJKEN.filter((w) => w.city === city && w.wijk_id !== wijkId && !HOME_ONLY.has(w.wijk_id));
    const w = rng.pick(others).wijk_id;
    return { home: w, residence: w };
  }
  return { home: wijkId, residence: wijkId };
}

/** Weights of each group: the population share times the activity's tilt. */
export function groupWeights(shares: Shares, tilt: Tilt, dim: Dimension): number[] {
  const t = tilt[dim];
  const w = shares[dim].map((s, i) => s * (t ? t[i] : 1));
  return w.some((x) => x > 0) ? w : shares[dim];
}

export class People {
  readonly all: Person[] = [];

  constructor(
    private readonly rng: Rng,
    private readonly shares: Map<string, Shares>
  ) {}

  /** A new person drawn to activity `a`: lives mostly in its wijk, resembles its public. */
  create(a: Activity, tilt: Tilt = a.tilt): Person {
    const { home, residence } = drawResidence(a.city, a.wijk_id, this.rng);
    const shares = this.shares.get(a.wijk_id)!;
    const groups = {} as Record<Dimension, number>;
    const written = {} as Record<Dimension, string>;
    for (const dim of DIMENSION_NAMES) {
      groups[dim] = this.rng.weighted(groupWeights(shares, tilt, dim));
      written[dim] = this.rng.chance(UNKNOWN_RATE[dim]) ? '' : DIMENSIONS[dim][groups[dim]];
    }
    const p: Person = { key: this.all.length, home, residence, groups, written, enrollments: [] };
    this.all.push(p);
    return p;
  }

  /** How well a person fits an activity's public (product of tilts of their groups). */
  fit(p: Person, tilt: Tilt): number {
    let f = 1;
    for (const dim of DIMENSION_NAMES) {
      const t = tilt[dim];
      if (t) f *= t[p.groups[dim]];
    }
    return f;
  }

  /**
   * Pick someone already known from `pool` who fits `a`, by fit among a handful of
   * random candidates; null when nobody fits (then a new person is made).
   */
  reuse(pool: Person[], a: Activity, accept: (p: Person) => boolean = () => true): Person | null {
    if (pool.length === 0) return null;
    const candidates: Person[] = [];
    for (let i = 0; i < 12; i++) {
      const c = this.rng.pick(pool);
      if (accept(c) && !c.enrollments.some((e) => e.activity === a)) candidates.push(c);
    }
    const weights = candidates.map((c) => this.fit(c, a.tilt));
    if (!weights.some((x) => x > 0)) return null;
    return candidates[this.rng.weighted(weights)];
  }
}
