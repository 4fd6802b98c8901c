/**
 * Every number, percentage, month and date the site writes, made here and only here:
 * with Intl for the reader's language, each Intl object built once (building one costs
 * far more than using it) and each text remembered (a redraw writes the same few hundred
 * values again). No other module builds an Intl formatter.
 */
import { INTL_LOCALE, type Locale } from './locale';

const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();
function formatter<T extends Intl.NumberFormat | Intl.DateTimeFormat>(key: string, make: () => T): T {
  let f = formatters.get(key) as T | undefined;
  if (!f) formatters.set(key, (f = make()));
  return f;
}

const LIMIT = 20_000;
const texts = new Map<string, string>();
function remember(key: string, make: () => string): string {
  let s = texts.get(key);
  if (s === undefined) {
    if (texts.size >= LIMIT) texts.clear();
    texts.set(key, (s = make()));
  }
  return s;
}

/**
 * Numbers the way the reader expects them, with exactly `digits` decimals: 1.234,5 in Dutch,
 * 1,234.5 in English. A value that rounds to zero is 0, never "-0" (signDisplay 'negative').
 */
export function formatNumber(locale: Locale, n: number, digits = 0): string {
  return remember(`n|${locale}|${digits}|${n}`, () =>
    formatter(`n|${locale}|${digits}`, () => new Intl.NumberFormat(INTL_LOCALE[locale], { minimumFractionDigits: digits, maximumFractionDigits: digits, signDisplay: 'negative' })).format(n)
  );
}

/** Up to `digits` decimals, no trailing zeros: 0,5 rather than 0,50 (thresholds, examples). */
export function formatDecimal(locale: Locale, n: number, digits = 2): string {
  return remember(`d|${locale}|${digits}|${n}`, () =>
    formatter(`d|${locale}|${digits}`, () => new Intl.NumberFormat(INTL_LOCALE[locale], { maximumFractionDigits: digits, signDisplay: 'negative' })).format(n)
  );
}

/** A share 0..1 as a percentage with up to `digits` decimals: 25,6 % in Dutch, 25.6% in English. */
export function formatPercent(locale: Locale, share: number, digits = 1): string {
  return remember(`p|${locale}|${digits}|${share}`, () =>
    formatter(`p|${locale}|${digits}`, () => new Intl.NumberFormat(INTL_LOCALE[locale], { style: 'percent', maximumFractionDigits: digits, signDisplay: 'negative' })).format(share)
  );
}

/** 'YYYY-MM' -> 'jan. 2025' / 'Jan 2025'; the long form for sentences: 'januari 2025' / 'January 2025'. */
export function formatMonth(locale: Locale, month: string, style: 'short' | 'long' = 'short'): string {
  return remember(`m|${locale}|${style}|${month}`, () => {
    const [y, m] = month.split('-').map(Number);
    const f = formatter(`m|${locale}|${style}`, () => new Intl.DateTimeFormat(INTL_LOCALE[locale], { month: style, year: 'numeric', timeZone: 'UTC' }));
    return f.format(new Date(Date.UTC(y, m - 1, 1)));
  });
}

/** A day 'YYYY-MM-DD' as the reader writes it: '31 maart 2025' / '31 March 2025'. */
export function formatDay(locale: Locale, day: string): string {
  return remember(`D|${locale}|${day}`, () => {
    const [y, m, d] = day.split('-').map(Number);
    const f = formatter(`D|${locale}`, () => new Intl.DateTimeFormat(INTL_LOCALE[locale], { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }));
    return f.format(new Date(Date.UTC(y, m - 1, d)));
  });
}

/** A file's size in bytes, whole MB, kB or bytes, the number in the reader's way: '16 MB', '1.234 bytes'. */
export function formatSize(locale: Locale, bytes: number): string {
  if (bytes >= 1 << 20) return `${formatNumber(locale, bytes / (1 << 20))} MB`;
  if (bytes >= 1 << 10) return `${formatNumber(locale, bytes / (1 << 10))} kB`;
  return `${formatNumber(locale, bytes)} bytes`;
}

/** A moment (e.g. when data were kept) as a long date with the time. */
export function formatDateTime(locale: Locale, when: Date): string {
  return formatter(`t|${locale}`, () => new Intl.DateTimeFormat(INTL_LOCALE[locale], { dateStyle: 'long', timeStyle: 'short' })).format(when);
}

/**
 * Month texts made at build time, for the language the page starts in: hydrating the
 * prerendered page then builds no date formatter (its first one costs more than the
 * whole hydration on a slow machine).
 */
export function seedMonthTexts(locale: Locale, entries: readonly [string, string][]): void {
  for (const [month, text] of entries) if (!texts.has(`m|${locale}|short|${month}`)) texts.set(`m|${locale}|short|${month}`, text);
}

/** A text with its first letter capitalised (a figure's name as a heading). */
export function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
