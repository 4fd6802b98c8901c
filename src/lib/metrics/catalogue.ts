/**
 * The catalogue of the figures METRICS.md defines (plus the Lorenz deciles, the wijk page's
 * extension of R7): each figure's export name, its kind of number, its family and its
 * METRICS.md id, in the order the Uitleg page lists them. What a figure is called and
 * how it is explained is text (src/lib/i18n); which figure is a count, a share or a rate
 * is decided here, once, for formatting, disclosure texts and charts alike.
 */

/**
 * count: persons or pairs; per1000: a rate per 1,000 residents; share: 0..1 shown as %;
 * index: a unitless index or a z-score; days: a number of days; mean: an average.
 */
export type MetricKind = 'count' | 'per1000' | 'share' | 'index' | 'days' | 'mean';

/** The families of METRICS.md, in page order. */
export type FamilyId = 'reach' | 'bridging' | 'overlap' | 'selforg' | 'signals';

/** What the catalogue says of one figure. */
export interface MetricEntry {
  kind: MetricKind;
  family: FamilyId;
  /** Its id in METRICS.md, e.g. 'R2'. */
  ref: string;
  /** The literature the figure comes from, if any. */
  source?: string;
}

/** Every figure, in page order (family by family). */
export const METRICS = {
  participants: { kind: 'count', family: 'reach', ref: 'R1' },
  reach_rate: { kind: 'per1000', family: 'reach', ref: 'R2' },
  group_reach_rate: { kind: 'per1000', family: 'reach', ref: 'R3' },
  representation_index: { kind: 'index', family: 'reach', ref: 'R4' },
  dissimilarity: { kind: 'index', family: 'reach', ref: 'R5', source: 'Duncan & Duncan (1955)' },
  representativeness: { kind: 'index', family: 'reach', ref: 'R5', source: 'Duncan & Duncan (1955)' },
  heterogeneity: { kind: 'index', family: 'reach', ref: 'R6', source: 'Blau (1977)' },
  population_heterogeneity: { kind: 'index', family: 'reach', ref: 'R6', source: 'Blau (1977)' },
  top20_share: { kind: 'share', family: 'reach', ref: 'R7' },
  gini: { kind: 'index', family: 'reach', ref: 'R7' },
  lorenz_share: { kind: 'share', family: 'reach', ref: 'R7' },
  newcomers: { kind: 'count', family: 'reach', ref: 'R8' },
  newcomer_share: { kind: 'share', family: 'reach', ref: 'R8' },
  retention: { kind: 'share', family: 'reach', ref: 'R9' },
  domains_per_participant: { kind: 'mean', family: 'reach', ref: 'R10' },
  multi_domain_share: { kind: 'share', family: 'reach', ref: 'R10' },
  // R11-R12: a wijk against its city, beyond chance (the Overzicht's funnel plot)
  reach_rate_low: { kind: 'per1000', family: 'reach', ref: 'R11' },
  reach_rate_high: { kind: 'per1000', family: 'reach', ref: 'R11' },
  reach_rate_z: { kind: 'index', family: 'reach', ref: 'R12' },
  newcomer_share_z: { kind: 'index', family: 'reach', ref: 'R12' },
  pairs: { kind: 'count', family: 'bridging', ref: 'B1' },
  pairs_within: { kind: 'count', family: 'bridging', ref: 'B1', source: 'Putnam (2000)' },
  pairs_between: { kind: 'count', family: 'bridging', ref: 'B1', source: 'Putnam (2000)' },
  sessions_used: { kind: 'count', family: 'bridging', ref: 'B1' },
  sessions_excluded: { kind: 'count', family: 'bridging', ref: 'B1' },
  bridging_share: { kind: 'share', family: 'bridging', ref: 'B2', source: 'Putnam (2000)' },
  bonding_share: { kind: 'share', family: 'bridging', ref: 'B2', source: 'Putnam (2000)' },
  ei_index: { kind: 'index', family: 'bridging', ref: 'B3', source: 'Krackhardt & Stern (1988)' },
  expected_bridging_share: { kind: 'share', family: 'bridging', ref: 'B4' },
  mixing_ratio: { kind: 'index', family: 'bridging', ref: 'B5' },
  assortativity: { kind: 'index', family: 'bridging', ref: 'B6', source: 'Newman (2003)' },
  bridged_share: { kind: 'share', family: 'bridging', ref: 'B7' },
  // R12 of B7: counted where the activity is, so explained beside it
  bridged_share_z: { kind: 'index', family: 'bridging', ref: 'R12' },
  mixing: { kind: 'share', family: 'bridging', ref: 'B8', source: 'Newman (2003)' },
  mixing_expected: { kind: 'share', family: 'bridging', ref: 'B8', source: 'Newman (2003)' },
  // B9: B1-B5 per activity (the Activiteiten page)
  activity_participants: { kind: 'count', family: 'bridging', ref: 'B9' },
  activity_pairs: { kind: 'count', family: 'bridging', ref: 'B9' },
  activity_bridging_share: { kind: 'share', family: 'bridging', ref: 'B9', source: 'Putnam (2000)' },
  activity_expected_bridging_share: { kind: 'share', family: 'bridging', ref: 'B9' },
  activity_mixing_ratio: { kind: 'index', family: 'bridging', ref: 'B9' },
  bw: { kind: 'count', family: 'overlap', ref: 'O1' },
  ggw: { kind: 'count', family: 'overlap', ref: 'O1' },
  both: { kind: 'count', family: 'overlap', ref: 'O1' },
  bw_only: { kind: 'count', family: 'overlap', ref: 'O1' },
  ggw_only: { kind: 'count', family: 'overlap', ref: 'O1' },
  jaccard: { kind: 'share', family: 'overlap', ref: 'O2' },
  ggw_via_bw: { kind: 'share', family: 'overlap', ref: 'O3' },
  gateway_bw_first: { kind: 'share', family: 'overlap', ref: 'O4' },
  gateway_ggw_first: { kind: 'share', family: 'overlap', ref: 'O4' },
  gateway_same_day: { kind: 'share', family: 'overlap', ref: 'O4' },
  gateway_median_days: { kind: 'days', family: 'overlap', ref: 'O4' },
  partner_hhi: { kind: 'index', family: 'overlap', ref: 'O6' },
  involvement_share: { kind: 'share', family: 'selforg', ref: 'S1' },
  involved_participants: { kind: 'count', family: 'selforg', ref: 'S1' },
  resident_initiated_share: { kind: 'share', family: 'selforg', ref: 'S2' },
  signals: { kind: 'count', family: 'signals', ref: 'G1' },
  signals_answered_30d: { kind: 'share', family: 'signals', ref: 'G2' },
  signal_median_days: { kind: 'days', family: 'signals', ref: 'G2' },
  signals_open_share: { kind: 'share', family: 'signals', ref: 'G2' },
} as const satisfies Record<string, MetricEntry>;

