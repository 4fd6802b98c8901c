/**
 * Which file is which table and which column is which field, guessed from the file name,
 * the header and a sample of values: Dutch and English words, then what the values look
 * like. Pure functions: the page shows the guess, the user confirms or corrects it, and
 * the loader applies it (InputFile.mapping) before validation.
 */
import { baseName, normaliseHeader } from './detect';
import { PARTICIPANT_NON_DIMENSIONS, TABLES, type TableName } from './schema';
import { sampleVerdict, type LeftOutReason } from './dimensions';

/** What the loader needs: the table, and per source column (normalised header) its field, or null to leave it out. */
export interface LoadMapping {
  table?: TableName;
  columns?: Record<string, string | null>;
}

export type MatchKind = 'exact' | 'synonym' | 'values' | 'dimension' | 'identifier' | 'none';

export interface ColumnGuess {
  /** The header as the file spells it. */
  header: string;
  /** normaliseHeader(header): the name the loader knows the column by. */
  source: string;
  /** Field (or, for participants, dimension name) the column feeds; null = not used. */
  target: string | null;
  /** 0..1: 1 = the header is the field's own name. */
  confidence: number;
  why: MatchKind;
  /** A participant column left out ('identifier'): why it cannot be a dimension. */
  leftOut?: LeftOutReason;
}

export interface FileGuess {
  table: TableName | null;
  tableConfidence: number;
  /** How the table was recognised. */
  tableBy: 'name' | 'columns' | 'none';
  columns: ColumnGuess[];
}

export const TABLE_ORDER: TableName[] = ['wijken', 'population', 'participants', 'activities', 'participations', 'signals'];

/** Words in a file name that say which table it holds (accents stripped, lower case). */
const TABLE_WORDS: Record<TableName, string[]> = {
  wijken: ['wijken', 'wijk', 'wijkenlijst', 'neighbourhoods', 'neighborhoods', 'buurten', 'districts'],
  population: ['population', 'bevolking', 'bevolkingscijfers', 'inwoners', 'populatie'],
  participants: ['participants', 'deelnemers', 'personen', 'persons', 'clienten', 'clients'],
  activities: ['activities', 'activiteiten', 'aanbod', 'activiteitenlijst'],
  participations: ['participations', 'deelnames', 'deelnemingen', 'aanwezigheden', 'aanwezigheid', 'attendance', 'registraties', 'presences'],
  signals: ['signals', 'signalen', 'meldingen']
};

/**
 * Header words per table and field, normalised (lower case, accents stripped, spaces as _).
 * `strong` words name the field outright; `weak` ones (id, naam, datum) only in that table.
 */
