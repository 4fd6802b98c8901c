/**
 * The data page's view-model (Eigen gegevens): the user's export files (or the demo rows)
 * loaded into DuckDB in this browser, checked on a mapping screen when their names are not
 * the export's own, reported file by file, and turned into figures that every page then
 * shows (through the own data, src/lib/data/own.ts, which tell the owner of the data in use).
 * Nothing leaves the browser; keeping the data between visits is the user's choice (the
 * tables, report, mapping and figures, never the files), several exports can be kept,
 * switched, renamed and removed, and one button removes it all.
 */
import type { CubeProgress } from '../cube/engine-source';
import { scopeKey } from '../cube/scopes';
import type { EngineSession } from '../data/engine';
import type { DataInUse } from '../data/in-use.svelte';
import type { OwnData } from '../data/own';
import { mustConfirm, readFileBytes, readPending, remember, toInputs, type Pending } from '../data/pending';
import { CURRENT_HINT_KEY, LEGACY_KEEP_KEY, type Prefs } from '../data/prefs';
import { describeStop, engineLost, type Stop } from '../data/stop';
import { StoreError, type StoreErrorCode } from '../data/store/errors';
import { storeText } from '../data/store/messages';
import type { KeptExport } from '../data/store/types';
import { i18n } from '../i18n/index.svelte';
import type { Engine } from '../engine/types';
import type { InputFile, LoadProgress } from '../load';
import { MAPPING_KEY_PREFIX } from '../load/mapping';
import type { LoadReport } from '../load/report';
import { stopText } from '../words/load';
import { Progress } from './data-progress.svelte';

/** Where the page is: nothing loaded, reading files, on the mapping screen, loading, loaded, stopped. */
export type Phase = 'idle' | 'reading' | 'mapping' | 'loading' | 'loaded' | 'error';
/** Where the figures for the pages stand after a load. */
export type FiguresState = { state: 'idle' } | { state: 'computing'; done: number; total: number; kinds?: CubeProgress } | { state: 'ready' } | { state: 'demo' } | { state: 'failed'; message: string };

/** What the data page works with, handed in so tests run it without a browser or DuckDB. */
export interface DataPageDeps {
  data: DataInUse;
  engine: EngineSession;
  /** The tab's own data: kept exports, restoring, keeping (src/lib/data/own.ts). */
  own: () => Promise<OwnData>;
  prefs: Prefs;
  /** The demo's row files as the loader takes them; null when the build ships none. */
  demo: (() => Promise<{ name: string; load: () => Promise<InputFile> }[]>) | null;
  /** Move the keyboard focus to an element by id (after the mapping screen or an error opens). */
  focus: (id: string) => void;
  /** The loader (src/lib/load's loadExport). */
  load: (engine: Engine, files: InputFile[], opt: { onProgress?: (p: LoadProgress) => void }) => Promise<LoadReport>;
}

/** A message of the store (quota, damaged, no storage ...) as the page shows it. */
export interface StoreMessage {
  message: string;
  action: string;
}

/** The data page's state and what its buttons do. */
export class DataView {
  readonly #d: DataPageDeps;
  constructor(deps: DataPageDeps) {
    this.#d = deps;
  }

  phase = $state<Phase>('idle');
  /** Files picked and shown on the mapping screen. */
  pending = $state<Pending[]>([]);
  /** The files of the last load of the user's own data (kept when asked, mapped again on review). */
  lastFiles = $state.raw<Pending[] | null>(null);
  report = $state.raw<LoadReport | null>(null);
  loadedDemo = $state(false);
  stop = $state.raw<Stop | null>(null);
  figures = $state.raw<FiguresState>({ state: 'idle' });
  /** The engine starts when the page opens (a few seconds); files picked before then wait for it. */
  engineState = $state<'starting' | 'ready' | 'failed'>('starting');
  keepAvailable = $state(true);
  keep = $state(false);
  keepStatus = $state<string | null>(null);
  /** Why keeping or opening kept data failed, in the store's words. */
  storeProblem = $state.raw<StoreMessage | null>(null);
  forgetStatus = $state<string | null>(null);
  /** The exports kept in this browser, as listed. */
  kept = $state.raw<KeptExport[]>([]);
  /** Files kept by an earlier version of the site are here: they cannot be opened, only removed. */
  legacy = $state(false);
  /** What the list's last action did ("removed", "renamed" ...). */
  keptStatus = $state<string | null>(null);
  readonly progress = new Progress();
  #own: OwnData | null = null;
  /** Each load gets a turn: figures of an older load that finish (or fail) late change nothing. */
  #loadTurn = 0;

