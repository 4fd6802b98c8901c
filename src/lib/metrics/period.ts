/**
 * Month arithmetic for periods of whole months ('YYYY-MM', inclusive bounds).
 * Pure string/integer arithmetic: no Date objects, so nothing depends on the
 * machine's time zone.
 */

const MONTH_RE = /^(\d{4})-(\d{2})$/;

/** 'YYYY-MM' -> months since year 0 (January of year 0 = 0). Throws on a malformed month. */
export function monthIndex(month: string): number {
  const m = MONTH_RE.exec(month);
  if (!m) throw new Error(`not a month 'YYYY-MM': ${JSON.stringify(month)}`);
  const y = Number(m[1]);
  const mm = Number(m[2]);
  if (mm < 1 || mm > 12) throw new Error(`not a month 'YYYY-MM': ${JSON.stringify(month)}`);
  return y * 12 + (mm - 1);
}

/** Inverse of monthIndex. */
export function monthFromIndex(i: number): string {
  const y = Math.floor(i / 12);
  const mm = i - y * 12 + 1;
  return `${String(y).padStart(4, '0')}-${String(mm).padStart(2, '0')}`;
}

export function addMonths(month: string, n: number): string {
  return monthFromIndex(monthIndex(month) + n);
}

/** Number of months in [from, to], inclusive. Throws when to < from. */
export function periodLength(from: string, to: string): number {
  const n = monthIndex(to) - monthIndex(from) + 1;
  if (n < 1) throw new Error(`period ends before it starts: ${from} .. ${to}`);
  return n;
}

/** The period of equal length just before [from, to] (METRICS.md R9). */
export function previousPeriod(from: string, to: string): { from: string; to: string } {
  const n = periodLength(from, to);
  return { from: addMonths(from, -n), to: addMonths(from, -1) };
}

/** 'YYYY-MM' -> 'YYYY-MM-01'. */
export function firstDay(month: string): string {
  monthIndex(month);
  return `${month}-01`;
}

/** The first day after the month: 'YYYY-MM' -> first day of the next month. */
export function firstDayAfter(month: string): string {
  return `${addMonths(month, 1)}-01`;
}

/** The last day of the month, 'YYYY-MM-DD' (Gregorian leap years). */
export function lastDay(month: string): string {
  const i = monthIndex(month);
  const y = Math.floor(i / 12);
  const mm = (i % 12) + 1;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][mm - 1];
  return `${month}-${String(days).padStart(2, '0')}`;
}

/** Whether month m lies in [from, to]. */
export function inPeriod(m: string, from: string, to: string): boolean {
  const i = monthIndex(m);
  return i >= monthIndex(from) && i <= monthIndex(to);
}
