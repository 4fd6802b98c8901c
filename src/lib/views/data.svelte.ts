/**
 * The data page's view-model (Eigen gegevens): the user's export files (or the demo rows)
 * loaded into DuckDB in this browser, checked on a mapping screen when their names are not
 * the export's own, reported file by file, and turned into figures that every page then
 * shows (it hands them to the owner of the data in use). Nothing leaves the browser;
 * keeping the files between visits is the user's choice, and one button removes it all.
 */
import type { CubeProgress, EngineSource, EngineSourceOptions } from '../cube/engine-source';
import { scopeKey } from '../cube/scopes';
import type { EngineSession } from '../data/engine';
import type { DataInUse } from '../data/in-use.svelte';
import { mustConfirm, readFileBytes, readPending, remember, toInputs, type Pending } from '../data/pending';
import type { Prefs } from '../data/prefs';
import { describeStop, engineLost, type Stop } from '../data/stop';
import { formatDateTime, formatNumber } from '../i18n/format';
import { i18n } from '../i18n/index.svelte';
import type { Engine } from '../engine/types';
import type { InputFile, LoadProgress } from '../load';
import { KEEP_PREF_KEY, type KeptStore } from '../load/keep';
import { MAPPING_KEY_PREFIX } from '../load/mapping';
import type { LoadReport } from '../load/report';
import { stopText } from '../words/load';
import { Progress } from './data-progress.svelte';

/** Where the page is: nothing loaded, reading files, on the mapping screen, loading, loaded, stopped. */
export type Phase = 'idle' | 'reading' | 'mapping' | 'loading' | 'loaded' | 'error';
/** Where the figures for the pages stand after a load. */
export type FiguresState = { state: 'idle' } | { state: 'computing'; done: number; total: number } | { state: 'ready' } | { state: 'demo' } | { state: 'failed'; message: string };

/** What the data page works with, handed in so tests run it without a browser or DuckDB. */
export interface DataPageDeps {
  data: DataInUse;
  engine: EngineSession;
  /** The files kept in this browser (OPFS), or null where the browser has no such storage. */
  kept: () => Promise<KeptStore | null>;
  prefs: Prefs;
  /** The demo's row files as the loader takes them; null when the build ships none. */
  demo: (() => Promise<{ name: string; load: () => Promise<InputFile> }[]>) | null;
  /** Move the keyboard focus to an element by id (after the mapping screen or an error opens). */
  focus: (id: string) => void;
  /** The loader (src/lib/load's loadExport). */
  load: (engine: Engine, files: InputFile[], opt: { onProgress?: (p: LoadProgress) => void }) => Promise<LoadReport>;
  /** Figures computed from the loaded tables (src/lib/cube's engineSource). */
  compute: (engine: Engine, report: LoadReport, opt: EngineSourceOptions) => Promise<EngineSource>;
  /**
   * The secret of the cell-key noise: the demo's public one for the demo's rows (so they give
   * the shipped figures), else this browser's own, kept beside the user's data.
   */
  secret: (demo: boolean) => Promise<Uint8Array>;
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
  forgetStatus = $state<string | null>(null);
  readonly progress = new Progress();
  #store: KeptStore | null = null;

  readonly locale = $derived(i18n.locale);
  readonly t = $derived(i18n.t.data);
  readonly busy = $derived(this.phase === 'reading' || this.phase === 'loading');
  get hasDemo(): boolean {
    return this.#d.demo !== null;
  }
  readonly stopShown = $derived(this.stop ? stopText(i18n.locale, this.stop.code, this.stop.params) : null);
  readonly stepText = $derived(this.progress.text(this.t));

