/**
 * The narrow-reach alerts of METRICS.md ("Alerts"), named once: each kind with the figure
 * it judges, the chart on the wijk page that shows its evidence, its anchor on /uitleg/
 * and its threshold. Detection (alerts.ts), the URL (views/url.ts) and every text
 * (words/alerts.ts, keyed by these kinds) read this file; nothing else names an alert.
 */

export type AlertKind = 'representation' | 'concentration' | 'representativeness' | 'mixing' | 'newcomers';

/** In METRICS.md's order: also the order of ties and of the counts on the page. */
export const ALERT_KINDS: AlertKind[] = ['representation', 'concentration', 'representativeness', 'mixing', 'newcomers'];

/** What defines an alert besides its words. */
export interface AlertDefinition {
  /** The figure the alert judges. */
  metric: string;
  /** The chart on the wijk page that shows the evidence (its id and URL hash). */
  chart: string;
  /** The alert's anchor on /uitleg/ (`#alert-<anchor>`): kept stable, links point at it. */
  anchor: string;
  /** Fires when the value is below the threshold, or at or above it. */
  fires: 'below' | 'atOrAbove';
}

/** Each alert's figure, evidence chart, anchor and direction. */
export const ALERTS: Record<AlertKind, AlertDefinition> = {
  representation: { metric: 'representation_index', chart: 'representation', anchor: 'underrepresented_group', fires: 'below' },
  concentration: { metric: 'top20_share', chart: 'concentration', anchor: 'concentrated_core', fires: 'atOrAbove' },
  representativeness: { metric: 'representativeness', chart: 'representativeness', anchor: 'low_representativeness', fires: 'below' },
  mixing: { metric: 'mixing_ratio', chart: 'mixing-ratio', anchor: 'low_mixing', fires: 'below' },
  newcomers: { metric: 'newcomer_share', chart: 'newcomers', anchor: 'few_newcomers', fires: 'below' }
};

/** The thresholds in use; a deployment or a reader on the Signalen page may set others. */
export interface Thresholds {
  /** A group counts when it is at least this share of the wijk's population (with a known value). */
  groupShare: number;
  /** Alert when a group's representation index is below this. */
  representation: number;
  /** Alert when the top-20% share is at or above this. */
  concentration: number;
  /** Alert when representativeness (1 - dissimilarity) is below this. */
  representativeness: number;
  /** Alert when the mixing ratio is below this. */
  mixing: number;
  /** Alert when the newcomer share is below this in each of NEWCOMER_MONTHS months in a row. */
  newcomers: number;
}

/** METRICS.md's thresholds. */
export const DEFAULT_THRESHOLDS: Thresholds = {
  groupShare: 0.1,
  representation: 0.5,
  concentration: 0.6,
  representativeness: 0.6,
  mixing: 0.5,
  newcomers: 0.1
};

/** How many months in a row the newcomer share must stay below its threshold. */
export const NEWCOMER_MONTHS = 3;

/**
 * Each threshold's URL parameter, its allowed range (fractions, as the figures are) and
 * whether it is a share (typed and written in per cent) or an index.
 */
export const THRESHOLD_RANGE: Record<keyof Thresholds, { param: string; min: number; max: number; percent: boolean }> = {
  groupShare: { param: 't_group', min: 0, max: 1, percent: true },
  representation: { param: 't_ri', min: 0, max: 5, percent: false },
  concentration: { param: 't_top20', min: 0, max: 1, percent: true },
  representativeness: { param: 't_repr', min: 0, max: 1, percent: false },
  mixing: { param: 't_mix', min: 0, max: 5, percent: false },
  newcomers: { param: 't_new', min: 0, max: 1, percent: true }
};

/** The thresholds in the order the page lists them. */
export const THRESHOLD_KEYS = Object.keys(THRESHOLD_RANGE) as (keyof Thresholds)[];

/** Severity in three bands, for a word beside the number (never colour alone). */
export type SeverityBand = 'strong' | 'clear' | 'slight';
/** The band a severity falls in: strong from 0.5, clear from 0.2, else slight. */
export function severityBand(severity: number): SeverityBand {
  return severity >= 0.5 ? 'strong' : severity >= 0.2 ? 'clear' : 'slight';
}
