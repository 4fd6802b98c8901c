/**
 * The exports kept in this browser: several at once (this year's and last year's, two cities, a
 * partner's), each its canonical tables, load report, confirmed mapping and the figures computed
 * from it. Keeping writes every file first and the catalogue last; a failure removes what was
 * written and leaves the catalogue, and so everything kept before, as it was. Opening checks
 * every file before anything in the engine is replaced, and swaps the tables in all at once.
 */
import type { LoadReport } from '../../load/report';
import type { TableName } from '../../load/schema';
import { isQuotaError, type StoreBackend } from './backend';
import {
  CATALOGUE_FORMAT,
  EXPORT_FORMAT,
  emptyCatalogue,
  formatOf,
  readCatalogue,
  type Catalogue,
  type CatalogueEntry,
  type FileRef
} from './catalogue';
import { StoreError, technicalOf } from './errors';
import { hex, sha256 } from './hash';
import { secretAt } from './secret';
import { KEPT_TABLES, fingerprintOf, restoreTables } from './tables';
import type { ExportStore, FigureBlobs, KeptExport, KeptMappingFile } from './types';

/** The store's folder in the backend; nothing of it is outside. */
export const STORE_FOLDER = 'wijkweefsel-store';
const CATALOGUE = `${STORE_FOLDER}/catalogue.json`;
const EXPORTS = `${STORE_FOLDER}/exports`;
export const SECRET_PATH = `${STORE_FOLDER}/secret.bin`;
/** Where the earlier version kept the raw files (a manifest and f0, f1, ...): found, it is an "older version". */
export const LEGACY_FOLDER = 'wijkweefsel';
const LEGACY_MANIFEST = `${LEGACY_FOLDER}/manifest.json`;

const enc = new TextEncoder();
const dec = new TextDecoder();
const NAME_MAX = 100;

/** A StoreError as it is, a refused write as 'quota', anything else as 'failed'. */
function asStoreError(e: unknown, exportId?: string): StoreError {
  if (e instanceof StoreError) return e;
  return new StoreError(isQuotaError(e) ? 'quota' : 'failed', technicalOf(e), exportId);
}

function defaultName(entry: Pick<CatalogueEntry, 'cities' | 'months' | 'fingerprint'>): string {
  const place = entry.cities.join(', ');
  const when = entry.months ? (entry.months.first === entry.months.last ? entry.months.first : `${entry.months.first} – ${entry.months.last}`) : '';
  return [place, when].filter(Boolean).join(' ') || entry.fingerprint;
}

function cleanName(name: string | undefined): string {
  return (name ?? '').replace(/\s+/g, ' ').trim().slice(0, NAME_MAX);
}

function newId(): string {
  return hex(crypto.getRandomValues(new Uint8Array(8)));
}

function summary(e: CatalogueEntry): KeptExport {
  const problem = e.format < EXPORT_FORMAT ? 'olderVersion' : e.format > EXPORT_FORMAT ? 'newerVersion' : null;
  if (problem) {
    return { id: e.id, name: e.name, kind: 'none', fingerprint: e.fingerprint, kept: typeof e.kept === 'string' ? e.kept : '', cities: [], months: null, rows: {}, bytes: 0, figures: 0, problem };
  }
  const refs = [...KEPT_TABLES.map((t) => e.tables[t]), e.report, e.mapping, ...Object.values(e.figures)];
  return {
    id: e.id,
    name: e.name,
    kind: e.kind,
    fingerprint: e.fingerprint,
    kept: e.kept,
    cities: [...e.cities],
    months: e.months ? { ...e.months } : null,
    rows: Object.fromEntries(KEPT_TABLES.map((t) => [t, e.tables[t].rows])),
    bytes: refs.reduce((n, r) => n + r.bytes, 0),
    figures: Object.keys(e.figures).length,
    problem
  };
}

