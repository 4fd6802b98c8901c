/**
 * Which participant columns become dimensions (DATA-FORMAT.md): a column holding 2 to 30
 * distinct known values. An empty column, a single value, free text or an identifier is left
 * out, with its reason. This is a privacy rule: each value of a dimension becomes a group label
 * in the figures, so a remark column with "Jan Peeters 0475123456" must never be one. The
 * loader applies it to every row; the mapping screen applies what a sample can already tell.
 */
import type { Engine } from '../engine/types';
import { quoteIdent as q, quoteLiteral as lit } from '../engine/sql';
import { PARTICIPANT_NON_DIMENSIONS } from './schema';

/** Known values a dimension must have, at least and at most. */
export const DIMENSION_VALUES = { min: 2, max: 30 } as const;

/** A value this long is a sentence, not a category ("Hoger onderwijs (bachelor of master)" is 36). */
export const LONG_VALUE = 50;

/**
 * A column whose values are mostly different from each other (more distinct values than half
 * the known values, once there are this many) tells people apart rather than grouping them.
 */
export const MOSTLY_UNIQUE_FROM = 10;

/** Why a column is not a dimension. */
export type LeftOutReason = 'identifierName' | 'personalValues' | 'longText' | 'empty' | 'single' | 'tooMany' | 'mostlyUnique';

/** Each reason in the loader's English (the command line prints it; the page words it in words/load.ts). */
export const LEFT_OUT_TEXT: Record<LeftOutReason, string> = {
  identifierName: 'the column name points to a name, address, number, date of birth or remark',
  personalValues: 'values look like a phone or national number, an e-mail address or a pseudonym',
  longText: `long text (over ${LONG_VALUE} characters): free text, not a group`,
  empty: 'empty: not a single value',
  single: 'a single value',
  tooMany: `more than ${DIMENSION_VALUES.max} distinct values: free text or an identifier`,
  mostlyUnique: 'nearly every value differs: it tells persons apart rather than groups'
};

/** A participant column left out of the dimensions, and why. */
export interface LeftOutColumn {
  column: string;
  reason: LeftOutReason;
  /** Distinct known values in the column (for the report). */
  distinct: number;
}

/**
 * Headers that name a direct identifier (a name, national number, address, contact, birth
 * date): such a column is never a dimension, whatever its values.
 */
export const IDENTIFIER_HEADER =
  /(^|_)(naam|name|voornaam|familienaam|achternaam|firstname|lastname|surname|rijksregister|rijksregisternummer|rrn|insz|nrn|email|e_mail|mail|telefoon|tel|phone|gsm|mobile|geboortedatum|birthdate|dob|adres|address|straat|street|huisnummer|opmerking|opmerkingen|remark|remarks|comment|comments|notitie|notities|note|notes)($|_)|date_of_birth|first_name|last_name/;

/** A pseudonym as the pseudonymiser writes it. */
const PSEUDONYM = /^P[0-9a-f]{20}$/i;

/**
 * A value that names or reaches a person: a pseudonym, an e-mail address, or a run of six or
 * more digits once spaces and dots are taken out (a phone or national number: 0475 12 34 56,
 * 85.07.30-033.28). Age bands (18-34) and years (2020-2024) have shorter runs.
 */
export function looksPersonal(value: string): boolean {
  if (PSEUDONYM.test(value)) return true;
  if (/[^\s@]+@[^\s@]+\.[^\s@]+/.test(value)) return true;
  return /\d{6,}/.test(value.replace(/[\s.]/g, ''));
}

/** What the rule looks at in a column: all its known values, or a sample of them. */
export interface ColumnStats {
  /** The header (normalised, as the loader names the column). */
  column: string;
  /** Known (non-empty) values. */
  known: number;
  distinct: number;
  /** Characters in the longest value. */
  longest: number;
  /** Whether any value looks personal (looksPersonal). */
  personal: boolean;
}

/** The rule over a whole column: null when it is a dimension, else why it is left out. */
export function dimensionVerdict(s: ColumnStats): LeftOutReason | null {
  return shapeVerdict(s) ?? countVerdict(s);
}