  /** On opening the page: show again what this tab loaded, start the engine, reload kept files. */
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
    this.#store = await this.#d.kept();
    this.keepAvailable = !!this.#store;
    this.keep = !!this.#store && this.#d.prefs.get(KEEP_PREF_KEY) === '1';
    if (!this.keep || !this.#store) return;
    const kept = await this.#store.load().catch(() => null);
    if (!kept || this.phase !== 'idle' || last) return;
    const files = await Promise.all(kept.files.map(async (f) => ({ ...(await readPending(f.name, f.bytes)), ...(f.mapping?.table ? { table: f.mapping.table } : {}) })));
    await this.#load(kept.files, { own: files, keptWhen: formatDateTime(i18n.locale, new Date(kept.manifest.saved)) });
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
    this.forgetStatus = null;
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
  async #load(inputs: InputFile[], opts: { own?: Pending[]; demo?: boolean; keptWhen?: string }): Promise<void> {
    const { engine, data } = this.#d;
    this.phase = 'loading';
    this.stop = null;
    this.report = null;
    if (!this.progress.started) this.progress.restart();
    // The tables are about to hold other data: figures computed from the old ones go, and
    // the pages show the shipped figures until the new ones are ready.
    engine.hold(null);
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
      if (opts.keptWhen) this.keepStatus = this.t.keptLoaded(opts.keptWhen);
      if (opts.demo) this.figures = { state: 'demo' };
      else {
        if (this.keep && !opts.keptWhen) void this.#keepFiles();
        void this.#computeFigures(r);
      }
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

  /** The figures every page shows, computed from the loaded tables: the latest view first. */
  async #computeFigures(r: LoadReport): Promise<void> {
    const { engine, data } = this.#d;
    if (!r.months) {
      this.figures = { state: 'failed', message: stopText(i18n.locale, 'noParticipations').message };
      return;
    }
    this.figures = { state: 'computing', done: 0, total: 0 };
    try {
      const e = await engine.get();
      const src = await this.#d.compute(e, r, {
        run: engine.run,
        secret: await this.#d.secret(this.loadedDemo),
        onProgress: (p: CubeProgress) => {
          const sum = (x: Record<string, number>) => Object.values(x).reduce((a, b) => a + b, 0);
          if (this.figures.state === 'computing') this.figures = { state: 'computing', done: sum(p.done), total: sum(p.total) };
        }
      });
      data.useOwn(src);
      // What the overview opens with first: the monthly series and the latest 12 months (or month).
      await src.series('all');
      const last = src.index.ends.year.at(-1);
      await src.scope(scopeKey(last ? { kind: 'year', end: last, provider: 'all' } : { kind: 'month', end: src.index.ends.month.at(-1)!, provider: 'all' }));
      if (!src.disposed) this.figures = { state: 'ready' };
    } catch (err) {
      if ((err as Error)?.message?.includes('replaced')) return;
      const s = describeStop(err);
      if (engineLost(s)) {
        await engine.reset();
        this.#warmUp();
      }
      data.useShipped();
      this.figures = { state: 'failed', message: stopText(i18n.locale, s.code, s.params).message };
    }
  }

  // ---- keeping and forgetting -------------------------------------------------------------
  async #keepFiles(): Promise<void> {
    const files = this.lastFiles;
    if (!this.#store || !files) return;
    try {
      await this.#store.save(files.map((p) => ({ name: p.name, bytes: p.bytes, mapping: toInputs([p])[0].mapping })));
      this.keepStatus = this.t.keptSaved(formatNumber(i18n.locale, files.length));
    } catch {
      this.keepStatus = this.t.keepFailed;
    }
  }

  /** "Keep my data in this browser", on or off: remembered, and the files kept or removed at once. */
  async toggleKeep(on: boolean): Promise<void> {
    this.keep = on;
    this.forgetStatus = null;
    if (on) this.#d.prefs.set(KEEP_PREF_KEY, '1');
    else this.#d.prefs.remove(KEEP_PREF_KEY);
    if (on && this.phase === 'loaded' && !this.loadedDemo) await this.#keepFiles();
    if (!on) {
      await this.#store?.clear().catch(() => {});
      this.keepStatus = null;
    }
  }

  /** Remove everything of the user's from this browser: kept files, remembered mappings, the loaded data. */
  async forget(): Promise<void> {
    const { engine, data, prefs } = this.#d;
    this.forgetStatus = null;
    try {
      await this.#store?.clear();
      for (const k of prefs.keys()) if (k.startsWith(MAPPING_KEY_PREFIX) || k === KEEP_PREF_KEY) prefs.remove(k);
      this.keep = false;
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
