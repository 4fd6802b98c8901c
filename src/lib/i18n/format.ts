import { INTL_LOCALE, type Locale } from './messages';

// Building an Intl formatter costs far more than using one; a redraw formats thousands of numbers.
const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();
function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat>(key: string, make: () => T): T {
  let f = formatters.get(key) as T | undefined;
  if (!f) formatters.set(key, (f = make()));
  return f;
}

/** A shared Intl.NumberFormat for a language and options (made once). */
export function numberFormat(locale: Locale, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  return cached(`n|${locale}|${JSON.stringify(options)}`, () => new Intl.NumberFormat(INTL_LOCALE[locale], options));
}

/** Numbers the way the reader expects them: 1.234,5 in Dutch, 1,234.5 in English. */
export function formatNumber(locale: Locale, n: number, digits = 0): string {
  return numberFormat(locale, { maximumFractionDigits: digits, minimumFractionDigits: digits }).format(n);
}

/** 'YYYY-MM' -> 'jan. 2025' / 'Jan 2025'; long form for sentences: 'januari 2025' / 'January 2025'. */
export function formatMonth(locale: Locale, month: string, style: 'short' | 'long' = 'short'): string {
  const [y, m] = month.split('-').map(Number);
  const f = cached(`m|${locale}|${style}`, () => new Intl.DateTimeFormat(INTL_LOCALE[locale], { month: style, year: 'numeric', timeZone: 'UTC' }));
  return f.format(new Date(Date.UTC(y, m - 1, 1)));
}

/** A count of persons under disclosure control (METRICS.md): below k shows as "<k"; zero stays zero. */
export function formatCount(locale: Locale, n: number | null, k: number): string {
  if (n === null || (n > 0 && n < k)) return `<${formatNumber(locale, k)}`;
  return formatNumber(locale, n);
}
