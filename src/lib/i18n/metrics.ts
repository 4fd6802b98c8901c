/**
 * How each figure of METRICS.md is named and written in the two languages: its
 * short name, its kind of number, and the text that stands in for a suppressed
 * value. Longer explanations (formula, reading, pitfalls) live in explain.ts.
 */
import type { FigureRow, Provider, SuppressReason } from '../metrics/types';
import { formatNumber, numberFormat } from './format';
import type { Locale } from './messages';

/** count: persons or pairs; per1000: a rate per 1,000 residents; share: 0..1 shown as %;
 * index: a unitless index; days: a number of days; mean: an average. */
export type MetricKind = 'count' | 'per1000' | 'share' | 'index' | 'days' | 'mean';

const M: Record<string, [MetricKind, string, string]> = {
  participants: ['count', 'deelnemers', 'participants'],
  reach_rate: ['per1000', 'bereik per 1.000 inwoners', 'reach per 1,000 residents'],
  group_reach_rate: ['per1000', 'bereik van de groep per 1.000', 'group reach per 1,000'],
  representation_index: ['index', 'vertegenwoordigingsindex', 'representation index'],
  dissimilarity: ['index', 'ongelijkheidsindex', 'dissimilarity index'],
  representativeness: ['index', 'representativiteit', 'representativeness'],
  heterogeneity: ['index', 'diversiteit van de deelnemers', 'heterogeneity of participants'],
  population_heterogeneity: ['index', 'diversiteit van de bevolking', 'heterogeneity of the population'],
  top20_share: ['share', 'aandeel van de top-20%', 'top-20% share'],
  gini: ['index', 'gini-coëfficiënt', 'Gini coefficient'],
  // Not in METRICS.md's export table: the Lorenz deciles the wijk page draws (an extension of R7).
  lorenz_share: ['share', 'aandeel in de deelnames (Lorenzcurve)', 'share of participations (Lorenz curve)'],
  newcomers: ['count', 'nieuwkomers', 'newcomers'],
  newcomer_share: ['share', 'aandeel nieuwkomers', 'newcomer share'],
  retention: ['share', 'behoud', 'retention'],
  domains_per_participant: ['mean', 'domeinen per deelnemer', 'domains per participant'],
  multi_domain_share: ['share', 'aandeel in twee of meer domeinen', 'share in two or more domains'],
  pairs: ['count', 'ontmoetingsparen', 'pairs'],
  pairs_within: ['count', 'paren binnen een groep', 'pairs within a group'],
  pairs_between: ['count', 'paren tussen groepen', 'pairs between groups'],
  sessions_used: ['count', 'gebruikte sessies', 'sessions used'],
  sessions_excluded: ['count', 'weggelaten sessies', 'sessions left out'],
  bridging_share: ['share', 'aandeel overbruggend', 'bridging share'],
  bonding_share: ['share', 'aandeel verbindend binnen de groep', 'bonding share'],
  ei_index: ['index', 'E-I-index', 'E-I index'],
  expected_bridging_share: ['share', 'verwacht aandeel overbruggend', 'expected bridging share'],
  mixing_ratio: ['index', 'mengverhouding', 'mixing ratio'],
  assortativity: ['index', 'assortativiteit', 'assortativity'],
  bridged_share: ['share', 'aandeel dat iemand van een andere groep ontmoette', 'bridged share'],
  mixing: ['share', 'mengmatrix', 'mixing matrix'],
  mixing_expected: ['share', 'mengmatrix bij toeval', 'mixing matrix by chance'],
  bw: ['count', 'bereikt door buurtwerk', 'reached by buurtwerk'],
  ggw: ['count', 'bereikt door GGW', 'reached by GGW'],
  both: ['count', 'bereikt door beide', 'reached by both'],
  bw_only: ['count', 'alleen buurtwerk', 'buurtwerk only'],
  ggw_only: ['count', 'alleen GGW', 'GGW only'],
  jaccard: ['share', 'overlap (Jaccard)', 'overlap (Jaccard)'],
  ggw_via_bw: ['share', 'GGW via buurtwerk', 'GGW via buurtwerk'],
  gateway_bw_first: ['share', 'eerst buurtwerk', 'buurtwerk first'],
  gateway_ggw_first: ['share', 'eerst GGW', 'GGW first'],
  gateway_same_day: ['share', 'dezelfde dag', 'same day'],
  gateway_median_days: ['days', 'mediaan dagen tussen beide', 'median days between the two'],
  partner_hhi: ['index', 'partnerconcentratie (HHI)', 'partner concentration (HHI)'],
  involvement_share: ['share', 'aandeel als vrijwilliger of mede-organisator', 'volunteer or co-organiser share'],
  involved_participants: ['count', 'vrijwilligers en mede-organisatoren', 'volunteers and co-organisers'],
  resident_initiated_share: ['share', 'aandeel door bewoners opgezet', 'resident-initiated share'],
  signals: ['count', 'signalen', 'signals'],
  signals_answered_30d: ['share', 'binnen 30 dagen beantwoord', 'answered within 30 days'],
  signal_median_days: ['days', 'mediaan dagen tot antwoord', 'median days to an answer'],
  signals_open_share: ['share', 'nog open', 'still open']
};

