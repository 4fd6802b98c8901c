/**
 * Pure helpers of the wijk page's reach section (METRICS.md R1-R10 plus the Lorenz deciles):
 * they pick a wijk's figures out of the scope's rows and shape them for the charts and the
 * sentences. No Svelte, no queries: rows in, plain values out.
 */
import { scaleLinear } from 'd3';
import type { PopulationShare } from '../cube/types';
import type { FigureRow } from '../metrics/types';
import type { LorenzDatum } from '../charts/lorenz';
import type { RatioDatum } from '../charts/representation';
import { pick, pickAll } from './page';
import { groupOrder as sortGroups, shownValue } from '../cube/read';

export const UNKNOWN = 'unknown';

export interface GroupReach {
  group: string;
  ri: FigureRow | undefined;
  groupReachRate: FigureRow | undefined;
  participants: FigureRow | undefined;
  /** Share of the wijk's population with a known value (public statistics); null when unknown. */
  populationShare: number | null;
}

export interface Representation {
  groups: GroupReach[];
  /** Participants of the wijk whose value of the dimension is unknown (absent row = none). */
  unknown: FigureRow | undefined;
  total: FigureRow | undefined;
  /** The rows the chart shows, for its CSV. */
  figures: FigureRow[];
}

/** Representation index, group reach rate and participants per group of a dimension, for one wijk. */
export function representation(
  rows: readonly FigureRow[],
  wijkId: string,
  dimension: string,
  popShares: ReadonlyMap<string, number> = new Map()
): Representation {
  const ri = pickAll(rows, { metric: 'representation_index', wijk_id: wijkId, dimension });
  const grr = pickAll(rows, { metric: 'group_reach_rate', wijk_id: wijkId, dimension });
  const parts = pickAll(rows, { metric: 'participants', wijk_id: wijkId, dimension });
  // Groups with a population figure (they have an index); others have no index to draw.
  const groups = sortGroups([...ri, ...grr].map((r) => r.group).filter((g) => g !== UNKNOWN));
  const byGroup = (list: FigureRow[], g: string) => list.find((r) => r.group === g);
  const out = groups.map((group) => ({
    group,
    ri: byGroup(ri, group),
    groupReachRate: byGroup(grr, group),
    participants: byGroup(parts, group),
    populationShare: popShares.get(group) ?? null
  }));
  const unknown = byGroup(parts, UNKNOWN);
  const total = pick(rows, { metric: 'participants', wijk_id: wijkId });
  const figures = out.flatMap((g) => [g.participants, g.groupReachRate, g.ri].filter((r): r is FigureRow => r !== undefined));
  if (unknown) figures.push(unknown);
  if (total) figures.unshift(total);
  return { groups: out, unknown, total, figures };
}

/** The bars of the representation chart: one per group, hidden values as null with their reason. */
export function ratioData(rep: Representation): RatioDatum[] {
  return rep.groups.map((g) => ({
    key: g.group,
    value: shownValue(g.ri),
    suppressed: g.ri ? g.ri.suppressed : 'not_available'
  }));
}

/**
 * How the unknown group is reported beside the chart: its share of the participants, or
 * "fewer than k" when its count is hidden, or nothing when nobody's value is unknown.
 */
export function unknownShare(rep: Representation): { kind: 'none' } | { kind: 'small' } | { kind: 'share'; share: number } {
  const u = rep.unknown;
  if (!u) return { kind: 'none' };
  const n = shownValue(u);
  const total = shownValue(rep.total);
  if (n === null || total === null || total === 0) return { kind: 'small' };
  return { kind: 'share', share: n / total };
}

export interface Representativeness {
  dimension: string;
  wijk: FigureRow | undefined;
  city: FigureRow | undefined;
  dissimilarity: FigureRow | undefined;
  heterogeneity: FigureRow | undefined;
  populationHeterogeneity: FigureRow | undefined;
}

/** Representativeness of the wijk and the city per dimension, with heterogeneity beside the population's. */
export function representativeness(rows: readonly FigureRow[], wijkId: string, dimensions: readonly string[]): Representativeness[] {
  return dimensions.map((dimension) => ({
    dimension,
    wijk: pick(rows, { metric: 'representativeness', wijk_id: wijkId, dimension }),
    city: pick(rows, { metric: 'representativeness', wijk_id: '', dimension }),
    dissimilarity: pick(rows, { metric: 'dissimilarity', wijk_id: wijkId, dimension }),
    heterogeneity: pick(rows, { metric: 'heterogeneity', wijk_id: wijkId, dimension }),
    populationHeterogeneity: pick(rows, { metric: 'population_heterogeneity', wijk_id: wijkId, dimension })
  }));
}

export interface DotRow {
  dimension: string;
  y: number;
  wijk: { value: number | null; cx: number };
  city: { value: number | null; cx: number };
}

export interface DotLayout {
  width: number;
  height: number;
  plot: { left: number; right: number; top: number; bottom: number };
  rows: DotRow[];
  ticks: Array<{ value: number; x: number }>;
  /** x of the narrow-reach threshold. */
  threshold: number;
}

/** Dots on a 0..1 scale, one row per dimension: the wijk (circle) and the city (square). */
export function layoutDots(
  items: readonly Representativeness[],
  box: { width: number; row: number; margin: { top: number; right: number; bottom: number; left: number } },
  thresholdValue = 0.6
): DotLayout {
  const height = box.margin.top + box.margin.bottom + box.row * Math.max(1, items.length);
  const plot = { left: box.margin.left, right: box.width - box.margin.right, top: box.margin.top, bottom: height - box.margin.bottom };
  const x = scaleLinear().domain([0, 1]).range([plot.left, plot.right]);
  const rows = items.map((it, i) => {
    const w = shownValue(it.wijk);
    const c = shownValue(it.city);
    return {
      dimension: it.dimension,
      y: plot.top + box.row * (i + 0.5),
      wijk: { value: w, cx: w === null ? NaN : x(w) },
      city: { value: c, cx: c === null ? NaN : x(c) }
    };
  });
  return { width: box.width, height, plot, rows, ticks: x.ticks(5).map((v) => ({ value: v, x: x(v) })), threshold: x(thresholdValue) };
}

/** The dimension in which the wijk is least representative (shown values only). */
export function leastRepresentative(items: readonly Representativeness[]): Representativeness | null {
  let worst: Representativeness | null = null;
  for (const it of items) {
    const v = shownValue(it.wijk);
    if (v !== null && (worst === null || v < (shownValue(worst.wijk) as number))) worst = it;
  }
  return worst;
}

/** The Lorenz deciles of a wijk (lorenz_share, groups '10'..'100'), bottom first, and their rows. */
export function lorenzDeciles(rows: readonly FigureRow[], wijkId: string): { data: LorenzDatum[]; figures: FigureRow[] } {
  const figures = pickAll(rows, { metric: 'lorenz_share', wijk_id: wijkId, dimension: '' })
    .filter((r) => /^\d+$/.test(r.group))
    .sort((a, b) => Number(a.group) - Number(b.group));
  return {
    data: figures.map((r) => ({ p: Number(r.group) / 100, share: shownValue(r), suppressed: r.suppressed })),
    figures
  };
}
