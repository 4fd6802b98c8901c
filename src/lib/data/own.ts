/**
 * The user's own data, on every page: which kept export is in use, restoring it before a page
 * draws (its kept figures first, the tables only when something must be computed), keeping a
 * fresh load when the user chose so, and switching, renaming and removing kept exports. It
 * tells the owner of the data in use (in-use.svelte.ts) what to show; it never shows the demo
 * in the place of own data: an export the address names but this browser does not hold (or
 * cannot open) is 'missing', and the page says so.
 */
import type { EngineSource, EngineSourceOptions } from '../cube/engine-source';
import { scopeKey } from '../cube/scopes';
import { encodeFigures } from '../cube/codec';
import { CUBE_FILES, type EncodedSeries } from '../cube/static-source';
import type { FigureSource } from '../cube/types';
import type { Provider } from '../metrics/types';
import type { Engine } from '../engine/types';
import type { LoadReport } from '../load/report';
import type { EngineSession } from './engine';
import type { DataInUse } from './in-use.svelte';
import { CURRENT_HINT_KEY, type Prefs } from './prefs';
import { StoreError, type StoreErrorCode } from './store/errors';
import { keptSource } from './store/figure-source';
import { secret } from './store/index';
import { fingerprintInEngine, snapshot } from './store/tables';
import type { ExportStore, FigureBlobs, KeptExport, KeptMappingFile, Opened, StoreState } from './store/types';

export { CURRENT_HINT_KEY };

/** What the own data need, handed in so tests run them without a browser or DuckDB. */
export interface OwnDeps {
  data: DataInUse;
  /** The store of kept exports, or null where this browser keeps nothing. */
  store: () => Promise<ExportStore | null>;
  engine: EngineSession;
  /** Figures computed from tables in the engine (src/lib/cube's engineSource). */
  compute: (engine: Engine, report: LoadReport, opt: EngineSourceOptions) => Promise<EngineSource>;
  prefs: Prefs;
}

/** Own figures computed in this tab, with what the page shows about them. */
export interface OwnFigures {
  source: EngineSource;
  /** The kept export, when the load was kept; null when not kept (or keeping failed). */
  entry: KeptExport | null;
  /** Why keeping failed (quota, ...); null when kept or not asked. */
  keepFailed: StoreErrorCode | null;
  /** The browser's secret is this tab's own: figures may differ in another tab. */
  secretPerTab: boolean;
}

const codeOf = (e: unknown): StoreErrorCode => (e instanceof StoreError ? e.code : 'failed');

/** A name for own data that are not kept: the cities and months, as the store names them. */
export function nameOfReport(r: Pick<LoadReport, 'cities' | 'months'>): string {
  const when = r.months ? (r.months.first === r.months.last ? r.months.first : `${r.months.first} – ${r.months.last}`) : '';
  return [r.cities.join(', '), when].filter(Boolean).join(' ');
}

/** The first figures a page draws (index, monthly series of all providers, the latest period), as the store keeps them. */
export async function firstFigures(source: FigureSource): Promise<FigureBlobs> {
  const ix = source.index;
  const last = ix.ends.year.at(-1);
  const month = ix.ends.month.at(-1);
  const blobs: FigureBlobs = { [CUBE_FILES.index]: JSON.stringify(ix) };
  const series = await source.series('all');
  const encoded: EncodedSeries = { provider: series.provider, months: series.months, figures: series.figures.map(encodeFigures) };
  blobs[CUBE_FILES.series('all')] = JSON.stringify(encoded);
  const key = last ? scopeKey({ kind: 'year', end: last, provider: 'all' }) : month ? scopeKey({ kind: 'month', end: month, provider: 'all' }) : null;
  if (key) blobs[CUBE_FILES.scope(key)] = JSON.stringify(encodeFigures(await source.scope(key)));
  return blobs;
}

/** The tab's own data: one instance per tab (current.ts), one per test. */
export class OwnData {
  readonly #d: OwnDeps;
  /** The kept export in use (null: the shipped figures, or own data not kept). */
  #entry: KeptExport | null = null;
  /** Its tables in the engine: restored once, when first needed. */
  #opened: Promise<Opened> | null = null;
  /** Each open or load gets a turn; an older one that finishes late changes nothing. */
  #turn = 0;