  readonly locale = $derived(i18n.locale);
  readonly t = $derived(i18n.t.data);
  readonly to = $derived(i18n.t.own);
  /** The fingerprint of the own data in use (kept or not), '' for the shipped figures. */
  get inUse(): string {
    const { state, label } = this.#d.data;
    return state === 'own' || state === 'opening' ? label.fingerprint : '';
  }
  readonly busy = $derived(this.phase === 'reading' || this.phase === 'loading');
  get hasDemo(): boolean {
    return this.#d.demo !== null;
  }
  readonly stopShown = $derived(this.stop ? stopText(i18n.locale, this.stop.code, this.stop.params) : null);
  readonly stepText = $derived(this.progress.text(this.t));

  /** On opening the page: show again what this tab loaded (or the kept data in use), start the engine, list what is kept. */
  async open(): Promise<void> {
    const last = this.#d.engine.holding();
    if (last && this.phase === 'idle') {
      this.report = last.report;
      this.loadedDemo = last.demo;
      this.lastFiles = last.files;
      this.phase = 'loaded';
      this.figures = last.demo ? { state: 'demo' } : this.#d.data.state === 'own' ? { state: 'ready' } : { state: 'idle' };
    }
    this.#warmUp();
    const own = (this.#own = await this.#d.own());
    // The layout may still be restoring the kept data in use: their report comes once it has.
    await own.settled();
    await this.refreshKept();
    // Kept data in use, not in the engine yet: their load report, from the tables restored now.
    const tables = !last && this.phase === 'idle' ? own.tables() : null;
    if (tables && own.entry) {
      const name = own.entry.name;
      this.phase = 'loading';
      this.progress.restart();
      this.progress.enter({ kind: 'engine' }, 0, 0.9, 5);
      this.keepStatus = this.to.restoring;
      try {
        const o = await tables;
        if (this.phase !== 'loading') return;
        this.report = o.report;
        this.loadedDemo = false;
        this.lastFiles = null;
        this.phase = 'loaded';
        this.figures = { state: 'ready' };
        this.keepStatus = this.to.restored(name);
      } catch (e) {
        if (this.phase !== 'loading') return;
        this.phase = 'idle';
        this.keepStatus = null;
        this.#storeFailed(e);
      } finally {
        this.progress.started = 0;
      }
    }
  }

  /** What an earlier version kept (raw files): not readable any more; "remove all" removes it. */
  get legacyText(): string {
    const m = storeText('olderVersion', i18n.locale);
    return `${m.message} ${m.action}`;
  }

  /** Why a listed export cannot be opened (another version), in the store's words. */
  problemText(x: KeptExport): string {
    return x.problem ? storeText(x.problem, i18n.locale, { name: x.name }).message : '';
  }

  /** The store's words for a failure. */
  #storeFailed(e: unknown, name?: string) {
    const code: StoreErrorCode = e instanceof StoreError ? e.code : 'failed';
    this.storeProblem = storeText(code, i18n.locale, { name });
  }