interface FieldWords {
  strong: string[];
  weak?: string[];
}
const ID_P = ['participant_id', 'participant', 'participantid', 'deelnemer', 'deelnemer_id', 'deelnemerid', 'deelnemersnummer', 'deelnemer_nr', 'deelnemernummer', 'persoon', 'persoon_id', 'person_id', 'personid', 'pseudoniem', 'pseudonym', 'pseudo_id', 'client_id', 'klant_id'];
const ID_A = ['activity_id', 'activity', 'activityid', 'activiteit', 'activiteit_id', 'activiteitid', 'activiteitscode', 'activiteit_code', 'activity_code', 'aanbod_id'];
const WIJK = ['wijk_id', 'wijk', 'wijkcode', 'wijk_code', 'wijknummer', 'wijk_nr', 'buurt', 'buurt_id', 'buurtcode', 'neighbourhood', 'neighbourhood_id', 'neighborhood', 'neighborhood_id'];
const FIELDS: Record<TableName, Record<string, FieldWords>> = {
  wijken: {
    wijk_id: { strong: WIJK, weak: ['id', 'code'] },
    wijk_name: { strong: ['wijk_name', 'wijknaam', 'wijk_naam', 'naam_wijk', 'buurtnaam', 'neighbourhood_name', 'neighborhood_name'], weak: ['naam', 'name'] },
    city: { strong: ['city', 'stad', 'gemeente', 'municipality', 'town'] },
    nis_code: { strong: ['nis_code', 'niscode', 'nis', 'nis_wijkcode'] }
  },
  population: {
    wijk_id: { strong: WIJK },
    ref_date: { strong: ['ref_date', 'peildatum', 'referentiedatum', 'reference_date', 'refdatum'], weak: ['datum', 'date', 'jaar'] },
    dimension: { strong: ['dimension', 'dimensie', 'kenmerk', 'variabele', 'variable'] },
    group: { strong: ['group', 'groep', 'categorie', 'category', 'klasse'], weak: ['waarde', 'value'] },
    population: { strong: ['population', 'bevolking', 'aantal_inwoners', 'inwoners', 'populatie'], weak: ['aantal', 'count', 'n', 'totaal'] }
  },
  participants: {
    participant_id: { strong: ID_P, weak: ['id', 'nummer'] },
    residence_wijk_id: { strong: ['residence_wijk_id', 'woonwijk', 'woonwijk_id', 'woonwijkcode', 'residence', 'residence_wijk', 'home_wijk', 'woon_wijk'], weak: WIJK }
  },
  activities: {
    activity_id: { strong: ID_A, weak: ['id', 'code'] },
    provider_type: { strong: ['provider_type', 'provider', 'aanbieder', 'type_aanbieder', 'aanbiedertype', 'werking', 'soort_werking', 'organisatietype'], weak: ['type', 'soort'] },
    wijk_id: { strong: WIJK },
    organisation: { strong: ['organisation', 'organization', 'organisatie', 'vereniging', 'vzw'] },
    domain: { strong: ['domain', 'domein', 'levensdomein'] },
    initiator: { strong: ['initiator', 'initiatiefnemer', 'geinitieerd_door', 'initiatief'] },
    partner_organisation: { strong: ['partner_organisation', 'partner_organization', 'partner', 'partnerorganisatie', 'partner_organisatie'] },
    name: { strong: ['activiteitsnaam', 'activiteit_naam', 'naam_activiteit', 'activity_name', 'titel', 'title'], weak: ['naam', 'name', 'omschrijving'] }
  },
  participations: {
    participant_id: { strong: ID_P },
    activity_id: { strong: ID_A },
    date: { strong: ['date', 'datum', 'session_date', 'sessiedatum', 'datum_deelname', 'deelnamedatum', 'participation_date', 'activiteitsdatum', 'datum_activiteit'], weak: ['dag', 'day'] },
    role: { strong: ['role', 'rol', 'werkvorm', 'hoedanigheid', 'functie', 'type_deelname', 'deelnametype'] }
  },
  signals: {
    signal_id: { strong: ['signal_id', 'signaal_id', 'signaal', 'signal', 'signaalnummer', 'melding_id', 'meldingsnummer'], weak: ['id', 'nummer'] },
    wijk_id: { strong: WIJK },
    date_raised: { strong: ['date_raised', 'datum_melding', 'meldingsdatum', 'datum_signaal', 'gemeld_op', 'raised', 'signaaldatum'], weak: ['datum', 'date'] },
    source: { strong: ['source', 'bron', 'melder', 'afzender'] },
    theme: { strong: ['theme', 'thema', 'onderwerp', 'topic'] },
    date_answered: { strong: ['date_answered', 'datum_antwoord', 'antwoorddatum', 'beantwoord_op', 'answered', 'datum_beantwoord'] }
  }
};

/** Participant dimensions under their usual names, so figures read alike across partners. */
const DIMENSIONS: Record<string, string[]> = {
  age_band: ['age_band', 'leeftijd', 'leeftijdsgroep', 'leeftijdscategorie', 'leeftijdsklasse', 'leeftijdsband', 'age', 'age_group', 'agegroup'],
  gender: ['gender', 'geslacht', 'sex', 'gender_identity', 'genderidentiteit'],
  origin: ['origin', 'herkomst', 'migratieachtergrond', 'herkomstgroep', 'herkomstland', 'origine']
};

