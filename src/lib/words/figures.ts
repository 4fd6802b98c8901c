/**
 * How a figure is named and written, in the reader's language: its name (from the
 * language files), its value by the kind of number it is (the catalogue), and what stands
 * in for a value that is not shown ("<5", "niet getoond", "n.b."), never a zero.
 */
import { formatNumber, formatPercent } from '../i18n/format';
import type { Locale } from '../i18n/locale';
import { prose } from '../i18n/prose';
import { isMetric, metricKind, shownDecimals, type MetricId } from '../metrics/catalogue';
import type { FigureRow, Provider, SuppressReason } from '../metrics/types';

/** The language files name every figure of the catalogue (checked by the compiler here). */
const NAMED: Record<Locale, Record<MetricId, { name: string }>> = { nl: prose('nl').figures.metrics, en: prose('en').figures.metrics };

/** A figure's short name, e.g. "bereik per 1.000 inwoners"; an unknown name as it is. */
export function metricName(locale: Locale, metric: string): string {
  return isMetric(metric) ? NAMED[locale][metric].name : metric;
}

/** A value of a figure as text: counts whole, shares as %, rates with one decimal, indices with two. */
export function valueText(locale: Locale, metric: string, value: number): string {
  // A share's three decimals as a fraction are one as a percentage.
  return metricKind(metric) === 'share' ? formatPercent(locale, value, shownDecimals(metric) - 2) : formatNumber(locale, value, shownDecimals(metric));
}

/** Short text in place of a value not shown: "<5" for a small count, else "niet getoond" or "n.b.". */
export function suppressedShort(locale: Locale, metric: string, reason: SuppressReason, k: number): string {
  const t = prose(locale).figures;
  if (reason === 'below_k' && metricKind(metric) === 'count') return `<${formatNumber(locale, k)}`;
  return reason === 'not_available' ? t.notAvailable : t.notShown;
}

/** Why a value is not shown, in a sentence (METRICS.md disclosure control). */
export function suppressionReason(locale: Locale, reason: SuppressReason, k: number): string {
  return prose(locale).figures.reasons[reason](formatNumber(locale, k));
}

/** A figure as shown in a table cell or label; '–' when there is no such figure. */
export function figureText(locale: Locale, row: FigureRow | undefined, k: number): string {
  if (!row) return '–';
  if (row.suppressed || row.value === null) return suppressedShort(locale, row.metric, row.suppressed ?? 'not_available', k);
  return valueText(locale, row.metric, row.value);
}

/**
 * A figure as it reads inside a sentence: the value, "<5" for a small count, else words
 * ("een niet getoond deel") so that a summary with a hidden figure stays a sentence.
 */
export function inlineFigure(locale: Locale, row: FigureRow | undefined, k: number): string {
  if (row && !row.suppressed && row.value !== null) return figureText(locale, row, k);
  if (row?.suppressed === 'below_k' && metricKind(row.metric) === 'count') return figureText(locale, row, k);
  const t = prose(locale).sections;
  const kind = row ? metricKind(row.metric) : 'index';
  return kind === 'count' ? t.hiddenCount : kind === 'share' ? t.hiddenShare : t.hiddenValue;
}

/** A rate per 1,000 with its unit, for a sentence ("12,3 per 1.000"); other figures as they are. */
export function withUnit(locale: Locale, metric: string, text: string): string {
  return metricKind(metric) === 'per1000' ? `${text} ${prose(locale).figures.perThousand}` : text;
}

/** A provider as the reader calls it ("gebiedsgerichte werking (GGW)"). */
export function providerName(locale: Locale, p: Provider): string {
  return prose(locale).figures.providers[p];
}

/** A dimension's name ("leeftijd"); one the site does not know, as the data call it. */
export function dimensionName(locale: Locale, d: string): string {
  const names: Record<string, string> = prose(locale).figures.dimensions;
  return names[d] ?? d.replace(/_/g, ' ');
}

/** A group value as shown: 'unknown' is the only value translated; others are the data's own. */
export function groupName(locale: Locale, g: string): string {
  return g === 'unknown' ? prose(locale).figures.unknownGroup : g;
}

/** A theme or source of the signals passed on, translated when known, else the data's own word. */
export function signalGroupName(locale: Locale, dimension: string, group: string): string {
  const t = prose(locale).sections;
  const table: Record<string, string> = dimension === 'theme' ? t.themes : dimension === 'source' ? t.sources : {};
  return table[group] ?? group;
}
