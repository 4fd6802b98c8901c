/**
 * Files picked but not yet loaded: their first rows, the guessed (or remembered) mapping
 * the user checks on the mapping screen, and what of it goes to the loader.
 */
import { guessColumns, guessFile, mappingKey, needsConfirmation, recall, rememberable, tableFromName, toLoadMapping, type ColumnGuess, type FileGuess } from '../load/mapping';
import { sampleFile, type FileSample } from '../load/sample';
import type { TableName } from '../load/schema';
import type { InputFile } from '../load';

/** A picked file: its bytes, first rows and the mapping the user checks. */
export interface Pending {
  name: string;
  bytes: Uint8Array;
  sample: FileSample;
  table: TableName | null;
  tableBy: FileGuess['tableBy'];
  columns: ColumnGuess[];
  /** The mapping came from one the user confirmed before (same header row). */
  recalled: boolean;
  /** Per column: whether its example values may be shown (never pseudonyms or other personal ids). */
  showExamples: boolean[];
}

const PSEUDONYM = /^P[0-9a-f]{20}$/i;

/**
 * Example values are shown only where they cannot be someone's pseudonym or identifier:
 * not for the participant column, nor for a column of person tables whose values are
 * mostly distinct or look like pseudonyms.
 */
function examplesAllowed(table: TableName | null, g: ColumnGuess, values: Array<string | null>): boolean {
  if (g.target === 'participant_id' || g.why === 'identifier') return false;
  const seen = values.map((v) => (v ?? '').trim()).filter(Boolean);
  if (seen.some((v) => PSEUDONYM.test(v))) return false;
  if (table === 'participants' || table === 'participations' || table === null) {
    if (seen.length >= 5 && new Set(seen).size / seen.length > 0.8) return false;
  }
  return true;
}

/**
 * A picked file's bytes. A large file is read as a stream into one buffer: File.arrayBuffer()
 * hands over hundreds of MB in one piece, which holds up the page for most of a second.
 */
export async function readFileBytes(file: File): Promise<Uint8Array> {
  if (file.size <= 16 << 20) return new Uint8Array(await file.arrayBuffer());
  const out = new Uint8Array(file.size);
  const reader = file.stream().getReader();
  let o = 0;
  let sinceTurn = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (o + value.length > out.length) throw new Error(`${file.name} changed while it was read`);
    out.set(value, o);
    o += value.length;
    // Chunks already read arrive as microtasks, which never let the page draw: give it a turn.
    if ((sinceTurn += value.length) >= 8 << 20) {
      sinceTurn = 0;
      await new Promise<void>((r) => setTimeout(r, 0));
    }
  }
  if (o !== out.length) throw new Error(`${file.name} changed while it was read`);
  return out;
}

/** Storage may be switched off or full: remembering is a convenience, never a failure. */
function stored(key: string): unknown {
  try {
    const v = localStorage.getItem(key);
    return v === null ? null : JSON.parse(v);
  } catch {
    return null;
  }
}

/** A picked file read and its mapping guessed (or recalled from one the user confirmed). */
export async function readPending(name: string, bytes: Uint8Array): Promise<Pending> {
  const sample = await sampleFile(name, bytes);
  const recalled = sample.headers.length ? recall(stored(mappingKey(sample.headers)), sample.headers) : null;
  const guess = recalled ?? (sample.problem ? { table: tableFromName(name), tableBy: 'name' as const, tableConfidence: 1, columns: [] } : guessFile(name, sample.headers, sample.rows));
  const p: Pending = { name, bytes, sample, table: guess.table, tableBy: guess.tableBy, columns: guess.columns, recalled: !!recalled, showExamples: [] };
  p.showExamples = p.columns.map((c, i) => examplesAllowed(p.table, c, sample.rows.map((r) => r[i] ?? null)));
  return p;
}

/** A new table for a file: its columns guessed again for that table. */
export function withTable(p: Pending, table: TableName | null): Pending {
  const columns = table ? guessColumns(table, p.sample.headers, p.sample.rows) : p.columns.map((c) => ({ ...c, target: null }));
  const showExamples = columns.map((c, i) => p.showExamples[i] && examplesAllowed(table, c, p.sample.rows.map((r) => r[i] ?? null)));
  return { ...p, table, columns, showExamples, tableBy: table ? p.tableBy : 'none' };
}

/** Whether the user should see the mapping screen before these files load. */
export function mustConfirm(files: Pending[]): boolean {
  return files.some((p) => !p.recalled && !p.sample.problem && needsConfirmation({ table: p.table, tableConfidence: p.tableBy === 'none' ? 0 : 1, tableBy: p.tableBy, columns: p.columns }));
}

/** The files as the loader takes them. A file the sample could not read goes as it is: the loader explains. */
export function toInputs(files: Pending[]): InputFile[] {
  return files.map((p) => ({
    name: p.name,
    bytes: p.bytes,
    ...(p.table ? { mapping: p.sample.problem ? { table: p.table } : toLoadMapping(p.table, p.columns) } : {})
  }));
}

/** Remember the confirmed mapping of each file under its header row (header and field names only). */
export function remember(files: Pending[]): void {
  for (const p of files) {
    if (!p.table || !p.sample.headers.length) continue;
    // A file in the export's own names, recognised by its name, needs nothing remembered.
    if (p.tableBy === 'name' && !toLoadMapping(p.table, p.columns).columns) continue;
    try {
      localStorage.setItem(mappingKey(p.sample.headers), JSON.stringify(rememberable(p.table, p.columns)));
    } catch {
      // storage full or off: nothing to remember with
    }
  }
}

/** Up to three distinct example values of a column, shortened. */
export function examples(p: Pending, i: number): string[] {
  const out: string[] = [];
  for (const r of p.sample.rows) {
    const v = (r[i] ?? '').trim();
    if (v && !out.includes(v)) out.push(v.length > 24 ? `${v.slice(0, 23)}…` : v);
    if (out.length === 3) break;
  }
  return out;
}