export const METRIC_NAMES = Object.keys(M);

export function metricKind(metric: string): MetricKind {
  return M[metric]?.[0] ?? 'index';
}

export function metricName(locale: Locale, metric: string): string {
  const m = M[metric];
  return m ? m[locale === 'nl' ? 1 : 2] : metric;
}

/** A value of a metric as text: shares as %, rates and indices with fitting decimals. */
export function formatValue(locale: Locale, metric: string, value: number): string {
  switch (metricKind(metric)) {
    case 'count':
      return formatNumber(locale, value);
    case 'share':
      return numberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(value);
    case 'per1000':
      return formatNumber(locale, value, 1);
    case 'days':
      return formatNumber(locale, value, 0);
    case 'mean':
      return formatNumber(locale, value, 2);
    default:
      return formatNumber(locale, value, 2);
  }
}

/** Short text in place of a suppressed value: "<5" for a small count, else "niet getoond". */
export function suppressedShort(locale: Locale, metric: string, reason: SuppressReason, k: number): string {
  if (reason === 'below_k' && metricKind(metric) === 'count') return `<${formatNumber(locale, k)}`;
  if (reason === 'not_available') return locale === 'nl' ? 'n.b.' : 'n/a';
  return locale === 'nl' ? 'niet getoond' : 'not shown';
}

/** Why a value is not shown, in a sentence (METRICS.md disclosure control). */
export function suppressionReason(locale: Locale, reason: SuppressReason, k: number): string {
  const kk = formatNumber(locale, k);
  const nl: Record<SuppressReason, string> = {
    below_k: `Niet getoond: berust op minder dan ${kk} personen (privacy).`,
    complementary: `Niet getoond: anders zou een verborgen kleine waarde uit het totaal af te leiden zijn.`,
    not_available: `Niet beschikbaar voor deze periode (bv. geen gegevens over de vorige periode, te weinig sessies of niemand bereikt).`
  };
  const en: Record<SuppressReason, string> = {
    below_k: `Not shown: rests on fewer than ${kk} persons (privacy).`,
    complementary: `Not shown: otherwise a hidden small value could be derived from the total.`,
    not_available: `Not available for this period (e.g. no data on the previous period, too few sessions or nobody reached).`
  };
  return (locale === 'nl' ? nl : en)[reason];
}

/** A figure as shown in a table cell or label; '–' when there is no such figure. */
export function formatFigure(locale: Locale, row: FigureRow | undefined, k: number): string {
  if (!row) return '–';
  if (row.suppressed || row.value === null) return suppressedShort(locale, row.metric, row.suppressed ?? 'not_available', k);
  return formatValue(locale, row.metric, row.value);
}

export function providerName(locale: Locale, p: Provider): string {
  const nl: Record<Provider, string> = { all: 'alle werkingen', buurtwerk: 'buurtwerk', ggw: 'gebiedsgerichte werking (GGW)' };
  const en: Record<Provider, string> = { all: 'all providers', buurtwerk: 'buurtwerk (community work)', ggw: 'area-based work (GGW)' };
  return (locale === 'nl' ? nl : en)[p];
}

const DIMENSIONS: Record<string, [string, string]> = {
  age_band: ['leeftijd', 'age band'],
  gender: ['gender', 'gender'],
  origin: ['herkomst', 'origin'],
  residence_wijk: ['woonwijk', 'home wijk']
};

export function dimensionName(locale: Locale, d: string): string {
  const x = DIMENSIONS[d];
  return x ? x[locale === 'nl' ? 0 : 1] : d.replace(/_/g, ' ');
}

/** A group value as shown: 'unknown' is the only value we translate; others are the data's own. */
export function groupName(locale: Locale, g: string): string {
  if (g === 'unknown') return locale === 'nl' ? 'onbekend' : 'unknown';
  return g;
}
