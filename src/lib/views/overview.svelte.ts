/**
 * The Overzicht's view-model (issue #4, page 1): the map of one city's wijken coloured by
 * a figure, the ranked table with the city's own figure and a 12-month sparkline per
 * wijk, and two wijken side by side. The view lives in the URL. The default view is
 * prerendered from the shipped figures (its first chart is in the HTML); in the browser
 * every other view is derived from figures the store fetched, most of them ahead.
 */
import { untrack } from 'svelte';
import type { AreaColumn, AreaLine } from '../charts/areas';
import { classOf, divergingClasses, legendEntries, sequentialClasses, type MapMark } from '../charts/choropleth';
import { wijkenByCity, type ProjectedWijk } from '../charts/geo';
import type { PairedGroup } from '../charts/paired';
import { WIJKEN } from '../charts/wijken-data';
import { periodOf, scopeKey, type PeriodKind } from '../cube/scopes';
import type { CubeIndex } from '../cube/types';
import type { DataInUse } from '../data/in-use.svelte';
import { formatMonth, seedMonthTexts } from '../i18n/format';
import { DEFAULT_LOCALE } from '../i18n/locale';
import { prose } from '../i18n/prose';
import { metricKind, shownDecimals } from '../metrics/catalogue';
import type { FigureRow } from '../metrics/types';
import { compareColumns, comparisonTable } from '../overview/compare';
import { basisRef, cityWijken, figureRef, rowsOf, type MapFigure } from '../overview/figures';
import { FunnelPart } from '../overview/funnel-view.svelte';
import { MAP_BOX, projectCity } from '../overview/map';
import { cityFigure, extremes, rankWijken, sortTable, type SortDir, type SortKey } from '../overview/rank';
import { sparkFacts, sparkPoints, type SparkPoint } from '../overview/spark';
import { dimensionName, figureText, metricName, providerName, suppressedShort, valueText, withUnit } from '../words/figures';
import type { Navigation } from './kit.svelte';
import { embeddedFor, type InitialOverview } from './overview-first';
import { likelyNext, toggleWijk } from './overview-select';
import { PageView } from './page.svelte';
import { OVERVIEW_URL, withKind, type DashboardView } from './url';

/** What the build embeds in the page: the first view's figures and the first city's map. */
export interface OverviewFirst {
  overview: InitialOverview | null;
  geo: { city: string; wijken: ProjectedWijk[] } | null;
}

const EMPTY: CubeIndex = {
  version: 2, k: 5, cap: 40, perturbed: true, cities: [], wijken: [], activities: [], months: { first: '', last: '' }, dimensions: [],
  ends: { month: [], quarter: [], year: [] }, providers: ['all', 'buurtwerk', 'ggw'], population: [], seriesMetrics: []
};

/** The table's sort direction a column starts with when first chosen. */
const FIRST_DIR: Record<SortKey, SortDir> = { rank: 'ascending', wijk: 'ascending', value: 'descending', basis: 'descending' };

/** Bounds rounded as the legend prints them, so a wijk's printed value matches its printed class. */
function roundAsShown(metric: string): (v: number) => number {
  const digits = shownDecimals(metric);
  return (v) => Number(v.toFixed(digits));
}

