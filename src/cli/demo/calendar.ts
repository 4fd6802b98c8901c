/**
 * Dates as whole days since 1970-01-01 (UTC), so nothing depends on the machine's
 * time zone or clock.
 */
export type Day = number;

const MS_PER_DAY = 86_400_000;

export function toDay(y: number, m: number, d: number): Day {
  return Math.round(Date.UTC(y, m - 1, d) / MS_PER_DAY);
}

export function isoDate(day: Day): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** 0 = Monday ... 6 = Sunday. */
export function weekday(day: Day): number {
  // 1970-01-01 was a Thursday (3).
  return (((day + 3) % 7) + 7) % 7;
}

export interface Month {
  index: number;
  year: number;
  month: number;
  label: string;
  first: Day;
  last: Day;
}

/** Parse `YYYY-MM`; throws with a plain message on anything else. */
export function parseMonth(text: string): { year: number; month: number } {
  const m = /^(\d{4})-(\d{2})$/.exec(text);
  if (!m || Number(m[2]) < 1 || Number(m[2]) > 12) throw new Error(`expected a month as YYYY-MM, got "${text}"`);
  return { year: Number(m[1]), month: Number(m[2]) };
}

/** The `count` whole months that end with `end` (YYYY-MM), oldest first. */
export function monthsEnding(end: string, count: number): Month[] {
  const { year, month } = parseMonth(end);
  const months: Month[] = [];
  for (let i = 0; i < count; i++) {
    const offset = year * 12 + (month - 1) - (count - 1 - i);
    const y = Math.floor(offset / 12);
    const m = (offset % 12) + 1;
    const first = toDay(y, m, 1);
    const last = toDay(m === 12 ? y + 1 : y, m === 12 ? 1 : m + 1, 1) - 1;
    months.push({ index: i, year: y, month: m, label: `${y}-${String(m).padStart(2, '0')}`, first, last });
  }
  return months;
}

/** Easter Sunday (anonymous Gregorian algorithm). */
function easter(year: number): Day {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return toDay(year, month, day);
}

/** Belgian public holidays: no sessions on these days. */
export function publicHolidays(year: number): Set<Day> {
  const e = easter(year);
  return new Set([
    toDay(year, 1, 1),
    e + 1, // Easter Monday
    toDay(year, 5, 1),
    e + 39, // Ascension
    e + 50, // Whit Monday
    toDay(year, 7, 21),
    toDay(year, 8, 15),
    toDay(year, 11, 1),
    toDay(year, 11, 11),
    toDay(year, 12, 25)
  ]);
}

/** Flemish summer school holiday: July and August. */
export function isSummer(day: Day): boolean {
  const m = new Date(day * MS_PER_DAY).getUTCMonth() + 1;
  return m === 7 || m === 8;
}

/** Christmas break, when most neighbourhood work closes. */
export function isChristmasBreak(day: Day): boolean {
  const dt = new Date(day * MS_PER_DAY);
  const m = dt.getUTCMonth() + 1;
  const d = dt.getUTCDate();
  return (m === 12 && d >= 24) || (m === 1 && d <= 3);
}

/** Easter school holiday, approximated as the two weeks around Easter Monday. */
export function isEasterBreak(day: Day): boolean {
  const year = new Date(day * MS_PER_DAY).getUTCFullYear();
  const e = easter(year);
  return day >= e - 6 && day <= e + 7;
}

export function monthOf(day: Day): string {
  return isoDate(day).slice(0, 7);
}
