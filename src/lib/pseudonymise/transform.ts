import { normaliseHeader } from '../load/detect';
import { columnIndex, toCsv, type CsvTable } from './csv';
import { guardOutputs, type GuardTable } from './guard';
import type { Pseudonymiser } from './key';
import { ageBand, nameIdentifier, nationalNumberIdentifier, parseDate } from './normalise';
import type { WijkTable } from './wijken';

/**
 * A partner's raw registration file -> the participants and participations tables of
 * DATA-FORMAT.md. Only what the mapping names is read; every direct identifier is used
 * for the pseudonym, the age band or the wijk and then dropped; the outputs pass the
 * guard before they are returned.
 */
export interface Mapping {
  /** Which identifier the pseudonym is made of; both partners must choose the same. Default: national_number when mapped. */
  identifier?: 'national_number' | 'name_dob';
  national_number?: string;
  /** Family name, or the full name in one column. */
  name?: string;
  first_name?: string;
  date_of_birth?: string;
  postcode?: string;
  /** Street and house number (a postcode after a comma is read too). */
  address?: string;
  activity_id: string;
  date: string;
  role?: string;
  /** Other categorical columns copied to participants (gender, origin, ...), under their own (normalised) name. */
  dimensions?: string[];
  /** The day on which ages are counted, YYYY-MM-DD; both partners must use the same. Default: 1 January of the year of the latest session. */
  reference_date?: string;
}

export const MAPPING_FIELDS = ['national_number', 'name', 'first_name', 'date_of_birth', 'postcode', 'address', 'activity_id', 'date', 'role'] as const;
export type MappingField = (typeof MAPPING_FIELDS)[number];

export interface TransformResult {
  participants: Array<Record<string, string>>;
  participations: Array<Record<string, string>>;
  participantColumns: string[];
  participationColumns: string[];
  /** Rows left out, by line number and reason; never with the row's values. */
  rejected: RejectedLine[];
  referenceDate: string;
  stats: { rows: number; participations: number; participants: number; unknownWijk: number; unknownAge: number };
}

/** Why a line was left out, as a code, so a page can say it in its reader's language. */
export type RejectCode = 'fields' | 'national_number' | 'name_dob' | 'date' | 'activity';

/** A line left out: `reason` in English (the command line), `code` (and for 'fields' the counts) for the pages. */
export interface RejectedLine {
  line: number;
  reason: string;
  code: RejectCode;
  /** 'fields': how many fields the line has, and how many the header has. */
  fields?: { got: number; want: number };
}

/** Check a mapping against the header; returns it with column indexes. Throws a plain message. */
export function checkMapping(headers: string[], m: Mapping): { idx: Partial<Record<MappingField, number>>; dims: Array<{ name: string; idx: number }>; identifier: 'national_number' | 'name_dob' } {
  const idx: Partial<Record<MappingField, number>> = {};
  for (const f of MAPPING_FIELDS) {
    const col = m[f];
    if (col === undefined || col === '') continue;
    if (typeof col !== 'string') throw new Error(`mapping: "${f}" must be a column name.`);
    const i = columnIndex(headers, col);
    if (i < 0) throw new Error(`mapping: column "${col}" (for ${f}) is not in the file. The file has: ${headers.join(', ')}.`);
    idx[f] = i;
  }
  if (idx.activity_id === undefined) throw new Error('mapping: "activity_id" is required (the column with the activity).');
  if (idx.date === undefined) throw new Error('mapping: "date" is required (the column with the session date).');
  const identifier = m.identifier ?? (idx.national_number !== undefined ? 'national_number' : 'name_dob');
  if (identifier !== 'national_number' && identifier !== 'name_dob') throw new Error('mapping: "identifier" must be "national_number" or "name_dob".');
  if (identifier === 'national_number' && idx.national_number === undefined) throw new Error('mapping: identifier "national_number" needs the "national_number" column.');
  if (identifier === 'name_dob' && (idx.name === undefined || idx.date_of_birth === undefined)) {
    throw new Error('mapping: without a national register number, "name" and "date_of_birth" are required.');
  }
  if (m.reference_date !== undefined && !parseDate(m.reference_date)) throw new Error(`mapping: reference_date "${m.reference_date}" is not a date (YYYY-MM-DD).`);
  const reserved = new Set(['participant_id', 'residence_wijk_id', 'age_band']);
  const dims = (m.dimensions ?? []).map((d) => {
    const i = columnIndex(headers, d);
    if (i < 0) throw new Error(`mapping: dimension column "${d}" is not in the file.`);
    const name = normaliseHeader(d);
    if (reserved.has(name)) throw new Error(`mapping: dimension "${d}" would overwrite the column ${name}.`);
    return { name, idx: i };
  });
  return { idx, dims, identifier };
}