/** Lower case, no accents, spaces/hyphens as _: how headers and words are compared. */
export function fold(h: string): string {
  return normaliseHeader(h).normalize('NFD').replace(/\p{M}/gu, '');
}

// ---- what values look like ------------------------------------------------------------

const LOOKS: Record<string, RegExp> = {
  date: /^(\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[/-]\d{1,2}[/-]\d{4})$/,
  provider: /^(buurtwerk|bw|ggw|gebiedsgerichte werking)$/i,
  source: /^(buurtwerk|bw|ggw|gebiedsgerichte werking|residents|bewoners)$/i,
  role: /^(participant|deelnemer|volunteer|vrijwilliger|co_organiser|co-organiser|co_organizer|mede-organisator)$/i,
  integer: /^\d+$/,
  age_band: /^(\d{1,2}\s*[-–]\s*\d{1,3}|\d{1,2}\s*\+|[<>]\s*\d{1,2})$/,
  gender: /^(m|v|x|f|man|vrouw|male|female|other|anders|non-binair|nonbinary)$/i,
  initiator: /^(organisation|organisatie|residents|bewoners)$/i
};

/** Share of the sample's non-empty values that match; 0 when there are none. */
function share(values: Array<string | null>, re: RegExp): number {
  const seen = values.map((v) => (v ?? '').trim()).filter((v) => v !== '');
  if (!seen.length) return 0;
  return seen.filter((v) => re.test(v)).length / seen.length;
}

/** Fields a column may be recognised as by its values alone, per table, strongest test first. */
const BY_VALUES: Partial<Record<TableName, Array<[string, string]>>> = {
  participations: [['date', 'date'], ['role', 'role']],
  activities: [['provider_type', 'provider'], ['initiator', 'initiator']],
  population: [['ref_date', 'date'], ['population', 'integer']],
  signals: [['date_raised', 'date'], ['date_answered', 'date'], ['source', 'source']],
  participants: [['age_band', 'age_band'], ['gender', 'gender']]
};

// ---- the guesses ----------------------------------------------------------------------

/** The table a file name names (one table's word among its parts), or null. */
export function tableFromName(file: string): TableName | null {
  const parts = fold(baseName(file)).split(/[^a-z]+/).filter(Boolean);
  const hits = new Set<TableName>();
  for (const t of TABLE_ORDER) if (TABLE_WORDS[t].some((w) => parts.includes(w))) hits.add(t);
  return hits.size === 1 ? [...hits][0] : null;
}

/**
 * Column guesses for a file of `table`: a header that is a field's own name first, then a
 * field's words, then (for fields still without a column) what the values look like.
 * Each field gets at most one column. `sample[i]` is a row of values in header order.
 */