  /** The choice and the list of kept exports, read again from the store. */
  async refreshKept(): Promise<void> {
    if (!this.#own) return;
    try {
      const st = await this.#own.state();
      this.keepAvailable = !!st;
      this.keep = !!st?.keep;
      this.kept = st?.exports ?? [];
      this.legacy = !!st?.legacy;
      if (!st) this.storeProblem = storeText('unavailable', i18n.locale);
    } catch (e) {
      // A damaged store or one of another version: say so; "remove all" is the way out.
      this.kept = [];
      this.#storeFailed(e);
    }
  }

  #warmUp() {
    this.engineState = 'starting';
    this.#d.engine.get().then(
      () => (this.engineState = 'ready'),
      () => (this.engineState = 'failed')
    );
  }

  #clear() {
    this.stop = null;
    this.report = null;
    this.keepStatus = null;
    this.storeProblem = null;
    this.forgetStatus = null;
    this.keptStatus = null;
  }

  // ---- picking files -----------------------------------------------------------------
  /** Files picked or dropped: read, then loaded, or first shown on the mapping screen. */
  async pick(list: FileList | File[] | null | undefined): Promise<void> {
    const chosen = [...(list ?? [])];
    if (!chosen.length || this.busy) return;
    this.phase = 'reading';
    this.#clear();
    this.progress.restart();
    this.progress.enter({ kind: 'read', file: chosen[0].name }, 0, 0.02);
    const files: Pending[] = [];
    for (const f of chosen) {
      this.progress.step = { kind: 'read', file: f.name };
      let bytes: Uint8Array;
      try {
        bytes = await readFileBytes(f);
      } catch (e) {
        const s = describeStop(e);
        this.#fail(s.code === 'memory' ? s : { code: 'read', params: { file: f.name }, file: f.name, technical: String(e) });
        return;
      }
      files.push(await readPending(f.name, bytes));
    }
    performance.mark('ww:files-read');
    if (mustConfirm(files)) {
      this.pending = files;
      this.phase = 'mapping';
      this.#d.focus('mapping-title');
      return;
    }
    await this.#load(toInputs(files), { own: files });
  }

  /** The mapping as the user confirmed it: remembered for files with these headers, then loaded. */
  confirmMapping = (files: Pending[]) => {
    remember(files);
    this.pending = [];
    void this.#load(toInputs(files), { own: files });
  };

  cancelMapping = () => {
    this.pending = [];
    this.phase = this.report ? 'loaded' : 'idle';
  };

  /** The last own files back on the mapping screen, to change a table or a column. */
  review = () => {
    if (!this.lastFiles) return;
    this.pending = this.lastFiles.map((p) => ({ ...p, columns: p.columns.map((c) => ({ ...c })) }));
    this.phase = 'mapping';
  };

  /** The demo's rows, to try the page (the pages keep showing the shipped demo figures). */
  async loadDemo(): Promise<void> {
    if (this.busy || !this.#d.demo) return;
    this.phase = 'loading';
    this.#clear();
    this.progress.restart();
    try {
      const demo = await this.#d.demo();
      const files = await Promise.all(
        demo.map((f, i) => {
          this.progress.enter({ kind: 'fetch', file: f.name }, 0, 0.1 * ((i + 1) / demo.length));
          return f.load();
        })
      );
      await this.#load(files, { demo: true });
    } catch (e) {
      this.#fail(describeStop(e));
    }
  }

  // ---- loading -------------------------------------------------------------------------
  async #load(inputs: InputFile[], opts: { own?: Pending[]; demo?: boolean }): Promise<void> {
    const { engine, data } = this.#d;
    this.phase = 'loading';
    this.stop = null;
    this.report = null;
    const turn = ++this.#loadTurn;
    if (!this.progress.started) this.progress.restart();
    // The tables are about to hold other data: figures computed from the old ones go, and
    // the pages show the shipped figures until the new ones are ready.
    engine.hold(null);
    this.#own?.loading();
    data.useShipped();
    this.figures = { state: 'idle' };
    const bytes = inputs.reduce((n, f) => n + f.bytes.length, 0) || 1;
    this.progress.weigh(inputs);
    try {
      this.progress.enter({ kind: 'engine' }, this.progress.base, 0.1, 3);
      const e = await engine.get();
      this.engineState = 'ready';
      performance.mark('ww:engine-ready');
      const r = await engine.run(() =>
        this.#d.load(e, inputs, {
          onProgress: (p: LoadProgress) => {
            // Marks for the benchmark and for anyone profiling a slow load.
            performance.mark(`ww:load:${p.step}:${p.file}`);
            this.progress.loaded(p, bytes);
          }
        })
      );
      performance.mark('ww:loaded');
      this.report = r;
      this.loadedDemo = !!opts.demo;
      this.lastFiles = opts.own ?? null;
      this.phase = 'loaded';
      engine.hold({ report: r, demo: this.loadedDemo, files: this.lastFiles });
      if (opts.demo) this.figures = { state: 'demo' };
      else void this.#computeFigures(r, turn);
    } catch (err) {
      const s = describeStop(err);
      if (engineLost(s)) {
        await engine.reset();
        this.#warmUp();
      }
      this.#fail(s);
    } finally {
      this.progress.started = 0;
    }
  }

  #fail(s: Stop) {
    this.stop = s;
    this.phase = 'error';
    this.progress.started = 0;
    this.#d.focus('error-title');
  }

  /** The confirmed mapping of the files last loaded, as it is kept. */
  #mapping() {
    return (this.lastFiles ?? []).map((p) => ({ file: p.name, mapping: toInputs([p])[0].mapping }));
  }

  /** The figures every page shows, computed from the loaded tables (and kept, when chosen): the latest view first. */
  async #computeFigures(r: LoadReport, turn: number): Promise<void> {
    const { engine, data } = this.#d;
    const current = () => turn === this.#loadTurn;
    if (!r.months) {
      this.figures = { state: 'failed', message: stopText(i18n.locale, 'noParticipations').message };
      return;
    }
    this.figures = { state: 'computing', done: 0, total: 0 };
    try {
      const e = await engine.get();
      const own = this.#own ?? (await this.#d.own());
      const made = await own.loaded(e, r, this.#mapping(), {
        keep: this.keep,
        onProgress: (p: CubeProgress) => {
          const sum = (x: Record<string, number>) => Object.values(x).reduce((a, b) => a + b, 0);
          if (current() && this.figures.state === 'computing') this.figures = { state: 'computing', done: sum(p.done), total: sum(p.total), kinds: p };
        }
      });
      if (!current()) return;
      this.#keptResult(made.entry, made.keepFailed);
      // What the overview opens with first: the monthly series and the latest 12 months (or month),
      // asked for together so each is read as soon as its batch is done.
      const src = made.source;
      const last = src.index.ends.year.at(-1);
      await Promise.all([
        src.series('all'),
        src.scope(scopeKey(last ? { kind: 'year', end: last, provider: 'all' } : { kind: 'month', end: src.index.ends.month.at(-1)!, provider: 'all' }))
      ]);
      if (!src.disposed && current()) this.figures = { state: 'ready' };
    } catch (err) {
      // A newer load took the tables: its figures are in use now, not the shipped ones.
      if (!current() || (err as Error)?.message?.includes('replaced')) return;
      const s = describeStop(err);
      if (engineLost(s)) {
        await engine.reset();
        this.#warmUp();
      }
      data.useShipped();
      this.figures = { state: 'failed', message: stopText(i18n.locale, s.code, s.params).message };
    }
  }

  /** What the page says after keeping (or not keeping) a load. */
  #keptResult(entry: KeptExport | null, failed: StoreErrorCode | null) {
    if (entry) {
      this.keepStatus = this.to.keptNow(entry.name);
      this.storeProblem = null;
      void this.refreshKept();
    } else if (failed) {
      const m = storeText(failed, i18n.locale);
      this.keepStatus = this.to.keepFailed(m.message);
      this.storeProblem = m;
    }
  }

  // ---- keeping and forgetting -------------------------------------------------------------
  /** "Keep my data in this browser", on or off: remembered; on keeps the loaded data at once. Off removes nothing already kept. */
  async toggleKeep(on: boolean): Promise<void> {
    this.keep = on;
    this.forgetStatus = null;
    const own = (this.#own ??= await this.#d.own());
    try {
      const r = await own.setKeep(on);
      if (on && r?.persisted === false) this.keptStatus = this.to.notPersisted;
    } catch (e) {
      this.#storeFailed(e);
      return;
    }
    if (on && this.phase === 'loaded' && !this.loadedDemo && !own.entry) {
      const r = await own.keepFresh();
      this.#keptResult(r.entry, r.keepFailed);
    }
    if (!on) this.keepStatus = null;
  }

  /** Show a kept export in every page. */
  async use(x: KeptExport): Promise<void> {
    if (!this.#own || this.busy) return;
    this.#clear();
    await this.#own.use(x.id);
    if (this.#d.data.state === 'missing') {
      this.storeProblem = storeText(this.#d.data.problem ?? 'failed', i18n.locale, { name: x.name });
      return;
    }
    // The report of the load on this page is of other data now.
    this.phase = 'idle';
    this.lastFiles = null;
    this.figures = { state: 'idle' };
    this.keptStatus = this.to.switched(x.name);
    await this.open();
  }

  async rename(x: KeptExport, name: string): Promise<void> {
    if (!this.#own) return;
    try {
      const e = await this.#own.rename(x.id, name);
      if (e) this.keptStatus = this.to.renamed(e.name);
    } catch (e) {
      this.#storeFailed(e, x.name);
    }
    await this.refreshKept();
  }

  async remove(x: KeptExport): Promise<void> {
    if (!this.#own) return;
    const inUse = this.#own.entry?.id === x.id;
    try {
      await this.#own.remove(x.id);
      this.keptStatus = this.to.removed(x.name);
      if (inUse) {
        await this.#d.engine.reset();
        this.#warmUp();
        this.phase = 'idle';
        this.report = null;
        this.figures = { state: 'idle' };
        this.keepStatus = null;
      }
    } catch (e) {
      this.#storeFailed(e, x.name);
    }
    await this.refreshKept();
  }

  /** Every page back to the demo; nothing kept is removed. */
  async showDemo(): Promise<void> {
    await this.#own?.showShipped();
    this.keptStatus = this.to.showingDemo;
  }

  /** Remove everything of the user's from this browser: kept files, remembered mappings, the loaded data. */
  async forget(): Promise<void> {
    const { engine, data, prefs } = this.#d;
    this.forgetStatus = null;
    try {
      await this.#own?.removeAll();
      for (const k of prefs.keys()) if (k.startsWith(MAPPING_KEY_PREFIX) || k === LEGACY_KEEP_KEY || k === CURRENT_HINT_KEY) prefs.remove(k);
      this.keep = false;
      this.kept = [];
      this.legacy = false;
      this.storeProblem = null;
      data.useShipped();
      await engine.reset();
      this.#warmUp();
      this.report = null;
      this.lastFiles = null;
      this.pending = [];
      this.keepStatus = null;
      this.figures = { state: 'idle' };
      this.phase = 'idle';
      this.forgetStatus = this.t.forgotten;
    } catch (e) {
      this.forgetStatus = this.t.forgetFailed(e instanceof Error ? e.message : String(e));
    }
  }
}