export async function transform(
  table: CsvTable,
  mapping: Mapping,
  pseudonymiser: Pseudonymiser,
  wijken: WijkTable | null = null
): Promise<TransformResult> {
  const { idx, dims, identifier } = checkMapping(table.headers, mapping);
  const cell = (cells: string[], f: MappingField) => (idx[f] === undefined ? '' : (cells[idx[f]!] ?? '').trim());
  const rejected: TransformResult['rejected'] = [];
  const known = new Set<string>();

  type Person = { latest: string; dob: string | null; postcode: string; address: string; dims: string[] };
  const people = new Map<string, Person>();
  const participations: Array<Record<string, string>> = [];
  let latestDate = '';
  for (const r of table.rows) {
    const c = r.cells;
    if (c.length !== table.headers.length) {
      rejected.push({ line: r.line, reason: `${c.length} fields where the header has ${table.headers.length}`, code: 'fields', fields: { got: c.length, want: table.headers.length } });
      continue;
    }
    for (const f of ['national_number', 'name', 'first_name', 'address'] as const) {
      const v = cell(c, f);
      if (v) {
        known.add(v);
        if (f === 'national_number') known.add(v.replace(/[\s./-]/g, ''));
      }
    }
    const id = identifier === 'national_number'
      ? nationalNumberIdentifier(cell(c, 'national_number'))
      : nameIdentifier(cell(c, 'name'), cell(c, 'first_name'), cell(c, 'date_of_birth'));
    if (!id) {
      rejected.push(
        identifier === 'national_number'
          ? { line: r.line, reason: 'no valid national register number (11 digits with a correct check number)', code: 'national_number' }
          : { line: r.line, reason: 'name or date of birth missing or unreadable', code: 'name_dob' }
      );
      continue;
    }
    const date = parseDate(cell(c, 'date'));
    if (!date) {
      rejected.push({ line: r.line, reason: 'session date missing or unreadable (expected YYYY-MM-DD or DD/MM/YYYY)', code: 'date' });
      continue;
    }
    const activity = cell(c, 'activity_id');
    if (!activity) {
      rejected.push({ line: r.line, reason: 'activity_id missing', code: 'activity' });
      continue;
    }
    const pid = await pseudonymiser.pseudonym(id);
    participations.push({ participant_id: pid, activity_id: activity, date, role: cell(c, 'role') });
    if (date > latestDate) latestDate = date;
    const dobRaw = cell(c, 'date_of_birth');
    const person: Person = {
      latest: date,
      dob: dobRaw ? parseDate(dobRaw) : null,
      postcode: cell(c, 'postcode'),
      address: cell(c, 'address'),
      dims: dims.map((d) => (c[d.idx] ?? '').trim())
    };
    const prev = people.get(pid);
    // The person's latest session gives the residence and attributes; a missing value is taken from an earlier row.
    if (!prev) people.set(pid, person);
    else {
      const [late, early] = person.latest >= prev.latest ? [person, prev] : [prev, person];
      people.set(pid, {
        latest: late.latest,
        dob: late.dob ?? early.dob,
        postcode: late.postcode || early.postcode,
        address: late.address || early.address,
        dims: late.dims.map((v, i) => v || early.dims[i])
      });
    }
  }

  const referenceDate = mapping.reference_date ? parseDate(mapping.reference_date)! : latestDate ? `${latestDate.slice(0, 4)}-01-01` : '';
  let unknownWijk = 0, unknownAge = 0;
  const participants: Array<Record<string, string>> = [];
  for (const [pid, p] of [...people].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const wijk = wijken ? wijken.lookup(p.address || null, p.postcode || null) : null;
    if (!wijk) unknownWijk++;
    const band = p.dob && referenceDate ? ageBand(p.dob, referenceDate) : null;
    if (!band) unknownAge++;
    const row: Record<string, string> = { participant_id: pid, residence_wijk_id: wijk ?? '', age_band: band ?? '' };
    dims.forEach((d, i) => (row[d.name] = p.dims[i]));
    participants.push(row);
  }
  participations.sort((a, b) => (a.participant_id + a.date + a.activity_id < b.participant_id + b.date + b.activity_id ? -1 : 1));
  const participantColumns = ['participant_id', 'residence_wijk_id', 'age_band', ...dims.map((d) => d.name)];
  const participationColumns = ['participant_id', 'activity_id', 'date', 'role'];
  guardOutputs(outputTables({ participants, participations, participantColumns, participationColumns }), known);
  return {
    participants,
    participations,
    participantColumns,
    participationColumns,
    rejected,
    referenceDate,
    stats: { rows: table.rows.length, participations: participations.length, participants: participants.length, unknownWijk, unknownAge }
  };
}

function outputTables(r: Pick<TransformResult, 'participants' | 'participations' | 'participantColumns' | 'participationColumns'>): GuardTable[] {
  return [
    { file: 'participants.csv', columns: r.participantColumns, rows: r.participants },
    { file: 'participations.csv', columns: r.participationColumns, rows: r.participations, dateColumns: ['date'] }
  ];
}

/** The two output files as CSV text. */
export function outputsToCsv(r: TransformResult): { 'participants.csv': string; 'participations.csv': string } {
  return {
    'participants.csv': toCsv(r.participantColumns, r.participants),
    'participations.csv': toCsv(r.participationColumns, r.participations)
  };
}
