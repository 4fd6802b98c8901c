/**
 * The monthly report's view-model (issues #4 and #14): one city, one month. Page one: four
 * headline tiles for the city with their change since the previous month and a year
 * before, a small map of reach per wijk, and three to five highlights made from the
 * figures of all providers together (the largest meaningful changes and the month's
 * alerts). Page two: the key figures of every wijk.
 */
import { mergeResults, scopeAlerts } from '../alerts/alerts';
import { scopeKey } from '../cube/scopes';
import type { DataInUse } from '../data/in-use.svelte';
import { formatDateTime, formatMonth, formatNumber } from '../i18n/format';
import { prose } from '../i18n/prose';
import { highlights, headlineTiles, monthReport, type ReportMetric } from '../report/report';
import { reachMap } from '../report/map';
import { corrections, freeze, frozenFileName, frozenKey, type FrozenMonth } from '../report/frozen';
import { browserShelf, type PublishedShelf } from './published.svelte';
import { wijkenByCity } from '../charts/geo';
import { WIJKEN } from '../charts/wijken-data';
import { projectCity, MAP_BOX } from '../overview/map';
import { figureText, valueText } from '../words/figures';
import { dimensionName } from '../words/figures';
import type { Navigation } from './kit.svelte';
import { PageView } from './page.svelte';
import type { FigureFile } from './store.svelte';
import { REPORT_URL, linkTo, type ReportView as View } from './url';

/** The monthly report's state. */
export class ReportView extends PageView<View> {
  readonly #shelf: PublishedShelf;
  readonly #data: DataInUse;
  constructor(data: DataInUse, nav: Navigation, shelf: PublishedShelf = browserShelf) {
    super(data, nav, REPORT_URL);
    this.#shelf = shelf;
    this.#data = data;
    this.needs(() => this.files);
    $effect(() => void shelf.restore());
  }

  readonly t = $derived(prose(this.locale).report);
  /**
   * The month's scope and the monthly series of all providers together: the report is about
   * the work as a whole, so its alerts are those of the figures of every provider together,
   * not one provider's (a GGW-only alert would misread as the city's).
   */
  readonly files = $derived<FigureFile[]>(this.view ? [['scope', scopeKey({ kind: 'month', end: this.view.end, provider: 'all' })], ['series', 'all']] : []);
  readonly failure = $derived(this.view ? this.failureOf(this.files) : this.store.failed);
  /** The key figures per wijk and the highlights from the figures as they are now; null until they are here. */
  readonly current = $derived.by(() => {
    const v = this.view;
    const index = this.index;
    if (!v || !index || !this.store.has(...this.files)) return null;
    const wijken = new Set(index.wijken.filter((w) => w.city === v.city).map((w) => w.wijk_id));
    const scope = { kind: 'month' as const, end: v.end, provider: 'all' as const };
    const alerts = mergeResults([scopeAlerts({ scope, rows: this.store.scope(scopeKey(scope))!, population: index.population, series: this.store.series('all'), wijken })]).alerts;
    const series = this.store.series('all')!;
    const r = monthReport({ series, wijken: index.wijken, city: v.city, month: v.end, dimension: v.dimension });
    return { ...r, highlights: highlights(r, series, alerts) };
  });
  /** The published version of this month (same city and dimension), if it was published. */
  readonly published = $derived.by((): FrozenMonth | null => {
    const v = this.view;
    const f = v ? this.#shelf.months.get(frozenKey(v.city, v.end)) : undefined;
    return f && f.report.dimension === v!.dimension ? f : null;
  });
  /** Published with another dimension: said, and the current figures shown. */
  readonly publishedOther = $derived.by(() => {
    const v = this.view;
    const f = v ? this.#shelf.months.get(frozenKey(v.city, v.end)) : undefined;
    return f && f.report.dimension !== v!.dimension ? f : null;
  });
  /** What the page shows: a published month as it was published, otherwise the current figures. */
  readonly report = $derived(this.published && this.current ? this.published.report : this.current);
  /** The figures of a published month that read otherwise now, and when that was seen. */
  readonly corrections = $derived(this.published && this.current ? corrections(this.published, this.current) : []);
  readonly seenOn = $derived(this.current ? new Date() : null);
  /** The city's corrections, by figure, as its tile writes them beside the published value. */
  readonly tileCorrections = $derived.by((): Record<string, string> => {
    const seen = this.seenOn;
    if (!seen) return {};
    return Object.fromEntries(this.corrections.filter((c) => c.wijk_id === '').map((c) => [c.metric, this.t.corrected(figureText(this.locale, c.now, this.k), this.date(seen))]));
  });
  /** A date as the page writes it. */
  date = (d: Date | string) => formatDateTime(this.locale, new Date(d));
  /** "publish this month": freeze the report as it reads now; the archive file to download, and whether the browser keeps it too. */
  async publish(now = new Date()): Promise<{ name: string; text: string; kept: boolean } | null> {
    const r = this.current;
    if (!r) return null;
    const f = freeze(r, now);
    const kept = await this.#shelf.put(f, this.#data.label);
    return { name: frozenFileName(r.city, r.month), text: JSON.stringify(f, null, 1), kept };
  }
  /** A published month read back from its archive file. */
  async open(f: FrozenMonth): Promise<void> {
    await this.#shelf.put(f, { kind: 'demo', name: '', fingerprint: '' });
  }
  readonly ready = $derived(this.report !== null);
  readonly k = $derived(this.index?.k ?? 5);

