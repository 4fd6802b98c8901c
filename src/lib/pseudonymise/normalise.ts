/**
 * Normalisation, so that one person gets one identifier string in every partner's
 * system, however the file spells it. Documented rules (both partners apply the same):
 *
 * - text: Unicode NFD, combining marks removed (é -> e, ë -> e, ç -> c), lower case,
 *   hyphens, apostrophes, dots and commas read as spaces, runs of white space as one
 *   space, trimmed ("  Dé Smet-Küpper " -> "de smet kupper");
 * - national register number (rijksregisternummer): every space, dot, dash and slash
 *   removed; what remains must be 11 digits with a valid check number
 *   ("85.07.30-033.28", "850730 033 28" and "85073003328" are one number);
 * - dates: YYYY-MM-DD, DD/MM/YYYY or DD-MM-YYYY (day and month may have one digit),
 *   checked to exist, written as YYYY-MM-DD;
 * - the identifier that is hashed: "rrn:" + the 11 digits, or, without a national
 *   number, "name:" + the words of first name and name, sorted, + "|" + the date of
 *   birth ("name:jan peeters|1985-07-30"). Sorting the words makes "Peeters, Jan" in one
 *   column and "Jan" + "Peeters" in two columns the same person.
 */

/** Trimmed, lower case, without diacritics, punctuation as single spaces. */
export function normaliseText(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[-'’‘`´.,_]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The check of a Belgian national register number: 97 - (first 9 digits mod 97), with a 2 in front for births from 2000. */
export function nationalNumberValid(digits: string): boolean {
  if (!/^\d{11}$/.test(digits)) return false;
  const base = Number(digits.slice(0, 9));
  const check = Number(digits.slice(9));
  return 97 - (base % 97) === check || 97 - ((2_000_000_000 + base) % 97) === check;
}

/** A national register number as its 11 digits, or null when it is not one. */
export function normaliseNationalNumber(s: string): string | null {
  const digits = s.trim().replace(/[\s./-]/g, '');
  return nationalNumberValid(digits) ? digits : null;
}

/** YYYY-MM-DD, DD/MM/YYYY or DD-MM-YYYY -> YYYY-MM-DD, or null when it is not a real date. */
export function parseDate(s: string): string | null {
  const t = s.trim();
  let y: number, m: number, d: number;
  let match = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
  if (match) {
    [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  } else {
    match = /^(\d{1,2})[/-](\d{1,2})[/-](\d{4})$/.exec(t);
    if (!match) return null;
    [d, m, y] = [Number(match[1]), Number(match[2]), Number(match[3])];
  }
  if (y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1) return null;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (d > days) return null;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** The string that is hashed for a national register number. */
export function nationalNumberIdentifier(raw: string): string | null {
  const n = normaliseNationalNumber(raw);
  return n ? `rrn:${n}` : null;
}

/** The string that is hashed for a name (one column or two) and a date of birth; null when either is missing. */
export function nameIdentifier(name: string, firstName: string, dateOfBirth: string): string | null {
  const words = normaliseText(`${firstName} ${name}`).split(' ').filter(Boolean).sort();
  const dob = parseDate(dateOfBirth);
  if (!words.length || !dob) return null;
  return `name:${words.join(' ')}|${dob}`;
}

export const AGE_BANDS = ['0-11', '12-17', '18-24', '25-44', '45-64', '65-79', '80+'] as const;
export type AgeBand = (typeof AGE_BANDS)[number];

/** Age in whole years on the reference date (both YYYY-MM-DD). */
export function ageOn(dateOfBirth: string, refDate: string): number {
  const [by, bm, bd] = dateOfBirth.split('-').map(Number);
  const [ry, rm, rd] = refDate.split('-').map(Number);
  return ry - by - (rm < bm || (rm === bm && rd < bd) ? 1 : 0);
}

/** The age band on the reference date; null for a birth date after it or unreadable input. */
export function ageBand(dateOfBirth: string, refDate: string): AgeBand | null {
  const dob = parseDate(dateOfBirth);
  const ref = parseDate(refDate);
  if (!dob || !ref) return null;
  const age = ageOn(dob, ref);
  if (age < 0) return null;
  if (age <= 11) return '0-11';
  if (age <= 17) return '12-17';
  if (age <= 24) return '18-24';
  if (age <= 44) return '25-44';
  if (age <= 64) return '45-64';
  if (age <= 79) return '65-79';
  return '80+';
}

/** A postcode as its 4 digits ("B-9000", "9000 Gent" -> "9000"), or null. */
export function normalisePostcode(s: string): string | null {
  const m = /(?:^|\D)(\d{4})(?:\D|$)/.exec(s.trim());
  return m ? m[1] : null;
}

/**
 * The street of an address: normalised, without house number, box and what follows
 * ("Sint-Pietersplein 5 bus 2, 9000 Gent" -> "sint pietersplein").
 */
export function streetOf(address: string): string | null {
  const base = address.split(',')[0] ?? '';
  const words = normaliseText(base).split(' ');
  const out: string[] = [];
  for (const w of words) {
    if (/^\d/.test(w)) break;
    out.push(w);
  }
  const street = out.join(' ').trim();
  return street || null;
}