export function guessColumns(table: TableName, headers: string[], sample: Array<Array<string | null>> = []): ColumnGuess[] {
  const fields = FIELDS[table];
  const canonical = TABLES[table].map((c) => c.name);
  const out: ColumnGuess[] = headers.map((header) => ({ header, source: normaliseHeader(header), target: null, confidence: 0, why: 'none' }));
  const taken = new Set<string>();
  const assign = (g: ColumnGuess, target: string, confidence: number, why: MatchKind) => {
    Object.assign(g, { target, confidence, why });
    taken.add(target);
  };
  // 1. the field's own name (or, for participants, a dimension under any name)
  for (const g of out) {
    if (canonical.includes(g.source) && !taken.has(g.source)) assign(g, g.source, 1, 'exact');
  }
  // 2. the field's words: strong ones before weak ones
  for (const strength of ['strong', 'weak'] as const) {
    for (const g of out) {
      if (g.why !== 'none') continue;
      const h = fold(g.header);
      for (const [field, words] of Object.entries(fields)) {
        if (taken.has(field) || !(words[strength] ?? []).includes(h)) continue;
        assign(g, field, strength === 'strong' ? 0.9 : 0.75, 'synonym');
        break;
      }
    }
  }
  const column = (i: number) => sample.map((r) => r[i] ?? null);
  // 3. participants: dimensions by their usual names; identifiers left out (by their name, or
  //    values that are a pseudonym or differ person by person: as a dimension every value
  //    would become a group label in the figures), as far as the first rows tell
  //    (dimensions.ts; the load applies the whole rule); the rest as they are
  if (table === 'participants') {
    for (const [i, g] of out.entries()) {
      if (g.why !== 'none') continue;
      const h = fold(g.header);
      const dim = Object.entries(DIMENSIONS).find(([name, words]) => !taken.has(name) && words.includes(h))?.[0];
      if (dim) assign(g, dim, dim === g.source ? 1 : 0.9, dim === g.source ? 'exact' : 'synonym');
      else {
        const leftOut = sampleVerdict(h, column(i));
        if (leftOut) Object.assign(g, { target: null, confidence: 0.9, why: 'identifier', leftOut });
      }
    }
  }
  // 4. by values, for fields no header named
  for (const [field, look] of BY_VALUES[table] ?? []) {
    if (taken.has(field)) continue;
    const i = out.findIndex((g) => g.why === 'none' && share(column(out.indexOf(g)), LOOKS[look]) >= 0.8);
    if (i >= 0) assign(out[i], field, 0.6, 'values');
  }
  // What is left: participants keep it as a dimension under its own name; other tables do not use it.
  for (const g of out) {
    if (g.why !== 'none') continue;
    if (table === 'participants' && g.source !== '' && !PARTICIPANT_NON_DIMENSIONS.has(g.source)) {
      Object.assign(g, { target: g.source, confidence: 0.5, why: 'dimension' });
    }
  }
  return out;
}

/** Required fields of `table` that no column feeds. */
export function missingFields(table: TableName, columns: Array<Pick<ColumnGuess, 'target'>>): string[] {
  const have = new Set(columns.map((c) => c.target));
  return TABLES[table].filter((c) => c.required && !have.has(c.name)).map((c) => c.name);
}

/** Fields fed by more than one column. */
export function doubledFields(columns: Array<Pick<ColumnGuess, 'target'>>): string[] {
  const seen = new Set<string>();
  const twice = new Set<string>();
  for (const c of columns) {
    if (c.target === null) continue;
    if (seen.has(c.target)) twice.add(c.target);
    seen.add(c.target);
  }
  return [...twice];
}

/** How well the columns fit the table: the weakest required field's confidence, 0 when one is missing. */
function fit(table: TableName, columns: ColumnGuess[]): number {
  const required = TABLES[table].filter((c) => c.required).map((c) => c.name);
  let min = 1;
  for (const r of required) {
    const g = columns.find((c) => c.target === r);
    if (!g) return 0;
    min = Math.min(min, g.confidence);
  }
  return min;
}

/** Most specific first: a participations file also has the participants table's one required column. */
const SPECIFICITY: TableName[] = ['participations', 'signals', 'population', 'activities', 'wijken', 'participants'];

/** The table and the columns of one file: by its name when it names one, else by the columns that fit best. */
export function guessFile(file: string, headers: string[], sample: Array<Array<string | null>> = []): FileGuess {
  const named = tableFromName(file);
  if (named) return { table: named, tableConfidence: 1, tableBy: 'name', columns: guessColumns(named, headers, sample) };
  const best: FileGuess = { table: null, tableConfidence: 0, tableBy: 'none', columns: headers.map((header) => ({ header, source: normaliseHeader(header), target: null, confidence: 0, why: 'none' })) };
  // The most specific table whose required fields all have a column: a participations file
  // also fits participants (it has a participant column), never the other way round.
  for (const t of SPECIFICITY) {
    const columns = guessColumns(t, headers, sample);
    const f = fit(t, columns);
    if (f > 0) return { table: t, tableConfidence: f, tableBy: 'columns', columns };
  }
  return best;
}