  month = (m: string, style: 'short' | 'long' = 'short') => formatMonth(this.locale, m, style);
  readonly monthLong = $derived(this.view ? this.month(this.view.end, 'long') : '');
  readonly dimName = $derived(this.view ? dimensionName(this.locale, this.view.dimension) : '');
  /** A column's heading; the dimension-bound ones name the dimension. */
  colHead = (m: ReportMetric) => {
    const h = this.t.heads[m];
    return typeof h === 'function' ? h(this.dimName) : h;
  };
  readonly summary = $derived.by(() => {
    const r = this.report;
    if (!r) return '';
    const city = r.rows[0]?.cells.participants.row;
    if (!city || city.value === null) return this.t.summaryNone(this.monthLong, r.city);
    const ranked = r.rows
      .slice(1)
      .filter((w) => w.cells.reach_rate.row?.value != null)
      .sort((a, b) => b.cells.reach_rate.row!.value! - a.cells.reach_rate.row!.value!);
    const n = formatNumber(this.locale, city.value);
    if (!ranked.length) return this.t.summaryNoRate(this.monthLong, r.city, n);
    return this.t.summary(this.monthLong, r.city, n, ranked[0].wijk_name, formatNumber(this.locale, ranked[0].cells.reach_rate.row!.value!, 1));
  });
  /** The city's cells behind the four headline tiles. */
  readonly tiles = $derived(this.report ? headlineTiles(this.report) : []);
  /** A tile's name; the mixing ratio names its dimension. */
  tileName = (m: ReportMetric) => {
    const n = (this.t.tileNames as Record<string, string | ((d: string) => string)>)[m];
    return typeof n === 'function' ? n(this.dimName) : n;
  };

  readonly #byCity = wijkenByCity(WIJKEN);
  /** The city's wijken projected into the map's box (the Overzicht's projection). */
  readonly geo = $derived(this.view ? projectCity(this.#byCity.get(this.view.city)) : []);
  readonly mapBox = MAP_BOX;
  readonly map = $derived.by(() => {
    const r = this.report;
    if (!r) return null;
    return reachMap(r, this.geo, (w) => `${w.wijk_name}: ${w.value === null ? prose(this.locale).figures.notShown : `${valueText(this.locale, 'reach_rate', w.value)} ${this.t.change.perThousand}`}`);
  });
  readonly mapLegend = $derived.by(() => {
    const o = prose(this.locale).overview;
    const f = (x: number) => valueText(this.locale, 'reach_rate', x);
    return (this.map?.legend ?? []).map((e) => {
      const range = e.from === null ? (e.to === null ? '' : o.below(f(e.to))) : e.to === null ? o.above(f(e.from)) : o.between(f(e.from), f(e.to));
      return { colour: e.colour, text: `${range}${range ? ' ' : ''}(${o.wijkCount(e.count)})` };
    });
  });
  readonly mapSummary = $derived.by(() => {
    const m = this.map;
    if (!m?.top) return this.t.mapNone;
    const f = (x: number) => valueText(this.locale, 'reach_rate', x);
    const bottom = m.bottom ?? m.top;
    return this.t.mapSummary(m.top.wijk_name, f(m.top.value!), bottom.wijk_name, f(bottom.value!));
  });
  /** The wijk page of a wijk, this month, every provider. */
  wijkHref = (path: string, wijk: string) => (this.view ? linkTo(path, { wijk, period: 'month', end: this.view.end }, this.locale === 'en' ? 'en' : null) : path);

  /** The Signalen page for this city and month: every alert, not only those in the highlights. */
  signalsHref = (path: string) =>
    this.view ? linkTo(path, { city: this.view.city, period: 'month', end: this.view.end, provider: 'all' }, this.locale === 'en' ? 'en' : null) : path;

  /** Another view. */
  go(patch: Partial<View>): void {
    if (this.view) this.show({ ...this.view, ...patch });
  }
}
