/**
 * The monthly report's view-model (issue #4, page 4): one city, one month, one A4 page
 * when printed. Key figures per wijk with their change since the previous month and
 * since a year before, and three to five highlights made from the numbers (the largest
 * meaningful changes and the month's alerts, every provider).
 */
import { mergeResults, scopeAlerts } from '../alerts/alerts';
import { scopeKey } from '../cube/scopes';
import type { DataInUse } from '../data/in-use.svelte';
import { formatMonth, formatNumber } from '../i18n/format';
import { prose } from '../i18n/prose';
import { highlights, monthReport, type ReportMetric } from '../report/report';
import { dimensionName } from '../words/figures';
import type { Navigation } from './kit.svelte';
import { PageView } from './page.svelte';
import type { FigureFile } from './store.svelte';
import { REPORT_URL, linkTo, type ReportView as View } from './url';

/** The monthly report's state. */
export class ReportView extends PageView<View> {
  constructor(data: DataInUse, nav: Navigation) {
    super(data, nav, REPORT_URL);
    this.needs(() => this.files);
  }

  readonly t = $derived(prose(this.locale).report);
  /** The month's scope and the monthly series of every provider: the month's alerts need them all. */
  readonly files = $derived<FigureFile[]>(
    this.view && this.index ? this.index.providers.flatMap((provider): FigureFile[] => [['scope', scopeKey({ kind: 'month', end: this.view!.end, provider })], ['series', provider]]) : []
  );
  readonly failure = $derived(this.view ? this.failureOf(this.files) : this.store.failed);
  /** The key figures per wijk and the highlights; null until the figures are here. */
  readonly report = $derived.by(() => {
    const v = this.view;
    const index = this.index;
    if (!v || !index || !this.store.has(...this.files)) return null;
    const wijken = new Set(index.wijken.filter((w) => w.city === v.city).map((w) => w.wijk_id));
    const alerts = mergeResults(
      index.providers.map((provider) => {
        const scope = { kind: 'month' as const, end: v.end, provider };
        return scopeAlerts({ scope, rows: this.store.scope(scopeKey(scope))!, population: index.population, series: this.store.series(provider), wijken });
      })
    ).alerts;
    const series = this.store.series('all')!;
    const r = monthReport({ series, wijken: index.wijken, city: v.city, month: v.end, dimension: v.dimension });
    return { ...r, highlights: highlights(r, series, alerts) };
  });
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
  /** The Signalen page for this city and month: every alert, not only those in the highlights. */
  signalsHref = (path: string) =>
    this.view ? linkTo(path, { city: this.view.city, period: 'month', end: this.view.end }, this.locale === 'en' ? 'en' : null) : path;

  /** Another view. */
  go(patch: Partial<View>): void {
    if (this.view) this.show({ ...this.view, ...patch });
  }
}