/**
 * Whether the user should look at the guess before loading: the table was not plainly
 * recognised, or a column would be renamed, or a participant column left out as an identifier.
 * A file already in the export's own column names loads straight away.
 */
export function needsConfirmation(g: FileGuess): boolean {
  if (!g.table || g.tableConfidence < 0.9) return true;
  return g.columns.some((c) => (c.target !== null && c.target !== c.source) || c.why === 'identifier');
}

/** The guess (or the user's corrections) as the loader's mapping; columns only when something changes. */
export function toLoadMapping(table: TableName, columns: Array<Pick<ColumnGuess, 'source' | 'target'>>): LoadMapping {
  const canonical = new Set(TABLES[table].map((c) => c.name));
  // Outside participants, a column that feeds no field is not used either way; no need to drop it.
  const changes = columns.some((c) => (c.target === null ? table === 'participants' || canonical.has(c.source) : c.target !== c.source));
  return changes ? { table, columns: Object.fromEntries(columns.map((c) => [c.source, c.target])) } : { table };
}

/** The fields a column of `table` may be given, in the export's order (participants: plus dimensions). */
export function fieldsOf(table: TableName): string[] {
  return TABLES[table].map((c) => c.name);
}

/** The usual dimension names offered for a participants column. */
export const DIMENSION_NAMES = Object.keys(DIMENSIONS);

// ---- remembering a mapping -------------------------------------------------------------

/**
 * A short hash of a header row (cyrb53): the key a confirmed mapping is remembered under.
 * Only header names go in, never values.
 */
export function headerHash(headers: string[]): string {
  const text = headers.map(normaliseHeader).join('\u0001');
  let h1 = 0xdeadbeef, h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16).padStart(14, '0');
}

/** What is stored for a header row: the table and each header's field. Header names and field names only. */
export interface RememberedMapping {
  v: 1;
  table: TableName;
  columns: Record<string, string | null>;
}

export function rememberable(table: TableName, columns: Array<Pick<ColumnGuess, 'source' | 'target'>>): RememberedMapping {
  return { v: 1, table, columns: Object.fromEntries(columns.map((c) => [c.source, c.target])) };
}

/**
 * A remembered mapping applied to a file's columns; null when it does not fit (another
 * header row, an unknown table, or a target the table does not have).
 */
export function recall(stored: unknown, headers: string[]): FileGuess | null {
  const s = stored as RememberedMapping | null;
  if (!s || s.v !== 1 || !TABLE_ORDER.includes(s.table) || typeof s.columns !== 'object' || s.columns === null) return null;
  const sources = headers.map(normaliseHeader);
  if (sources.length !== Object.keys(s.columns).length || !sources.every((x) => x in s.columns)) return null;
  const fields = new Set(fieldsOf(s.table));
  const columns: ColumnGuess[] = [];
  for (const [i, source] of sources.entries()) {
    const target = s.columns[source];
    if (target !== null && (typeof target !== 'string' || (!fields.has(target) && s.table !== 'participants'))) return null;
    columns.push({ header: headers[i], source, target, confidence: 1, why: target === null ? 'none' : target === source ? 'exact' : 'synonym' });
  }
  return { table: s.table, tableConfidence: 1, tableBy: 'name', columns };
}

/** The localStorage key of a header row's mapping. */
export const mappingKey = (headers: string[]) => `wijkweefsel:mapping:${headerHash(headers)}`;
/** Every key this module writes starts with this (for "remove all my data"). */
export const MAPPING_KEY_PREFIX = 'wijkweefsel:mapping:';
