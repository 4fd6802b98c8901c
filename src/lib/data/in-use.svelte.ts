/**
 * The one owner of "the data in use": which data every page shows. It is the shipped
 * demo, one of the user's own exports (figures computed by DuckDB in this browser), or
 * the aggregates of a published site. Pages ask it before drawing (through the figure
 * store of src/lib/views), and never decide this themselves; the data page is one
 * client that hands it the user's own figures.
 *
 * States: 'demo' and 'published' show the shipped figures; 'own' an export of the user's;
 * 'opening' means own data are being restored (the pages wait, they never show the demo
 * in its place); 'missing' means the address names an export this browser does not hold.
 */
import type { FigureSource } from '../cube/types';
import type { StoreErrorCode } from './store/errors';

/** Which data the pages show, or why they wait. */
export type DataState = 'demo' | 'opening' | 'own' | 'missing' | 'published';

/** What the pages say the data are, so a reader never mistakes the demo for a real city. */
export interface DataLabel {
  kind: 'demo' | 'own' | 'published';
  /** The name of an own export (chosen by the user); '' for the demo and a published site. */
  name: string;
  /** A short fingerprint of an own export, for the URL; '' when there is none. */
  fingerprint: string;
}

/** What the owner is told about the build it runs in. */
export interface DataInUseOptions {
  /** This build is a published site: it ships a city's aggregates, not the demo. */
  published: boolean;
  /** The figures the build ships (demo or published), fetched from the site itself. */
  shipped: () => Promise<FigureSource>;
}

/** The owner: its state, its label and the figures of the data in use. */
export class DataInUse {
  state = $state<DataState>('demo');
  label = $state.raw<DataLabel>({ kind: 'demo', name: '', fingerprint: '' });
  /** Why own data named by the address (or kept as current) cannot be shown; null unless 'missing'. */
  problem = $state<StoreErrorCode | null>(null);
  /** Bumped whenever the figures change, so whatever holds figures of the old data lets go. */
  version = $state(0);
  #shipped: () => Promise<FigureSource>;
  #base: DataLabel;
  #source: Promise<FigureSource> | null = null;
  /** The own figures in use, let go (disposed) when other data take their place. */
  #own: (FigureSource & { dispose?(): void }) | null = null;

  constructor(opt: DataInUseOptions) {
    this.#shipped = opt.shipped;
    this.#base = { kind: opt.published ? 'published' : 'demo', name: '', fingerprint: '' };
    this.#set(opt.published ? 'published' : 'demo', this.#base, null);
  }

  /** The figures of the data in use; null while own data are opening or when they are missing. */
  source(): Promise<FigureSource> | null {
    if (this.state === 'opening' || this.state === 'missing') return null;
    if (!this.#source) {
      const s = this.#shipped();
      // A failed fetch is tried again by the next page that asks.
      s.catch(() => {
        if (this.#source === s) this.#source = null;
      });
      this.#source = s;
    }
    return this.#source;
  }

  /** True when the pages can draw: the figures of the data in use exist here. */
  get ready(): boolean {
    return this.state !== 'opening' && this.state !== 'missing';
  }

  /** Every page now shows figures computed from the user's own export. */
  useOwn(source: FigureSource & { dispose?(): void }, label: { name?: string; fingerprint?: string } = {}): void {
    this.#set('own', { kind: 'own', name: label.name ?? '', fingerprint: label.fingerprint ?? '' }, Promise.resolve(source), source);
  }

  /** Own data are being restored: pages wait for them instead of showing the demo. */
  opening(label: { name?: string; fingerprint?: string } = {}): void {
    this.#set('opening', { kind: 'own', name: label.name ?? '', fingerprint: label.fingerprint ?? '' }, null);
  }

  /**
   * The address names an export (by fingerprint) that this browser does not hold ('notFound'),
   * or one it holds but cannot open (damaged, another version, no storage): the pages say so.
   */
  missing(fingerprint: string, problem: StoreErrorCode = 'notFound', name = ''): void {
    this.#set('missing', { kind: 'own', name, fingerprint }, null);
    this.problem = problem;
  }

  /** The own export in use was renamed: the label follows, the figures stay. */
  renamed(fingerprint: string, name: string): void {
    if (this.label.kind === 'own' && this.label.fingerprint === fingerprint) this.label = { ...this.label, name };
  }

  /** Back to what the site ships (after "remove my data", or when own figures failed). */
  useShipped(): void {
    if (this.state === this.#base.kind) return;
    this.#set(this.#base.kind, this.#base, null);
  }

  #set(state: DataState, label: DataLabel, source: Promise<FigureSource> | null, own: (FigureSource & { dispose?(): void }) | null = null) {
    if (this.#own && this.#own !== own) this.#own.dispose?.();
    this.#own = own;
    this.problem = null;
    this.state = state;
    this.label = label;
    this.#source = source;
    this.version++;
  }
}
