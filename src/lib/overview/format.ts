/**
 * The page's numbers and months as text, made with Intl objects built once per language
 * and style, and each text remembered. The shared formatters (i18n/format.ts,
 * i18n/metrics.ts) build a new Intl object per call, which costs more than the rest of
 * a redraw together when a view shows a few hundred figures. format.test.ts checks
 * that these give exactly what the shared ones give, for every metric.
 */
import type { FigureRow } from '../metrics/types';
import { INTL_LOCALE, type Locale } from '../i18n/messages';
import { metricKind, suppressedShort } from '../i18n/metrics';

const LIMIT = 20_000;
const texts = new Map<string, string>();
const numberFormats = new Map<string, Intl.NumberFormat>();
const monthFormats = new Map<string, Intl.DateTimeFormat>();

function remember(key: string, make: () => string): string {
  let s = texts.get(key);
  if (s === undefined) {
    if (texts.size >= LIMIT) texts.clear();
    texts.set(key, (s = make()));
  }
  return s;
}

function numberFormat(locale: Locale, digits: number | 'percent'): Intl.NumberFormat {
  const key = `${locale}|${digits}`;
  let f = numberFormats.get(key);
  if (!f) {
    f =
      digits === 'percent'
        ? new Intl.NumberFormat(INTL_LOCALE[locale], { style: 'percent', maximumFractionDigits: 1 })
        : new Intl.NumberFormat(INTL_LOCALE[locale], { maximumFractionDigits: digits, minimumFractionDigits: digits });
    numberFormats.set(key, f);
  }
  return f;
}

/** As formatValue (i18n/metrics.ts): shares as %, rates with one decimal, indices with two. */
function valueOf(locale: Locale, metric: string, value: number): string {
  switch (metricKind(metric)) {
    case 'count':
    case 'days':
      return numberFormat(locale, 0).format(value);
    case 'share':
      return numberFormat(locale, 'percent').format(value);
    case 'per1000':
      return numberFormat(locale, 1).format(value);
    default:
      return numberFormat(locale, 2).format(value);
  }
}

/** formatValue, with cached Intl objects and remembered texts. */
export function valueText(locale: Locale, metric: string, value: number): string {
  return remember(`v|${locale}|${metric}|${value}`, () => valueOf(locale, metric, value));
}

/** formatFigure: the value, or what stands in for a suppressed one; '–' when there is no figure. */
export function figureText(locale: Locale, row: FigureRow | undefined, k: number): string {
  if (!row) return '–';
  if (row.suppressed || row.value === null) {
    const reason = row.suppressed ?? 'not_available';
    return remember(`s|${locale}|${k}|${row.metric}|${reason}`, () => suppressedShort(locale, row.metric, reason, k));
  }
  return valueText(locale, row.metric, row.value);
}

/** formatMonth (i18n/format.ts): 'YYYY-MM' as 'nov. 2026' / 'Nov 2026', or the long form. */
export function monthText(locale: Locale, month: string, style: 'short' | 'long' = 'short'): string {
  return remember(`m|${locale}|${style}|${month}`, () => {
    const key = `${locale}|${style}`;
    let f = monthFormats.get(key);
    if (!f) monthFormats.set(key, (f = new Intl.DateTimeFormat(INTL_LOCALE[locale], { month: style, year: 'numeric', timeZone: 'UTC' })));
    const [y, m] = month.split('-').map(Number);
    return f.format(new Date(Date.UTC(y, m - 1, 1)));
  });
}

/**
 * Month texts made at build time, for the language the page starts in: hydrating the
 * prerendered page then builds no date formatter (its first one costs more than the
 * whole hydration on a slow machine).
 */
export function seedMonthTexts(locale: Locale, entries: readonly [string, string][]): void {
  for (const [month, text] of entries) if (!texts.has(`m|${locale}|short|${month}`)) texts.set(`m|${locale}|short|${month}`, text);
}