/** What the header and the values' shape tell, whatever the number of rows. */
function shapeVerdict(s: ColumnStats): LeftOutReason | null {
  if (IDENTIFIER_HEADER.test(s.column.normalize('NFD').replace(/\p{M}/gu, ''))) return 'identifierName';
  if (s.personal) return 'personalValues';
  if (s.longest > LONG_VALUE) return 'longText';
  return null;
}

/** What the counts tell. */
function countVerdict(s: ColumnStats): LeftOutReason | null {
  if (s.known === 0) return 'empty';
  if (s.distinct < DIMENSION_VALUES.min) return 'single';
  if (s.distinct > DIMENSION_VALUES.max) return 'tooMany';
  if (s.known >= MOSTLY_UNIQUE_FROM && s.distinct * 2 > s.known) return 'mostlyUnique';
  return null;
}

/** The stats of a column from its values (trimmed; empty is unknown). */
export function statsOf(column: string, values: Array<string | null | undefined>): ColumnStats {
  const known = values.map((v) => (v ?? '').trim()).filter((v) => v !== '');
  return {
    column,
    known: known.length,
    distinct: new Set(known).size,
    longest: known.reduce((n, v) => Math.max(n, [...v].length), 0),
    personal: known.some(looksPersonal)
  };
}

/**
 * The rule over the first rows of a file (the mapping screen): only what more rows cannot
 * undo. The header and the values' shape; more than 30 distinct values (more rows only add);
 * and a sample of at least 10 values nearly all different (an identifier). An empty or
 * single-valued sample says nothing yet: the load decides.
 */
export function sampleVerdict(column: string, values: Array<string | null | undefined>): LeftOutReason | null {
  const s = statsOf(column, values);
  const shape = shapeVerdict(s);
  if (shape) return shape;
  if (s.distinct > DIMENSION_VALUES.max) return 'tooMany';
  if (s.known >= MOSTLY_UNIQUE_FROM && s.distinct / s.known > 0.9) return 'mostlyUnique';
  return null;
}

/**
 * The rule applied to the loaded participants table: every column that is not a dimension is
 * dropped from it (so no figure can ever group by it), and returned with its reason. Counts
 * come from DuckDB over all rows; only the values of columns with at most 30 of them are
 * looked at here.
 */
export async function applyDimensionRule(engine: Engine): Promise<LeftOutColumn[]> {
  const columns = (
    await engine.query<{ name: string }>(`SELECT column_name AS name FROM information_schema.columns WHERE table_name = 'participants' ORDER BY ordinal_position`)
  )
    .map((r) => r.name)
    .filter((c) => !PARTICIPANT_NON_DIMENSIONS.has(c));
  if (!columns.length) return [];
  const [counts] = await engine.query<Record<string, number>>(
    `SELECT ${columns.map((c, i) => `count(${q(c)})::BIGINT AS k${i}, count(DISTINCT ${q(c)})::BIGINT AS d${i}`).join(', ')} FROM participants`
  );
  const few = columns.filter((_, i) => Number(counts[`d${i}`]) <= DIMENSION_VALUES.max);
  const values = few.length
    ? await engine.query<{ c: string; v: string }>(few.map((c) => `SELECT ${lit(c)} AS c, ${q(c)} AS v FROM participants WHERE ${q(c)} IS NOT NULL GROUP BY 2`).join(' UNION ALL '))
    : [];
  const leftOut: LeftOutColumn[] = [];
  columns.forEach((column, i) => {
    const vs = values.filter((x) => x.c === column).map((x) => x.v);
    const stats: ColumnStats = {
      column,
      known: Number(counts[`k${i}`]),
      distinct: Number(counts[`d${i}`]),
      longest: vs.reduce((n, v) => Math.max(n, [...v].length), 0),
      personal: vs.some(looksPersonal)
    };
    const reason = dimensionVerdict(stats);
    if (reason) leftOut.push({ column, reason, distinct: stats.distinct });
  });
  for (const l of leftOut) await engine.exec(`ALTER TABLE participants DROP COLUMN ${q(l.column)}`);
  return leftOut;
}
