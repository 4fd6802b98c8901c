/**
 * Pure helpers of the wijk page's bonding, overlap, self-organisation and signals
 * sections: they turn the section's FigureRows into what a chart draws and what its
 * summary sentence says. No Svelte here, so each rule is tested on hand-made rows.
 */
import type { FigureRow, Provider } from '../metrics/types';
import { groupOrder, shownValue as shown } from '../cube/read';
import type { HeatCell } from '../charts/heatmap';
import { pick, pickAll } from './page';

export interface Matrix {
  groups: string[];
  cells: HeatCell[];
  figures: FigureRow[];
}

/** One mixing matrix (`mixing` or `mixing_expected`) of a wijk for a dimension, group 'g|h'. */
export function matrixOf(rows: readonly FigureRow[], wijkId: string, dimension: string, metric: 'mixing' | 'mixing_expected'): Matrix {
  const figures = pickAll(rows, { metric, wijk_id: wijkId, dimension }).filter((r) => r.group.includes('|'));
  const cells = figures.map((r) => {
    const [row, col] = r.group.split('|');
    return { row, col, value: shown(r), suppressed: r.suppressed };
  });
  return { groups: groupOrder(cells.flatMap((c) => [c.row, c.col])), cells, figures };
}

export interface MatrixReading {
  /** Share of the pairs within the own group (the diagonal), observed and by chance; null when a diagonal cell is hidden. */
  within: number | null;
  withinExpected: number | null;
  /** The pair of groups furthest above chance (observed minus expected), among cells shown in both. */
  above: { row: string; col: string; observed: number; expected: number } | null;
}

/** What the summary of the mixing matrix says: how much stays within groups, and which pair stands out. */
export function readMatrix(observed: Matrix, expected: Matrix): MatrixReading {
  const exp = new Map(expected.cells.map((c) => [`${c.row}|${c.col}`, c.value]));
  const diag = (m: Matrix) => {
    const d = m.groups.map((g) => m.cells.find((c) => c.row === g && c.col === g)?.value ?? null);
    return d.length && d.every((v) => v !== null) ? d.reduce((s: number, v) => s + (v as number), 0) : null;
  };
  let above: MatrixReading['above'] = null;
  for (const c of observed.cells) {
    const e = exp.get(`${c.row}|${c.col}`) ?? null;
    if (c.value === null || e === null) continue;
    // each unordered pair of different groups appears twice (g|h and h|g): keep the first in group order
    if (c.row !== c.col && observed.groups.indexOf(c.row) > observed.groups.indexOf(c.col)) continue;
    if (!above || c.value - e > above.observed - above.expected) above = { row: c.row, col: c.col, observed: c.value, expected: e };
  }
  return { within: diag(observed), withinExpected: diag(expected), above: above && above.observed > above.expected ? above : null };
}

/**
 * How a mixing ratio reads: groups keep to themselves, mix about as chance would, or are
 * brought together. Within 10% of 1 counts as chance: small gaps are noise in a wijk.
 */
export function mixingReading(ratio: number): 'apart' | 'chance' | 'together' {
  if (ratio < 0.9) return 'apart';
  if (ratio > 1.1) return 'together';
  return 'chance';
}

/** The figures of the network chart of one dimension for an area (the wijk, or '' for the city). */
export function networkFigures(rows: readonly FigureRow[], wijkId: string, dimension: string) {
  const f = (metric: string) => pick(rows, { metric, wijk_id: wijkId, dimension });
  return {
    bridging: f('bridging_share'),
    expected: f('expected_bridging_share'),
    ratio: f('mixing_ratio'),
    bonding: f('bonding_share'),
    ei: f('ei_index'),
    assortativity: f('assortativity'),
    bridged: f('bridged_share'),
    pairs: f('pairs'),
    within: f('pairs_within'),
    between: f('pairs_between')
  };
}
export type NetworkFigures = ReturnType<typeof networkFigures>;

export interface Overlap {
  bw?: FigureRow;
  ggw?: FigureRow;
  both?: FigureRow;
  bwOnly?: FigureRow;
  ggwOnly?: FigureRow;
  jaccard?: FigureRow;
  viaBw?: FigureRow;
  /** True when every count is shown and both sets are non-empty: then an area-true Venn can be drawn. */
  venn: boolean;
  /** bw_only + both + ggw_only when all three are shown. */
  union: number | null;
}

export function overlapOf(rows: readonly FigureRow[], wijkId: string): Overlap {
  const f = (metric: string) => pick(rows, { metric, wijk_id: wijkId });
  const o = {
    bw: f('bw'),
    ggw: f('ggw'),
    both: f('both'),
    bwOnly: f('bw_only'),
    ggwOnly: f('ggw_only'),
    jaccard: f('jaccard'),
    viaBw: f('ggw_via_bw')
  };
  const counts = [o.bw, o.ggw, o.both, o.bwOnly, o.ggwOnly].map(shown);
  const allShown = counts.every((v) => v !== null);
  const [bw, ggw] = counts;
  const [bwOnly, both, ggwOnly] = [shown(o.bwOnly), shown(o.both), shown(o.ggwOnly)];
  return {
    ...o,
    venn: allShown && (bw as number) > 0 && (ggw as number) > 0,
    union: bwOnly !== null && both !== null && ggwOnly !== null ? bwOnly + both + ggwOnly : null
  };
}

/**
 * The provider the section's figures belong to, when it differs from the chosen one:
 * overlap and signals are computed for all providers together in every scope, so a
 * page filtered on buurtwerk or GGW must say so. null when they match (or no rows).
 */
export function otherProvider(rows: readonly FigureRow[], wijkId: string, metrics: readonly string[], chosen: Provider): Provider | null {
  const r = rows.find((x) => x.wijk_id === wijkId && metrics.includes(x.metric));
  return r && r.provider !== chosen ? r.provider : null;
}

/** Rows of a metric per group of a dimension, in group order (for bar charts). */
export function byGroup(rows: readonly FigureRow[], wijkId: string, metric: string, dimension: string): FigureRow[] {
  const found = pickAll(rows, { metric, wijk_id: wijkId, dimension }).filter((r) => r.group !== '');
  const order = groupOrder(found.map((r) => r.group));
  return [...found].sort((a, b) => order.indexOf(a.group) - order.indexOf(b.group));
}

/** The shown rows with the highest and the lowest value (null when fewer than two are shown). */
export function extremes(rows: readonly FigureRow[]): { high: FigureRow; low: FigureRow } | null {
  const s = rows.filter((r) => shown(r) !== null);
  if (s.length < 2) return null;
  const sorted = [...s].sort((a, b) => (b.value as number) - (a.value as number));
  return { high: sorted[0], low: sorted[sorted.length - 1] };
}

/** The largest shown row (for "most signals were about ..."); ties keep the first. */
export function largest(rows: readonly FigureRow[]): FigureRow | null {
  let best: FigureRow | null = null;
  for (const r of rows) if (shown(r) !== null && (best === null || (r.value as number) > (best.value as number))) best = r;
  return best;
}