/** The Overzicht's state: its view, its figures and every text and mark it draws. */
export class OverviewView extends PageView<DashboardView> {
  readonly #firstView: OverviewFirst;
  get #first(): OverviewFirst {
    return this.#firstView;
  }
  readonly #byCity = wijkenByCity(WIJKEN);
  readonly #projected = new Map<string, ProjectedWijk[]>();

  constructor(data: DataInUse, nav: Navigation, first: OverviewFirst) {
    super(data, nav, OVERVIEW_URL);
    this.#firstView = first;
    if (first.overview) seedMonthTexts(DEFAULT_LOCALE, first.overview.months);
    if (first.geo) this.#projected.set(first.geo.city, first.geo.wijken);
    this.needs(() => (this.store.index ? [['scope', this.key] as const, ['series', this.v.provider] as const] : []));
    // Once the view is drawn, fetch what the next view most likely needs, when the browser is idle.
    $effect(() => {
      if (!this.ready || !this.nav.live || !this.store.index) return;
      const next = likelyNext(this.v, this.ix);
      return untrack(() => this.store.prefetch(next));
    });
  }

  // ---- the view ---------------------------------------------------------------------
  /** The prerendered figures serve the default view until the files are here; never for own data. */
  readonly #pre = $derived(this.data.state !== 'own' && this.#first.overview !== null ? this.#first.overview : null);
  /** The index: of the figures, or the prerendered one until they are open. */
  readonly ix = $derived(this.index ?? this.#pre?.index ?? EMPTY);
  /** The view in the URL; before the page runs in the browser, the prerendered (default) view. */
  readonly v = $derived<DashboardView>(
    this.nav.live ? OVERVIEW_URL.read(this.nav.url.searchParams, this.ix) : (this.#pre?.view ?? OVERVIEW_URL.defaults(this.ix))
  );
  readonly key = $derived(scopeKey(this.v));
  readonly k = $derived(this.ix.k);

  readonly #embedded = $derived(this.#pre ? embeddedFor(this.#pre, this.v) : { rows: false, series: false, all: false });
  /** Every figure of the scope, once fetched (the comparison needs them all). */
  readonly fullRows = $derived(this.store.scope(this.key));
  readonly rows = $derived(this.fullRows ?? (this.#embedded.rows ? this.#pre?.rows : undefined));
  readonly series = $derived(this.store.series(this.v.provider) ?? (this.#embedded.series ? this.#pre?.series : undefined));
  /** Every chart of the view can be drawn. */
  readonly ready = $derived(!!this.rows && !!this.series && (!!this.fullRows || this.#embedded.all));
  readonly failure = $derived(this.failureOf([['scope', this.key], ['series', this.v.provider]]));

  // ---- words ------------------------------------------------------------------------
  readonly t = $derived(prose(this.locale).overview);
  readonly figureName = $derived(metricName(this.locale, this.v.figure) + (figureRef(this.v.figure, this.v.dimension).dimension ? ` (${dimensionName(this.locale, this.v.dimension)})` : ''));
  /** A figure as a cell shows it; a wijk without the figure reads "n.b.". */
  cell = (row: FigureRow | undefined, metric: string) => (row ? figureText(this.locale, row, this.k) : suppressedShort(this.locale, metric, 'not_available', this.k));
  value = (metric: string, v: number) => valueText(this.locale, metric, v);
  month = (m: string) => formatMonth(this.locale, m);
  provider = (p: DashboardView['provider']) => providerName(this.locale, p);
  dimension = (d: string) => dimensionName(this.locale, d);
  metric = (m: string) => metricName(this.locale, m);

  /** The label of a period's end in the list: a month, a quarter, or a rolling year's months. */
  endLabel(kind: PeriodKind, end: string): string {
    if (!/^\d{4}-\d{2}$/.test(end)) return '';
    if (kind === 'quarter') {
      const [y, m] = end.split('-').map(Number);
      return this.t.quarter(Math.ceil(m / 3), y);
    }
    if (kind === 'year') {
      const p = periodOf('year', end);
      return this.t.range(this.month(p.from), this.month(p.to));
    }
    return this.month(end);
  }
  readonly periodNote = $derived(this.t.periodNote(this.t.periodText(this.v.kind, this.endLabel(this.v.kind, this.v.end)), this.provider(this.v.provider)));

  // ---- the map and the ranked table --------------------------------------------------
  readonly wijken = $derived(cityWijken(this.ix, this.v.city));
  readonly names = $derived(new Map(this.wijken.map((w) => [w.wijk_id, w.wijk_name])));
  readonly ref = $derived(figureRef(this.v.figure, this.v.dimension));
  readonly bref = $derived(basisRef(this.v.figure, this.v.dimension));
  readonly ranked = $derived(this.rows ? rankWijken(this.rows, this.wijken, this.v.city, this.v.figure, this.v.dimension) : []);
  readonly city = $derived(this.rows ? cityFigure(this.rows, this.v.city, this.v.figure, this.v.dimension) : null);
  readonly facts = $derived(extremes(this.ranked));

  /** A city's wijken projected into the map's box, once per city. */
  #geoOf(c: string): ProjectedWijk[] {
    let p = this.#projected.get(c);
    if (!p) this.#projected.set(c, (p = projectCity(this.#byCity.get(c))));
    return p;
  }
  readonly geo = $derived(this.#geoOf(this.v.city));
  readonly mapBox = MAP_BOX;
  readonly #shownValues = $derived(this.ranked.map((r) => r.value).filter((v): v is number => v !== null));
  readonly classes = $derived(this.v.figure === 'mixing_ratio' ? divergingClasses() : sequentialClasses(this.#shownValues, roundAsShown(this.v.figure)));
  readonly marks = $derived.by(() => {
    const out: Record<string, MapMark> = {};
    if (!this.rows) return out;
    const byId = new Map(this.ranked.map((r) => [r.wijk_id, r]));
    for (const w of this.geo) {
      const r = byId.get(w.id);
      const v = r?.value ?? null;
      const klass = v === null ? null : classOf(this.classes, v);
      out[w.id] = {
        fill: klass === null ? null : this.classes.colours[klass],
        label: `${w.name}: ${this.cell(r?.figure, this.v.figure)}`,
        suppressed: v === null ? (r?.figure?.suppressed ?? 'not_available') : null,
        klass
      };
    }
    return out;
  });
  readonly legend = $derived(
    legendEntries(this.classes, this.#shownValues).map((e, i) => {
      const t = this.t;
      const f = (x: number) => this.value(this.v.figure, x);
      const range = e.from === null ? (e.to === null ? '' : t.below(f(e.to))) : e.to === null ? t.above(f(e.from)) : t.between(f(e.from), f(e.to));
      const band = this.classes.kind === 'diverging' ? `${t.mixingBands[i] ?? ''}: ` : '';
      return { colour: e.colour, text: `${band}${range}${range ? ' ' : ''}(${t.wijkCount(e.count)})` };
    })
  );
  classText = (klass: number | null) => (klass === null ? '–' : `${klass + 1}: ${this.legend[klass]?.text ?? ''}`);
  readonly mapSummary = $derived.by(() => {
    const t = this.t;
    const { top, bottom, hidden } = this.facts;
    if (!this.rows) return t.loading;
    if (!top) return t.noneShown(this.v.city);
    const highest: Record<string, string> = t.highestOf;
    const f = (x: number) => this.value(this.v.figure, x);
    const first = t.highest(highest[this.v.figure], top.wijk_name, withUnit(this.locale, this.v.figure, f(top.value!)));
    const last = bottom ? t.lowest(bottom.wijk_name, f(bottom.value!)) : '';
    return t.mapSummary(first, last, this.cell(this.city?.figure, this.v.figure), hidden ? t.hiddenCount(hidden) : '');
  });
  readonly mapRows = $derived(this.rows ? rowsOf(this.rows, this.v.city, this.wijken.map((w) => w.wijk_id), [this.ref]) : []);

  sortBy = $state<SortKey>('rank');
  sortDir = $state<SortDir>('ascending');
  /** Sort the table on a column; the same column again turns the direction round. */
  sortOn(by: SortKey): void {
    if (this.sortBy === by) this.sortDir = this.sortDir === 'ascending' ? 'descending' : 'ascending';
    else {
      this.sortBy = by;
      this.sortDir = FIRST_DIR[by];
    }
  }
  readonly tableRows = $derived(sortTable(this.ranked, this.city, this.sortBy, this.sortDir));
  readonly rankingSummary = $derived.by(() => {
    if (!this.rows) return this.t.loading;
    const cv = this.city?.value;
    if (cv == null || !this.facts.shown) return this.mapSummary;
    return this.t.rankingSummary(this.ranked.filter((r) => r.value !== null && r.value > cv).length, this.facts.shown, this.v.city);
  });
  readonly rankingRows = $derived(this.rows ? rowsOf(this.rows, this.v.city, this.wijken.map((w) => w.wijk_id), [this.ref, this.bref]) : []);

  /** The 12 months of each wijk ('' = the city) ending at the view's end. */
  readonly sparks = $derived.by(() => {
    const out = new Map<string, SparkPoint[]>();
    if (!this.series) return out;
    for (const id of ['', ...this.wijken.map((w) => w.wijk_id)]) out.set(id, sparkPoints(this.series, { city: this.v.city, wijk: id, ...this.ref }, this.v.end));
    return out;
  });
  readonly monthLabels = $derived((this.sparks.get('')?.map((p) => p.month) ?? []).map((m) => this.month(m)));
  /** A sparkline's text alternative: first, last, lowest, highest and the gaps. */
  sparkLabel(points: SparkPoint[]): string {
    const f = sparkFacts(points);
    const name = this.metric(this.v.figure);
    if (!f) return this.t.sparkNone(name);
    const v = (p: SparkPoint) => this.value(this.v.figure, p.value!);
    const m = this.monthLabels;
    return this.t.sparkAlt(name, m[0] ?? '', m[m.length - 1] ?? '', v(f.first), v(f.last), v(f.min), v(f.max), f.gaps);
  }
  sparkCell = (p: SparkPoint) => (p.row ? figureText(this.locale, p.row, this.k) : '–');

  // ---- beyond chance: the funnel plot (METRICS.md R11-R12) ------------------------------
  readonly funnel = new FunnelPart(() => this);

  // ---- two wijken side by side ---------------------------------------------------------
  readonly columns = $derived(compareColumns(this.v.wijk, this.v.compare, this.names, this.t.cityColumn(this.v.city)));
  readonly lines = $derived(this.fullRows && this.columns.length > 1 ? comparisonTable(this.fullRows, this.v.city, this.columns, this.v.dimension) : null);
  lineTitle = (metric: string, dimension: string) => this.metric(metric) + (dimension ? ` (${this.t.perDimension(this.dimension(dimension))})` : '');
  readonly pairedGroups = $derived<PairedGroup[]>(
    (this.lines ?? []).map((l) => ({
      metric: l.metric,
      values: l.cells.map((c) => c.value),
      max: metricKind(l.metric) === 'share' || l.metric === 'representativeness' ? 1 : undefined,
      reference: l.metric === 'mixing_ratio' ? 1 : undefined
    }))
  );
  readonly compareSummary = $derived.by(() => {
    const line = this.lines?.find((l) => l.metric === this.ref.metric && l.dimension === this.ref.dimension) ?? this.lines?.find((l) => l.metric === 'reach_rate');
    if (!line) return '';
    return this.t.compareSummary(
      line.cells.map((c, i) => `${this.columns[i].name} ${this.cell(c.row, line.metric)}`),
      this.lineTitle(line.metric, line.dimension)
    );
  });
  /** The comparison as a table: figures by area (the chosen wijken with their letters, then the city). */
  readonly compareAreas = $derived<{ columns: AreaColumn[]; lines: AreaLine[] }>({
    columns: this.columns.map((c, i) => ({ key: c.wijk, name: c.name, letter: c.wijk ? (i === 0 ? 'A' : 'B') : undefined })),
    lines: (this.lines ?? []).map((l) => ({ key: l.metric, title: this.lineTitle(l.metric, l.dimension), cells: l.cells.map((c) => c.row) }))
  });
  readonly tags = $derived(this.columns.map((c, i) => ({ tag: c.wijk ? (i === 0 ? 'A' : 'B') : this.t.cityTag, name: c.name })));
  readonly chartTitle = $derived({
    map: this.t.mapTitle(this.figureName, this.v.city),
    ranking: this.t.rankingTitle(this.figureName, this.v.city),
    compare: this.t.compareChart(this.columns.map((c) => c.name).join(', '))
  });

  // ---- changing the view ----------------------------------------------------------------
  /** Another view, from a patch of this one. */
  set(patch: Partial<DashboardView>): void {
    this.show({ ...this.v, ...patch });
  }
  setCity = (city: string) => this.set({ city, wijk: '', compare: '' });
  setKind = (kind: PeriodKind) => this.show(withKind(this.v, kind, this.ix));
  /** A click (or Enter) on a wijk of the map: see toggleWijk. */
  pick = (id: string) => this.set(toggleWijk(this.v, id));
  pickA = (id: string) => this.set({ wijk: id, compare: this.v.compare === id ? '' : this.v.compare });
  pickB = (id: string) => this.set(this.v.wijk ? { compare: id === this.v.wijk ? '' : id } : { wijk: id, compare: '' });
  /** The wijk page of a wijk, for the same period, provider and dimension. */
  wijkHref = (base: string, id: string) => `${base}${this.search({ ...this.v, wijk: id, compare: '' })}`;
}
