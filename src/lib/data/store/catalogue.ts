/**
 * The catalogue: the one file that says what is kept. It is written last when something is
 * kept, so whatever it does not list is unfinished and is removed; a file it lists carries its
 * size and checksum, so damage is found before anything is loaded. Its format version, and each
 * export's, say whether this version of the site can read them.
 */
import type { TableName } from '../../load/schema';
import { KEPT_TABLES, type ExportKind } from './tables';

/** The catalogue's own shape. A catalogue of another version is not rewritten by this one. */
export const CATALOGUE_FORMAT = 1;
/** How one export is kept (tables as Arrow IPC streams, JSON report and mapping, figure blobs). */
export const EXPORT_FORMAT = 1;

/** A kept file: where it is (inside the export's folder), its size and SHA-256. */
export interface FileRef {
  file: string;
  bytes: number;
  sha256: string;
}

/** What the user is shown of a kept export, kept in the catalogue as it is shown. */
export interface ExportFacts {
  /** The export's folder name: random, never the user's text. */
  id: string;
  /** The user's name for it (editable); by default its cities and months. */
  name: string;
  kind: ExportKind;
  fingerprint: string;
  /** When it was kept, ISO time. */
  kept: string;
  cities: string[];
  /** First and last month with participations ('YYYY-MM'), as the load report says. */
  months: { first: string; last: string } | null;
}

export interface CatalogueEntry extends ExportFacts {
  format: number;
  tables: Record<TableName, FileRef & { rows: number }>;
  report: FileRef;
  mapping: FileRef;
  /** Named blobs of computed figures (e.g. 'index.json', 'scope/<key>.json'). */
  figures: Record<string, FileRef>;
  /** The number the next figure file gets: a replaced figure gets a new file, committed by the catalogue. */
  nextFigure: number;
}

export interface Catalogue {
  format: number;
  /** The user's choice "keep my data in this browser". */
  keep: boolean;
  /** The export last kept or opened, or null. */
  current: string | null;
  exports: CatalogueEntry[];
}

export const emptyCatalogue = (): Catalogue => ({ format: CATALOGUE_FORMAT, keep: false, current: null, exports: [] });

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isStr = (v: unknown): v is string => typeof v === 'string';
const isCount = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0;
const isFileRef = (v: unknown): v is FileRef =>
  isObj(v) && isStr(v.file) && /^[\w./-]+$/.test(v.file) && !v.file.includes('..') && isCount(v.bytes) && isStr(v.sha256) && /^[0-9a-f]{64}$/.test(v.sha256);

/** The version of a catalogue read back, whatever its shape: null when it has none. */
export function formatOf(value: unknown): number | null {
  return isObj(value) && Number.isInteger(value.format) ? (value.format as number) : null;
}

/**
 * Whether an entry is whole. An entry of another export format is only checked for what the
 * list shows (id, name, fingerprint), so it can be listed as "older version" and removed.
 */
function isEntry(v: unknown): v is CatalogueEntry {
  if (!isObj(v) || !Number.isInteger(v.format) || !isStr(v.id) || !/^[0-9a-f]{8,32}$/.test(v.id) || !isStr(v.name) || !isStr(v.fingerprint)) return false;
  if (v.format !== EXPORT_FORMAT) return true;
  if (!['buurtwerk', 'ggw', 'both', 'none'].includes(v.kind as string) || !isStr(v.kept) || !Array.isArray(v.cities) || !v.cities.every(isStr)) return false;
  if (v.months !== null && !(isObj(v.months) && isStr(v.months.first) && isStr(v.months.last))) return false;
  if (!isObj(v.tables) || !KEPT_TABLES.every((t) => isObj(v.tables) && isFileRef(v.tables[t]) && isCount((v.tables[t] as { rows?: unknown }).rows))) return false;
  if (!isFileRef(v.report) || !isFileRef(v.mapping) || !isObj(v.figures) || !Object.values(v.figures).every(isFileRef)) return false;
  return isCount(v.nextFigure);
}

/** A catalogue of this format read back, checked; null when it is not one (damaged). */
export function readCatalogue(value: unknown): Catalogue | null {
  if (!isObj(value) || value.format !== CATALOGUE_FORMAT || typeof value.keep !== 'boolean') return null;
  if (value.current !== null && !isStr(value.current)) return null;
  if (!Array.isArray(value.exports) || !value.exports.every(isEntry)) return null;
  const ids = new Set(value.exports.map((e) => e.id));
  if (ids.size !== value.exports.length) return null;
  const cat = value as unknown as Catalogue;
  // A current export that is not listed (removed by a tab of an older version) is no current export.
  return cat.current !== null && !ids.has(cat.current) ? { ...cat, current: null } : cat;
}