  constructor(deps: OwnDeps) {
    this.#d = deps;
  }

  /** The kept export in use, if any. */
  get entry(): KeptExport | null {
    return this.#entry;
  }

  async #store(): Promise<ExportStore | null> {
    return this.#d.store().catch(() => null);
  }

  /**
   * On opening any page: the export the address names (`fingerprint`), else the current kept
   * one, else the shipped figures. The owner says 'opening' at once when own data are expected.
   */
  start(fingerprint: string): Promise<void> {
    const p = this.#start(fingerprint);
    this.#settling = p.catch(() => {});
    void this.#settling.then(this.#firstDone);
    return p;
  }

  /**
   * Resolves once the last start (or switch) has decided which data are in use; while own data
   * are expected ('opening') but the layout has not started restoring them yet, once it has.
   */
  settled(): Promise<void> {
    return this.#d.data.state === 'opening' ? this.#first.then(() => this.#settling) : this.#settling;
  }
  #settling: Promise<void> = Promise.resolve();
  #firstDone: () => void = () => {};
  readonly #first = new Promise<void>((done) => (this.#firstDone = done));

  async #start(fingerprint: string): Promise<void> {
    const { data, prefs } = this.#d;
    const turn = ++this.#turn;
    const hint = prefs.get(CURRENT_HINT_KEY) ?? '';
    const wanted = fingerprint || hint;
    if (wanted && !(data.state === 'own' && data.label.fingerprint === wanted)) data.opening({ fingerprint: wanted });
    if (fingerprint && data.state === 'own' && data.label.fingerprint === fingerprint) return;
    const store = await this.#store();
    if (turn !== this.#turn) return;
    if (!store) {
      if (fingerprint) return data.missing(fingerprint, 'unavailable');
      prefs.remove(CURRENT_HINT_KEY);
      return data.useShipped();
    }
    let state: StoreState;
    try {
      state = await store.read();
    } catch (e) {
      // A damaged store, or one of another version: say so rather than show other data.
      if (turn === this.#turn) {
        if (wanted) data.missing(wanted, codeOf(e));
        else data.useShipped();
      }
      return;
    }
    if (turn !== this.#turn) return;
    const entry = fingerprint ? state.exports.find((x) => x.fingerprint === fingerprint) : state.exports.find((x) => x.id === state.current);
    if (!entry) {
      if (fingerprint) return data.missing(fingerprint, 'notFound');
      prefs.remove(CURRENT_HINT_KEY);
      if (data.state === 'opening') data.useShipped();
      return;
    }
    await this.#open(store, entry, turn);
  }

  /** Switch every page to a kept export (by id or fingerprint). */
  use(key: string): Promise<void> {
    const p = this.#use(key);
    this.#settling = p.catch(() => {});
    return p;
  }

  async #use(key: string): Promise<void> {
    const turn = ++this.#turn;
    const store = await this.#store();
    const entry = (await store?.list().catch(() => []))?.find((x) => x.id === key || x.fingerprint === key);
    if (turn !== this.#turn) return;
    if (!store || !entry) return this.#d.data.missing(key, store ? 'notFound' : 'unavailable');
    await this.#open(store, entry, turn);
  }

  async #open(store: ExportStore, entry: KeptExport, turn: number): Promise<void> {
    const { data, prefs } = this.#d;
    const label = { name: entry.name, fingerprint: entry.fingerprint };
    if (entry.problem) return data.missing(entry.fingerprint, entry.problem, entry.name);
    if (!(data.state === 'opening' && data.label.fingerprint === entry.fingerprint && data.label.name === entry.name)) data.opening(label);
    this.#entry = entry;
    this.#opened = null;
    try {
      // The kept figures first: a page draws from them without the engine; what is not kept
      // is computed from the tables, restored then, and kept in its turn.
      const source = await keptSource(store, entry.id, { compute: () => this.#computeKept(store, entry) });
      if (turn !== this.#turn) return;
      data.useOwn(source, label);
      prefs.set(CURRENT_HINT_KEY, entry.fingerprint);
      await store.setCurrent(entry.id).catch(() => {});
    } catch (e) {
      if (turn !== this.#turn) return;
      this.#entry = null;
      data.missing(entry.fingerprint, codeOf(e), entry.name);
    }
  }

  async #computeKept(store: ExportStore, entry: KeptExport): Promise<FigureSource> {
    const opened = await this.tables();
    if (!opened || this.#entry !== entry) throw new StoreError('failed', 'the kept export is no longer in use', entry.id);
    const { engine } = this.#d;
    return this.#d.compute(await engine.get(), opened.report, { run: engine.run, secret: (await secret(store)).bytes });
  }

  /**
   * The tables of the kept export in use, in the engine (restored on first need: the data page's
   * report, a figure not kept); null when no kept export is in use.
   */
  tables(): Promise<Opened> | null {
    const entry = this.#entry;
    if (!entry) return null;
    if (!this.#opened) {
      const { engine } = this.#d;
      const opened = (async () => {
        const store = await this.#store();
        if (!store) throw new StoreError('unavailable');
        engine.hold(null);
        const e = await engine.get();
        const o = await engine.run(() => store.open(e, entry.id));
        if (this.#entry === entry) engine.hold({ report: o.report, demo: false, files: null });
        return o;
      })();
      opened.catch(() => {
        if (this.#opened === opened) this.#opened = null;
      });
      this.#opened = opened;
    }
    return this.#opened;
  }

  /** New tables are being loaded into the engine: no kept export is in use any more. */
  loading(): void {
    this.#turn++;
    this.#entry = null;
    this.#opened = null;
    this.#fresh = null;
    this.#wantKeep = false;
  }

  /** Keep the load under way once its figures are computed (asked before or while it computes). */
  #wantKeep = false;
  /** The figures of the last load not kept yet, so "keep" can keep them afterwards. */
  #fresh: { engine: Engine; report: LoadReport; mapping: KeptMappingFile[]; source: EngineSource; handedOver: boolean } | null = null;

  /**
   * Figures of a fresh load of the user's own files: computed, kept with the tables, report and
   * mapping when `keep` says so, and handed to every page with the name and fingerprint. A keep
   * that fails leaves the figures in use and says why.
   */
  async loaded(
    engine: Engine,
    report: LoadReport,
    mapping: KeptMappingFile[],
    opt: { keep: boolean; onProgress?: EngineSourceOptions['onProgress'] }
  ): Promise<OwnFigures> {
    const { data, prefs } = this.#d;
    const session = this.#d.engine;
    const turn = ++this.#turn;
    this.#entry = null;
    this.#opened = null;
    this.#fresh = null;
    this.#wantKeep = opt.keep;
    const store = await this.#store();
    const s = await secret(store);
    const source = await this.#d.compute(engine, report, { run: session.run, secret: s.bytes, onProgress: opt.onProgress });
    const fingerprint = await session.run(() => fingerprintInEngine(engine));
    const done = (entry: KeptExport | null, keepFailed: StoreErrorCode | null): OwnFigures => ({ source, entry, keepFailed, secretPerTab: !s.kept });
    if (turn !== this.#turn) return done(null, null);
    const fresh = (this.#fresh = { engine, report, mapping, source, handedOver: false });
    // What the pages read until the load is kept: the source itself, let go with the data unless
    // kept meanwhile (then the kept figures read on from the same source).
    const unkept = {
      index: source.index,
      scope: (key: string) => source.scope(key),
      series: (p: Provider) => source.series(p),
      dispose: () => fresh.handedOver || source.dispose()
    };
    // "Keep" may have been ticked while the figures were being computed.
    if (this.#wantKeep) {
      // While the load is being kept, pages wait for it rather than show other data.
      data.opening({ name: nameOfReport(report), fingerprint });
      const r = await this.keepFresh();
      if (r.entry || turn !== this.#turn) return done(r.entry, r.keepFailed);
      data.useOwn(unkept, { name: nameOfReport(report), fingerprint });
      return done(null, r.keepFailed);
    }
    data.useOwn(unkept, { name: nameOfReport(report), fingerprint });
    prefs.remove(CURRENT_HINT_KEY);
    await store?.setCurrent(null).catch(() => {});
    return done(null, null);
  }

  /**
   * Keep the last load (its figures in use) in this browser: tables, report, mapping and the
   * first figures; every page then reads the kept figures, and what they compute beyond those
   * is kept too. Nothing is half kept when it fails; what was kept before stays as it was.
   */
  async keepFresh(): Promise<{ entry: KeptExport | null; keepFailed: StoreErrorCode | null }> {
    const fresh = this.#fresh;
    // A load still computing its figures: it keeps them when they are there.
    this.#wantKeep = true;
    if (!fresh) return { entry: null, keepFailed: null };
    const { data, prefs } = this.#d;
    const store = await this.#store();
    if (!store) return { entry: null, keepFailed: 'unavailable' };
    const turn = this.#turn;
    let entry: KeptExport;
    try {
      const figures = await firstFigures(fresh.source);
      const snap = await this.#d.engine.run(() => snapshot(fresh.engine));
      entry = (await store.keep(snap, { report: fresh.report, mapping: fresh.mapping, figures })).entry;
    } catch (e) {
      return { entry: null, keepFailed: codeOf(e) };
    }
    if (turn !== this.#turn || this.#fresh !== fresh) return { entry, keepFailed: null };
    const kept = await keptSource(store, entry.id, { compute: () => Promise.resolve(fresh.source) });
    this.#fresh = null;
    this.#entry = entry;
    this.#opened = Promise.resolve({ entry, report: fresh.report, mapping: fresh.mapping });
    // The same figures, read through the store now: the source computing them lives on with them.
    fresh.handedOver = true;
    data.useOwn({ ...kept, dispose: () => fresh.source.dispose() }, { name: entry.name, fingerprint: entry.fingerprint });
    prefs.set(CURRENT_HINT_KEY, entry.fingerprint);
    return { entry, keepFailed: null };
  }

  /** Back to the shipped figures (the demo): no kept export is current any more; nothing is removed. */
  async showShipped(): Promise<void> {
    this.#turn++;
    this.#entry = null;
    this.#opened = null;
    this.#fresh = null;
    this.#d.prefs.remove(CURRENT_HINT_KEY);
    this.#d.data.useShipped();
    await (await this.#store())?.setCurrent(null).catch(() => {});
  }

  /** The choice, the current export and every kept one; null where this browser keeps nothing. A damaged store throws its StoreError. */
  async state(): Promise<StoreState | null> {
    const store = await this.#store();
    return store ? store.read() : null;
  }

  /** Remember "keep my data in this browser"; the store says whether the browser granted lasting storage. */
  async setKeep(keep: boolean): Promise<{ persisted: boolean | null } | null> {
    if (!keep) this.#wantKeep = false;
    const store = await this.#store();
    if (!store) return null;
    const r = await store.setKeep(keep);
    return { persisted: r.persisted };
  }

  async rename(id: string, name: string): Promise<KeptExport | null> {
    const store = await this.#store();
    if (!store) return null;
    const entry = await store.rename(id, name);
    if (this.#entry?.id === id) this.#entry = entry;
    this.#d.data.renamed(entry.fingerprint, entry.name);
    return entry;
  }

  /** Remove one kept export; when it is in use, the pages go back to the shipped figures. */
  async remove(id: string): Promise<void> {
    const store = await this.#store();
    if (!store) return;
    await store.remove(id);
    if (this.#entry?.id === id) await this.showShipped();
  }

  /** Remove every kept export (and what an older version kept); the pages go back to the shipped figures. */
  async removeAll(): Promise<void> {
    const store = await this.#store();
    await store?.removeAll();
    this.#d.prefs.remove(CURRENT_HINT_KEY);
    if (this.#entry || this.#d.data.state !== 'demo') await this.showShipped();
  }
}
