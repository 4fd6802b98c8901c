import { normaliseHeader } from '../load/detect';
import { nationalNumberValid, normaliseText, parseDate } from './normalise';

/**
 * The last check before anything is written: an output column that looks like a direct
 * identifier (a name, national register number, e-mail address, phone number, full date
 * of birth or street address) stops the whole output, with the column and the reason.
 * Detected from the header and from the values; values are never repeated in the message.
 */
export interface GuardTable {
  /** File name, for the message. */
  file: string;
  columns: string[];
  rows: Array<Record<string, string | null | undefined>>;
  /** Columns that may hold full dates (the session date of participations). */
  dateColumns?: string[];
}

export interface GuardProblem {
  file: string;
  column: string;
  reason: string;
}

export class GuardError extends Error {
  constructor(readonly problems: GuardProblem[]) {
    super(
      'Refusing to write an output that still holds direct identifiers: ' +
        problems.map((p) => `${p.file}: column "${p.column}" ${p.reason}`).join('; ') +
        '. Leave such columns out of the mapping.'
    );
    this.name = 'GuardError';
  }
}

/** Header words that name a direct identifier, with what they name. */
const HEADER_WORDS: Array<[RegExp, string]> = [
  [/^(naam|name|names|voornaam|voornamen|firstname|surname|lastname|familienaam|achternaam|fullname|vnaam|fnaam)$/, 'a name'],
  [/^(rijksregister|rijksregisternummer|rrn|insz|nrn|ssin|niss|bisnummer)$/, 'a national register number'],
  [/^(email|e_mail|mail|emailadres|mailadres)$/, 'an e-mail address'],
  [/^(telefoon|telefoonnummer|tel|phone|gsm|mobile|mobiel|gsmnummer|telephone)$/, 'a phone number'],
  [/^(geboortedatum|birthdate|dob|birth|geboorte|geboren|birthday)$/, 'a date of birth'],
  [/^(adres|address|straat|street|straatnaam|huisnummer|housenumber|bus|woonplaats|domicilie)$/, 'a street address']
];

/** Compound headers: "first_name", "date_of_birth", "e-mail", "national_number". */
const HEADER_PHRASES: Array<[RegExp, string]> = [
  [/(^|_)(first|last|family|given|full|sur|voor|achter|familie)_?name($|_)/, 'a name'],
  [/(^|_)(national|rijksregister)_?(number|nummer|nr|no|register)?($|_)/, 'a national register number'],
  [/(^|_)e_?mail($|_)/, 'an e-mail address'],
  [/(^|_)(phone|telefoon|gsm|mobile)/, 'a phone number'],
  [/(date|datum)_?(of_)?(birth|geboorte)|geboorte_?datum|birth_?date/, 'a date of birth'],
  [/(^|_)(street|straat|address|adres)/, 'a street address']
];

function headerReason(column: string): string | null {
  const h = normaliseHeader(column).normalize('NFD').replace(/\p{M}/gu, '');
  for (const [re, what] of HEADER_PHRASES) if (re.test(h)) return what;
  for (const w of h.split(/[_.]+/)) for (const [re, what] of HEADER_WORDS) if (re.test(w)) return what;
  return null;
}

const EMAIL = /[^\s@]+@[^\s@]+\.[a-z]{2,}/i;
const PHONE = /^(\+|00|0)[\d\s().\/-]{7,}$/;
const STREET_SUFFIX = '(straat|laan|plein|weg|lei|dreef|steenweg|kaai|dijk|markt|hof|park|baan|singel|vest|berg|pad|plaats|kouter|street|road|avenue|square|lane|rue|chaussee)';
const ADDRESS = new RegExp(`^[\\p{L}][\\p{L}'’ .-]*${STREET_SUFFIX}\\s*,?\\s*\\d+\\s*[a-z]?\\b`, 'iu');

function looksLikeNationalNumber(v: string): boolean {
  if (!/^\d{2}[.\s-]?\d{2}[.\s-]?\d{2}[.\s-]?\d{3}[.\s-]?\d{2}$/.test(v)) return false;
  return nationalNumberValid(v.replace(/[\s.-]/g, ''));
}
function looksLikePhone(v: string): boolean {
  if (!PHONE.test(v)) return false;
  const digits = v.replace(/\D/g, '').length;
  return digits >= 9 && digits <= 13;
}

/**
 * The problems of the tables, empty when they may be written. `knownIdentifiers` are the
 * raw identifier values of the input (names, numbers, addresses): a cell equal to one,
 * after normalisation, is an identifier that survived.
 */
export function checkOutputs(tables: GuardTable[], knownIdentifiers: Iterable<string> = []): GuardProblem[] {
  const known = new Set<string>();
  for (const k of knownIdentifiers) {
    const n = normaliseText(k);
    if (n.length >= 3) known.add(n);
  }
  const problems: GuardProblem[] = [];
  for (const t of tables) {
    for (const col of t.columns) {
      const add = (reason: string) => problems.push({ file: t.file, column: col, reason });
      const h = headerReason(col);
      if (h) { add(`is named like ${h}`); continue; }
      let n = 0, email = 0, nn = 0, phone = 0, date = 0, address = 0, knownHits = 0;
      for (const r of t.rows) {
        const v = (r[col] ?? '').trim();
        if (!v) continue;
        n++;
        if (EMAIL.test(v)) email++;
        if (looksLikeNationalNumber(v)) nn++;
        else if (looksLikePhone(v)) phone++;
        if (parseDate(v)) date++;
        if (ADDRESS.test(v)) address++;
        if (known.size && known.has(normaliseText(v))) knownHits++;
      }
      if (!n) continue;
      const most = (x: number) => x > 0 && x * 2 >= n;
      if (email) add(`holds e-mail addresses (${email} of ${n} values)`);
      else if (nn) add(`holds national register numbers (${nn} of ${n} values)`);
      else if (knownHits) add(`holds names, numbers or addresses of the input file (${knownHits} of ${n} values)`);
      else if (most(phone)) add(`holds phone numbers (${phone} of ${n} values)`);
      else if (most(address)) add(`holds street addresses (${address} of ${n} values)`);
      else if (most(date) && !(t.dateColumns ?? []).includes(col)) add(`holds full dates, such as dates of birth (${date} of ${n} values)`);
    }
  }
  return problems;
}

/** Throw a GuardError when any output holds an identifier-like column. */
export function guardOutputs(tables: GuardTable[], knownIdentifiers: Iterable<string> = []): void {
  const problems = checkOutputs(tables, knownIdentifiers);
  if (problems.length) throw new GuardError(problems);
}