export function createStore(backend: StoreBackend): ExportStore {
  const dirOf = (id: string) => `${EXPORTS}/${id}`;

  /** The catalogue as kept: empty when there is none; a StoreError when it cannot be used. */
  const load = async (): Promise<Catalogue> => {
    let bytes: Uint8Array | null;
    try {
      bytes = await backend.read(CATALOGUE);
    } catch (e) {
      throw asStoreError(e);
    }
    if (!bytes) return emptyCatalogue();
    let value: unknown;
    try {
      value = JSON.parse(dec.decode(bytes));
    } catch (e) {
      throw new StoreError('corrupt', `catalogue: ${technicalOf(e)}`);
    }
    const format = formatOf(value);
    if (format !== null && format > CATALOGUE_FORMAT) throw new StoreError('newerVersion', `catalogue format ${format}`);
    if (format !== null && format < CATALOGUE_FORMAT) throw new StoreError('olderVersion', `catalogue format ${format}`);
    const cat = readCatalogue(value);
    if (!cat) throw new StoreError('corrupt', 'catalogue: not a catalogue of this version');
    return cat;
  };

  const save = async (cat: Catalogue) => backend.write(CATALOGUE, enc.encode(JSON.stringify(cat)));

  /** Everything that changes the catalogue runs here: one tab at a time, errors as StoreErrors. */
  const change = <T>(job: () => Promise<T>, exportId?: string): Promise<T> =>
    backend.lock('catalogue', job).catch((e) => {
      throw asStoreError(e, exportId);
    });

  const entryOf = (cat: Catalogue, key: string): CatalogueEntry => {
    const e = cat.exports.find((x) => x.id === key) ?? cat.exports.find((x) => x.fingerprint === key);
    if (!e) throw new StoreError('notFound', key);
    return e;
  };

  const usable = (e: CatalogueEntry): CatalogueEntry => {
    if (e.format < EXPORT_FORMAT) throw new StoreError('olderVersion', `export format ${e.format}`, e.id);
    if (e.format > EXPORT_FORMAT) throw new StoreError('newerVersion', `export format ${e.format}`, e.id);
    return e;
  };

  /** A kept file's bytes, or 'corrupt' when it is missing or of another size. */
  const readSized = async (id: string, ref: FileRef): Promise<Uint8Array> => {
    let bytes: Uint8Array | null;
    try {
      bytes = await backend.read(`${dirOf(id)}/${ref.file}`);
    } catch (e) {
      throw asStoreError(e, id);
    }
    if (!bytes) throw new StoreError('corrupt', `${ref.file}: missing`, id);
    if (bytes.length !== ref.bytes) throw new StoreError('corrupt', `${ref.file}: ${bytes.length} bytes, ${ref.bytes} kept`, id);
    return bytes;
  };

  /** A kept file's bytes, or 'corrupt' when it is missing, of another size or checksum. */
  const readChecked = async (id: string, ref: FileRef): Promise<Uint8Array> => {
    const bytes = await readSized(id, ref);
    if ((await sha256(bytes)) !== ref.sha256) throw new StoreError('corrupt', `${ref.file}: checksum differs`, id);
    return bytes;
  };

  /** Fails early with 'quota' when the browser already says the bytes will not fit. */
  const ensureRoom = async (bytes: number) => {
    const est = await backend.estimate().catch(() => null);
    if (est && est.quota - est.usage < bytes) throw new StoreError('quota', `${bytes} bytes needed, ${est.quota - est.usage} free`);
  };

  /** Write named blobs as new figure files of `entry` (not yet committed); returns their refs. */
  const writeFigures = async (entry: CatalogueEntry, figures: FigureBlobs, written: string[]): Promise<Record<string, FileRef>> => {
    const refs: Record<string, FileRef> = {};
    for (const [name, blob] of Object.entries(figures)) {
      const bytes = typeof blob === 'string' ? enc.encode(blob) : blob;
      const file = `figures/${entry.nextFigure++}.bin`;
      const path = `${dirOf(entry.id)}/${file}`;
      written.push(path);
      await backend.write(path, bytes);
      refs[name] = { file, bytes: bytes.length, sha256: await sha256(bytes) };
    }
    return refs;
  };

  const blobBytes = (figures: FigureBlobs = {}) => Object.values(figures).reduce((n, b) => n + (typeof b === 'string' ? enc.encode(b).length : b.length), 0);

  const checkNames = (figures: FigureBlobs = {}) => {
    for (const name of Object.keys(figures)) if (name === '' || name.length > 300) throw new StoreError('failed', `not a figure name: "${name.slice(0, 40)}"`);
  };

  /** Export folders the catalogue does not list: left by a keep that failed or a tab that closed mid-way. */
  const sweep = async (cat: Catalogue) => {
    const listed = new Set(cat.exports.map((e) => e.id));
    for (const id of await backend.list(EXPORTS).catch(() => [])) if (!listed.has(id)) await backend.remove(dirOf(id)).catch(() => {});
  };

  /** Add figures to an entry and commit; the files written are removed when the commit fails. */
  const addTo = async (cat: Catalogue, entry: CatalogueEntry, figures: FigureBlobs) => {
    const written: string[] = [];
    const replaced: string[] = [];
    const before = { figures: entry.figures, nextFigure: entry.nextFigure };
    try {
      await ensureRoom(blobBytes(figures));
      const refs = await writeFigures(entry, figures, written);
      for (const name of Object.keys(refs)) if (entry.figures[name]) replaced.push(`${dirOf(entry.id)}/${entry.figures[name].file}`);
      entry.figures = { ...entry.figures, ...refs };
      await save(cat);
    } catch (e) {
      // The entry as it is kept, for whoever still reads it from this catalogue object.
      Object.assign(entry, before);
      for (const p of written) await backend.remove(p).catch(() => {});
      throw e;
    }
    for (const p of replaced) await backend.remove(p).catch(() => {});
  };

  const store: ExportStore = {
    async read() {
      const cat = await load();
      let legacy = false;
      try {
        legacy = (await backend.read(LEGACY_MANIFEST)) !== null;
      } catch {
        // Unreadable: nothing to report.
      }
      return { keep: cat.keep, current: cat.current, exports: cat.exports.map(summary), legacy };
    },

    async list() {
      return (await load()).exports.map(summary);
    },

    async find(fingerprint) {
      const e = (await load()).exports.find((x) => x.fingerprint === fingerprint);
      return e ? summary(e) : null;
    },

    async keep(snap, what, now = new Date()) {
      checkNames(what.figures);
      return change(async () => {
        const cat = await load();
        await sweep(cat);
        const same = cat.exports.find((e) => e.fingerprint === snap.fingerprint && e.format === EXPORT_FORMAT);
        if (same) {
          const extra = Object.fromEntries(Object.entries(what.figures ?? {}).filter(([name]) => !same.figures[name]));
          cat.current = same.id;
          try {
            if (Object.keys(extra).length) await addTo(cat, same, extra);
            else await save(cat);
          } catch {
            // The export is kept already: figures that did not fit are computed again when asked for.
          }
          return { entry: summary(same), already: true };
        }
        if ((await fingerprintOf(snap.tables)) !== snap.fingerprint) throw new StoreError('failed', 'the snapshot does not match its fingerprint');
        const id = newId();
        const dir = dirOf(id);
        const report = enc.encode(JSON.stringify(what.report));
        const mapping = enc.encode(JSON.stringify(what.mapping));
        try {
          await ensureRoom(snap.tables.reduce((n, t) => n + t.bytes.length, 0) + report.length + mapping.length + blobBytes(what.figures));
          const tables = {} as CatalogueEntry['tables'];
          for (const t of snap.tables) {
            const file = `tables/${t.table}.arrow`;
            await backend.write(`${dir}/${file}`, t.bytes);
            tables[t.table] = { file, bytes: t.bytes.length, sha256: t.sha256, rows: t.rows };
          }
          await backend.write(`${dir}/report.json`, report);
          await backend.write(`${dir}/mapping.json`, mapping);
          const entry: CatalogueEntry = {
            format: EXPORT_FORMAT,
            id,
            name: '',
            kind: snap.kind,
            fingerprint: snap.fingerprint,
            kept: now.toISOString(),
            cities: [...what.report.cities],
            months: what.report.months ? { ...what.report.months } : null,
            tables,
            report: { file: 'report.json', bytes: report.length, sha256: await sha256(report) },
            mapping: { file: 'mapping.json', bytes: mapping.length, sha256: await sha256(mapping) },
            figures: {},
            nextFigure: 0
          };
          entry.name = cleanName(what.name) || defaultName(entry);
          entry.figures = await writeFigures(entry, what.figures ?? {}, []);
          cat.exports.push(entry);
          cat.current = id;
          // The commit: until this write succeeds, nothing of this export is listed anywhere.
          await save(cat);
          return { entry: summary(entry), already: false };
        } catch (e) {
          await backend.remove(dir).catch(() => {});
          throw e;
        }
      });
    },

    async open(engine, key) {
      // Read every file under the lock (no tab removes them meanwhile). Sizes are checked at once;
      // checksums are computed while the tables go into the engine under other names, and nothing
      // there is replaced until every one of them matches.
      const { entry, tables, report, mapping } = await change(async () => {
        const entry = usable(entryOf(await load(), key));
        const tables: Array<{ table: TableName; bytes: Uint8Array; ref: FileRef }> = [];
        for (const t of KEPT_TABLES) tables.push({ table: t, bytes: await readSized(entry.id, entry.tables[t]), ref: entry.tables[t] });
        return { entry, tables, report: await readChecked(entry.id, entry.report), mapping: await readChecked(entry.id, entry.mapping) };
      });
      let parsed: { report: LoadReport; mapping: KeptMappingFile[] };
      try {
        parsed = { report: JSON.parse(dec.decode(report)), mapping: JSON.parse(dec.decode(mapping)) };
      } catch (e) {
        throw new StoreError('corrupt', technicalOf(e), entry.id);
      }
      const checked = (async () => {
        const digests = await Promise.all(tables.map((t) => sha256(t.bytes)));
        for (const [i, d] of digests.entries()) if (d !== tables[i].ref.sha256) throw new StoreError('corrupt', `${tables[i].ref.file}: checksum differs`, entry.id);
      })();
      try {
        await restoreTables(engine, tables, checked);
      } catch (e) {
        throw e instanceof StoreError ? e : new StoreError('restore', technicalOf(e), entry.id);
      }
      // Which export is current is a convenience: failing to note it does not undo the open.
      await store.setCurrent(entry.id).catch(() => {});
      return { entry: summary(entry), ...parsed };
    },

    rename(id, name) {
      return change(async () => {
        const cat = await load();
        const entry = usable(entryOf(cat, id));
        entry.name = cleanName(name) || defaultName(entry);
        await save(cat);
        return summary(entry);
      }, id);
    },

    remove(id) {
      return change(async () => {
        const cat = await load();
        const at = cat.exports.findIndex((e) => e.id === id);
        if (at < 0) return;
        cat.exports.splice(at, 1);
        if (cat.current === id) cat.current = null;
        await save(cat);
        // Unlisted now; a folder that cannot be removed is swept at the next keep.
        await backend.remove(dirOf(id)).catch(() => {});
      }, id);
    },

    removeAll() {
      // Works whatever state the catalogue is in: it is the way out of a damaged store.
      return change(async () => {
        await backend.remove(CATALOGUE);
        await backend.remove(EXPORTS);
        await backend.remove(LEGACY_FOLDER);
      });
    },

    setCurrent(id) {
      return change(async () => {
        const cat = await load();
        if (id !== null) entryOf(cat, id);
        if (cat.current === id) return;
        cat.current = id;
        await save(cat);
      });
    },

    async setKeep(keep) {
      await change(async () => {
        const cat = await load();
        cat.keep = keep;
        await save(cat);
      });
      if (!keep) return { keep, persisted: null, estimate: await store.estimate() };
      const persisted = await backend.persist().catch(() => false);
      return { keep, persisted, estimate: await store.estimate() };
    },

    async estimate() {
      return backend.estimate().catch(() => null);
    },

    async addFigures(id, figures) {
      checkNames(figures);
      return change(async () => {
        const cat = await load();
        const entry = usable(entryOf(cat, id));
        await addTo(cat, entry, figures);
        return summary(entry);
      }, id);
    },

    async figureNames(id) {
      return Object.keys(usable(entryOf(await load(), id)).figures).sort();
    },

    async readFigure(id, name) {
      const entry = usable(entryOf(await load(), id));
      const ref = entry.figures[name];
      return ref ? readChecked(id, ref) : null;
    },

    secret() {
      return secretAt(backend, SECRET_PATH);
    }
  };
  return store;
}
