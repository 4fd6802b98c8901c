/**
 * An area-proportional Venn diagram of two sets (buurtwerk's and GGW's public): the
 * circle areas are the two counts, the lens where they overlap is the count of both.
 * The centre distance that gives that lens has no closed form, so it is found by
 * bisection (the lens area falls steadily as the circles move apart).
 */

/** Area where two circles of radii r1, r2 with centres d apart overlap. */
export function lensArea(r1: number, r2: number, d: number): number {
  if (r1 <= 0 || r2 <= 0) return 0;
  if (d >= r1 + r2) return 0;
  if (d <= Math.abs(r1 - r2)) return Math.PI * Math.min(r1, r2) ** 2;
  const a1 = Math.acos(Math.min(1, Math.max(-1, (d * d + r1 * r1 - r2 * r2) / (2 * d * r1))));
  const a2 = Math.acos(Math.min(1, Math.max(-1, (d * d + r2 * r2 - r1 * r1) / (2 * d * r2))));
  const k = (-d + r1 + r2) * (d + r1 - r2) * (d - r1 + r2) * (d + r1 + r2);
  return r1 * r1 * a1 + r2 * r2 * a2 - 0.5 * Math.sqrt(Math.max(0, k));
}

/**
 * The centre distance at which two circles overlap by `overlap` (an area). At or above
 * the smaller circle's area: one inside the other (|r1 - r2|); at or below 0: touching.
 */
export function distanceForOverlap(r1: number, r2: number, overlap: number, tolerance = 1e-10): number {
  let lo = Math.abs(r1 - r2);
  let hi = r1 + r2;
  if (overlap <= 0) return hi;
  if (overlap >= Math.PI * Math.min(r1, r2) ** 2) return lo;
  // lensArea falls monotonically from the smaller circle's area at lo to 0 at hi.
  for (let i = 0; i < 200 && hi - lo > tolerance * (r1 + r2); i++) {
    const mid = (lo + hi) / 2;
    if (lensArea(r1, r2, mid) > overlap) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

export interface Circle {
  cx: number;
  cy: number;
  r: number;
}

/** Where a region's count label goes; `inside` false when the region is too narrow for it. */
export interface RegionLabel {
  x: number;
  /** Horizontal room the region offers along the line through both centres. */
  room: number;
  inside: boolean;
}

export interface VennLayout {
  a: Circle;
  b: Circle;
  aOnly: RegionLabel;
  both: RegionLabel;
  bOnly: RegionLabel;
  /** y of the line through both centres, and of labels placed under the circles. */
  cy: number;
  below: number;
}

export interface VennBox {
  width: number;
  height: number;
  pad: number;
  /** Room a label needs inside a region; narrower regions get their label underneath. */
  labelRoom: number;
}

/**
 * Two circles side by side (a left, b right) whose areas are proportional to the counts
 * `a` and `b` and whose overlap is proportional to `both`, scaled to fit the box. Counts
 * must be > 0 for a and b: a set too small to show is not drawn as a Venn at all.
 */
export function layoutVenn(a: number, b: number, both: number, box: VennBox): VennLayout {
  if (!(a > 0 && b > 0)) throw new Error('layoutVenn needs two non-empty sets');
  const r1 = Math.sqrt(a / Math.PI);
  const r2 = Math.sqrt(b / Math.PI);
  const d = distanceForOverlap(r1, r2, Math.min(both, a, b));
  // In units where circle a is centred at 0 and b at d.
  const left = Math.min(-r1, d - r2);
  const right = Math.max(r1, d + r2);
  const tall = 2 * Math.max(r1, r2);
  const s = Math.min((box.width - 2 * box.pad) / (right - left), (box.height - 2 * box.pad) / tall);
  const x0 = (box.width - s * (right - left)) / 2 - s * left;
  const cy = box.pad + (s * tall) / 2;
  const X = (u: number) => x0 + s * u;

  const region = (from: number, to: number): RegionLabel => {
    const room = Math.max(0, s * (to - from));
    return { x: X((from + to) / 2), room, inside: room >= box.labelRoom };
  };
  const aOnly = region(-r1, Math.max(-r1, Math.min(r1, d - r2)));
  const both0 = region(Math.max(-r1, d - r2), Math.min(r1, d + r2));
  const bOnly = region(Math.min(d + r2, Math.max(r1, d - r2)), d + r2);
  return {
    a: { cx: X(0), cy, r: s * r1 },
    b: { cx: X(d), cy, r: s * r2 },
    aOnly,
    both: both > 0 ? both0 : { ...both0, room: 0, inside: false },
    bOnly,
    cy,
    below: cy + s * Math.max(r1, r2) + 18
  };
}