/** The export name of a figure of the catalogue. */
export type MetricId = keyof typeof METRICS;

/** Every figure's export name, in page order. */
export const METRIC_IDS = Object.keys(METRICS) as MetricId[];

/** The families in page order, each with its (stable) anchor on /uitleg/. */
export const FAMILIES: { id: FamilyId; anchor: string }[] = [
  { id: 'reach', anchor: 'bereik' },
  { id: 'bridging', anchor: 'verbinden-en-overbruggen' },
  { id: 'overlap', anchor: 'overlap' },
  { id: 'selforg', anchor: 'zelforganisatie' },
  { id: 'signals', anchor: 'doorgegeven-signalen' },
];

/** The figures of a family, in page order. */
export function familyMetrics(family: FamilyId): MetricId[] {
  return METRIC_IDS.filter((m) => METRICS[m].family === family);
}

/** Whether a name is a figure of the catalogue. */
export function isMetric(metric: string): metric is MetricId {
  return Object.hasOwn(METRICS, metric);
}

/** The kind of number a figure is; an unknown name reads as an index (two decimals, no unit). */
export function metricKind(metric: string): MetricKind {
  return isMetric(metric) ? METRICS[metric].kind : 'index';
}

/**
 * Decimals a figure is shown with, as a fraction: counts and days whole, per 1,000 one
 * decimal, shares three (12.3%), indices two. Pages, legends and downloads all round by it,
 * so a printed value, its class on the map and its CSV cell agree.
 */
export function shownDecimals(metric: string): number {
  switch (metricKind(metric)) {
    case 'count':
    case 'days':
      return 0;
    case 'per1000':
      return 1;
    case 'share':
      return 3;
    default:
      return 2;
  }
}

/** The literature METRICS.md names, written out (titles stay in their own language). */
export const LITERATURE = [
  'Blau, P. M. (1977). Inequality and Heterogeneity: A Primitive Theory of Social Structure. New York: Free Press.',
  'Duncan, O. D., & Duncan, B. (1955). A methodological analysis of segregation indexes. American Sociological Review, 20(2), 210–217.',
  'Krackhardt, D., & Stern, R. N. (1988). Informal networks and organizational crises: an experimental simulation. Social Psychology Quarterly, 51(2), 123–140.',
  'Newman, M. E. J. (2003). Mixing patterns in networks. Physical Review E, 67, 026126.',
  'Putnam, R. D. (2000). Bowling Alone: The Collapse and Revival of American Community. New York: Simon & Schuster.'
];
