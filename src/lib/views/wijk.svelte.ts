/**
 * The wijk page's view-model (issue #4, page 2): one wijk's figures for the view in the
 * URL (wijk, period, end, provider, dimension), handed to its sections as rows; without
 * a wijk, the wijken to choose from. The wijk decides the city, so a link to a wijk need
 * not name its city.
 */
import { byName } from '../cube/read';
import { periodOf, scopeKey, type PeriodKind } from '../cube/scopes';
import type { CubeIndex, MonthSeries, WijkInfo } from '../cube/types';
import type { DataInUse } from '../data/in-use.svelte';
import { formatMonth } from '../i18n/format';
import { prose } from '../i18n/prose';
import type { FigureRow } from '../metrics/types';
import { wijkRows } from '../wijk/page';
import { dimensionName, providerName } from '../words/figures';
import type { Navigation } from './kit.svelte';
import { PageView } from './page.svelte';
import { WIJK_URL, withKind, type DashboardView } from './url';

/** What every section of the wijk page receives (the contract with the page). */
export interface SectionProps {
  /** The current scope's rows of this wijk plus the city-wide rows of its city. */
  rows: FigureRow[];
  wijk: WijkInfo;
  view: DashboardView;
  index: CubeIndex;
  /** The month series of view.provider. */
  series: MonthSeries | null;
}

/** The sections in page order (their headings' ids are `<id>-heading`). */
export const SECTIONS = ['reach', 'bonding', 'overlap', 'selforg', 'signals'] as const;

/** The wijk page's state. */
export class WijkView extends PageView<DashboardView> {
  constructor(data: DataInUse, nav: Navigation) {
    super(data, nav, WIJK_URL);
    this.needs(() => (this.view && this.wijk ? [['scope', this.key] as const, ['series', this.view.provider] as const] : []));
  }

  readonly t = $derived(prose(this.locale).wijk);
  /** The opened wijk; undefined when none is chosen (or the address names none that exists). */
  readonly wijk = $derived(this.view && this.index ? this.index.wijken.find((w) => w.wijk_id === this.view!.wijk) : undefined);
  readonly key = $derived(this.view ? scopeKey(this.view) : '');
  readonly #scope = $derived(this.store.scope(this.key));
  /** Recomputed only when the scope or the wijk changes: a new dimension keeps the same rows. */
  readonly rows = $derived(this.#scope && this.wijk ? wijkRows(this.#scope, this.wijk) : []);
  readonly series = $derived(this.view ? (this.store.series(this.view.provider) ?? null) : null);
  readonly failure = $derived(this.view ? this.failureOf([['scope', this.key], ['series', this.view.provider]]) : this.store.failed);
  /** Everything the view shows is here: the list of wijken, or the wijk's figures. */
  readonly ready = $derived(!!this.view && (!this.wijk || (!!this.#scope && !!this.series)));
  readonly sectionProps = $derived<SectionProps | null>(
    this.ready && this.wijk && this.view && this.index ? { rows: this.rows, wijk: this.wijk, view: this.view, index: this.index, series: this.series } : null
  );

  /** The wijken of each city, by name: the choice of wijk. */
  readonly wijkenByCity = $derived(
    (this.index?.cities ?? []).map((city) => ({
      city,
      wijken: this.index!.wijken.filter((w) => w.city === city).sort((a, b) => byName(a.wijk_name, b.wijk_name))
    }))
  );
  /** A period as the end list names it: a month, or "from to" for a quarter or a year. */
  endLabel(kind: PeriodKind, end: string): string {
    if (kind === 'month') return formatMonth(this.locale, end, 'long');
    return this.t.periodText(kind, formatMonth(this.locale, periodOf(kind, end).from), formatMonth(this.locale, end));
  }
  readonly lead = $derived(this.view ? this.t.lead(this.endLabel(this.view.kind, this.view.end), providerName(this.locale, this.view.provider)) : '');
  readonly title = $derived(this.wijk ? this.t.pageTitle(this.wijk.wijk_name) : this.t.pageTitleNone);
  provider = (p: DashboardView['provider']) => providerName(this.locale, p);
  dimension = (d: string) => dimensionName(this.locale, d);

  /** Another view; a new kind of period keeps its end near, a new wijk takes its city along. */
  go(patch: Partial<DashboardView>): void {
    if (!this.view || !this.index) return;
    let v = { ...this.view, ...patch };
    if (patch.kind) v = withKind({ ...v, kind: this.view.kind }, patch.kind, this.index);
    if (patch.wijk !== undefined) v.city = this.index.wijken.find((w) => w.wijk_id === patch.wijk)?.city ?? v.city;
    this.show(v);
  }
  /** The Overzicht for the same view. */
  overviewHref = (base: string) => `${base}${this.view ? this.search(this.view) : ''}`;
  /** The page of another wijk, for the same view. */
  wijkHref = (base: string, w: WijkInfo) => `${base}${this.view ? this.search({ ...this.view, city: w.city, wijk: w.wijk_id }) : ''}`;
}
