/** Month arithmetic the auditor needs, kept here so it depends on no metric code. */

/** 'YYYY-MM' -> months since year 0. */
export const monthIndex = (m: string): number => Number(m.slice(0, 4)) * 12 + Number(m.slice(5, 7)) - 1;

/** Inverse of monthIndex. */
export const monthString = (i: number): string => `${String(Math.floor(i / 12)).padStart(4, '0')}-${String((i % 12) + 1).padStart(2, '0')}`;

/** Every month of [from, to]. */
export function monthsOf(from: string, to: string): string[] {
  const out: string[] = [];
  for (let i = monthIndex(from); i <= monthIndex(to); i++) out.push(monthString(i));
  return out;
}

/** The period of equal length just before (METRICS.md R9). */
export function previous(from: string, to: string): { from: string; to: string } {
  const n = monthIndex(to) - monthIndex(from) + 1;
  return { from: monthString(monthIndex(from) - n), to: monthString(monthIndex(from) - 1) };
}

/** Last day of a month, 'YYYY-MM-DD'. */
export function lastDayOf(m: string): string {
  const d = new Date(Date.UTC(Number(m.slice(0, 4)), Number(m.slice(5, 7)), 0)).getUTCDate();
  return `${m}-${String(d).padStart(2, '0')}`;
}
