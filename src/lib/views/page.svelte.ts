/**
 * What every dashboard page's view-model shares: the figures of the data in use (one
 * store), the view read from the URL with the page's codec, the language kept in every
 * link, and going to another view. A page's view-model adds what it draws.
 */
import { periodOf, type PeriodKind } from '../cube/scopes';
import type { CubeIndex } from '../cube/types';
import type { DownloadScope } from '../export/download';
import type { DataInUse } from '../data/in-use.svelte';
import { formatMonth } from '../i18n/format';
import { i18n } from '../i18n/index.svelte';
import type { Navigation } from './kit.svelte';
import { storeFor, type FigureFile } from './store.svelte';
import type { Codec } from './url';

/** The base of a dashboard page's view-model. */
export class PageView<V> {
  // Read through getters: the reactive fields below are lazy, and run after the constructor.
  readonly #deps: { data: DataInUse; nav: Navigation; codec: Codec<V> };
  protected get data(): DataInUse {
    return this.#deps.data;
  }
  protected get nav(): Navigation {
    return this.#deps.nav;
  }
  protected get codec(): Codec<V> {
    return this.#deps.codec;
  }

  constructor(data: DataInUse, nav: Navigation, codec: Codec<V>) {
    this.#deps = { data, nav, codec };
  }

  /** A period's last month in words for the period choice: "november 2026", or "dec. 2025 – nov. 2026". */
  endLabel(kind: PeriodKind, end: string): string {
    if (kind === 'month') return formatMonth(this.locale, end, 'long');
    return `${formatMonth(this.locale, periodOf(kind, end).from)} – ${formatMonth(this.locale, end)}`;
  }

  /** The figures of the data in use: one store, shared by every page until the data change. */
  readonly store = $derived(storeFor(this.data));
  /** What exists (cities, wijken, periods); null until the figures are open. */
  readonly index = $derived<CubeIndex | null>(this.store.index);
  /** The language: every text the page writes follows it. */
  readonly locale = $derived(i18n.locale);
  /** ?lang= of the address, kept in every link and view change. */
  readonly lang = $derived(this.nav.live ? this.nav.url.searchParams.get('lang') : null);
  /** The view in the address, once there is an index to check it against. */
  readonly view = $derived<V | null>(this.index && this.nav.live ? this.codec.read(this.nav.url.searchParams, this.index) : null);
  /** Own data are opening, or the address names data this browser does not hold: nothing to draw yet. */
  readonly waiting = $derived(this.store.waiting);

  /** What the page's figures are about, for every download it offers: its city, its period, the wijken's names. */
  readonly downloadScope = $derived.by((): DownloadScope | null => {
    const v = this.view as { city?: string; kind?: PeriodKind; end?: string } | null;
    const ix = this.index;
    if (!v?.end || !ix) return null;
    const { from, to } = periodOf(v.kind ?? 'month', v.end);
    return { city: v.city ?? '', from, to, names: new Map(ix.wijken.map((w) => [w.wijk_id, w.wijk_name])) };
  });

  /** The query of a view (only what differs from the default), with the language. */
  search(v: V): string {
    return this.index ? this.codec.search(v, this.index, this.lang) : '';
  }

  /**
   * Show a view: the address is the state, so a view can be bookmarked, shared and gone
   * back to. A reader's choice is a new history entry, so the back button walks the views.
   */
  show(v: V, history: 'replace' | 'push' = 'push'): void {
    const url = new URL(this.nav.url);
    url.search = this.search(v);
    this.nav.go(url, history);
  }

  /** Why the figures this view needs could not be loaded; null when nothing failed. */
  failureOf(files: readonly FigureFile[]): string | null {
    return this.store.failure(...files);
  }

  /** Ask the store for what the view needs, whenever the view or the data change. */
  protected needs(files: () => readonly FigureFile[]): void {
    $effect(() => {
      const f = files();
      if (this.store.index) this.store.need(f);
    });
  }
}
