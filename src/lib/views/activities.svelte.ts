/**
 * The activities page's view-model (issue 14, the analyst's questions; METRICS.md B9):
 * which activities bring people of different groups together and which keep people
 * within their own group, for one city and period, a provider type, a dimension and
 * optionally one wijk. Sortable; an activity whose figures are hidden is listed as
 * hidden, last. Everything comes from one scope file (B9 rows sit in every scope, each
 * carrying its activity's provider type).
 */
import { activityCounts, activityLines, bridgingGap, reading, sortActivities, type ActivityLine, type ActivitySort } from '../activities/list';
import type { DotItem } from '../charts/dots';
import { byName, isLocationUnknown, shownValue } from '../cube/read';
import { scopeKey, type PeriodKind } from '../cube/scopes';
import type { DataInUse } from '../data/in-use.svelte';
import { formatNumber } from '../i18n/format';
import { prose } from '../i18n/prose';
import type { FigureRow, Provider } from '../metrics/types';
import { dimensionName, figureText, providerName, valueText } from '../words/figures';
import type { Navigation } from './kit.svelte';
import { PageView } from './page.svelte';
import type { FigureFile } from './store.svelte';
import { ACTIVITIES_URL, withKind, type ActivitiesView as View } from './url';

/** How many activities of each end (most and least mixing) the chart draws. */
const CHART_EACH = 8;

/** The direction a column starts in when first chosen: figures highest first, names A to Z. */
const FIRST_DIR: Record<ActivitySort, 'ascending' | 'descending'> = {
  name: 'ascending', wijk: 'ascending', provider: 'ascending', participants: 'descending', ratio: 'descending', bridging: 'descending', gap: 'descending'
};

/** The activities page's state. */
export class ActivitiesView extends PageView<View> {
  constructor(data: DataInUse, nav: Navigation) {
    super(data, nav, ACTIVITIES_URL);
    this.needs(() => this.files);
  }

  readonly t = $derived(prose(this.locale).activities);
  /** The period controls' words (shared with the Overzicht). */
  readonly periodWords = $derived(prose(this.locale).overview);
  /** One scope holds every activity's B9 rows, whatever its provider type. */
  readonly files = $derived<FigureFile[]>(this.view ? [['scope', scopeKey({ kind: this.view.kind, end: this.view.end, provider: 'all' })]] : []);
  readonly rows = $derived<FigureRow[] | undefined>(this.files.length ? this.store.scope(this.files[0][1]) : undefined);
  readonly failure = $derived(this.view ? this.failureOf(this.files) : this.store.failed);
  readonly ready = $derived(!!this.rows);
  readonly k = $derived(this.index?.k ?? 5);

  readonly lines = $derived<ActivityLine[]>(
    this.rows && this.view && this.index
      ? activityLines(this.rows, this.index, { city: this.view.city, dimension: this.view.dimension, provider: this.view.provider, wijk: this.view.wijk })
      : []
  );
  sortBy = $state<ActivitySort>('ratio');
  sortDir = $state<'ascending' | 'descending'>('descending');
  /** Sort on a column; the same column again turns the direction round. */
  sortOn(by: ActivitySort): void {
    if (this.sortBy === by) this.sortDir = this.sortDir === 'ascending' ? 'descending' : 'ascending';
    else {
      this.sortBy = by;
      this.sortDir = FIRST_DIR[by];
    }
  }
  readonly sorted = $derived(sortActivities(this.lines, this.sortBy, this.sortDir));
  readonly counts = $derived(activityCounts(this.lines));
  /** Every figure the table shows, for its CSV (activity rows carry the activity id, never a person). */
  readonly figures = $derived(this.lines.flatMap((l) => [l.participants, l.pairs, l.bridging, l.expected, l.ratio].filter((r): r is FigureRow => !!r)));

  // ---- words ------------------------------------------------------------------------
  /** A B9 figure as the catalogue writes it (a count whole or "<5", a share in %). */
  cell = (row: FigureRow | undefined) => figureText(this.locale, row, this.k);
  provider = (p: Provider) => providerName(this.locale, p);
  dimension = (d: string) => dimensionName(this.locale, d);
  /** Bridging share minus chance, in percentage points; '–' when either is hidden. */
  gap = (l: ActivityLine) => {
    const g = bridgingGap(l);
    return g === null ? '–' : this.t.points(formatNumber(this.locale, g * 100, 1));
  };
  readingText = (l: ActivityLine) => this.t.reading[reading(l) ?? 'hidden'];
  readonly title = $derived(this.view ? this.t.tableTitle(this.dimension(this.view.dimension), this.view.city) : this.t.title);
  readonly summary = $derived.by(() => {
    const v = this.view;
    if (!v || !this.rows) return this.t.loading;
    const c = this.counts;
    if (!c.shown) return this.t.none(v.city) + (c.hidden ? ` ${this.t.hidden(c.hidden)}` : '');
    const shown = this.lines.filter((l) => l.value !== null).sort((a, b) => b.value! - a.value! || byName(a.name, b.name));
    const ratio = (l: ActivityLine) => valueText(this.locale, 'activity_mixing_ratio', l.value!);
    const parts = [this.t.summary(c.shown, c.bridging, c.bonding, v.city)];
    parts.push(this.t.strongest(shown[0].name, shown[0].wijk_name, ratio(shown[0])));
    const last = shown[shown.length - 1];
    if (shown.length > 1 && shownValue(last.ratio) !== null) parts.push(this.t.weakest(last.name, last.wijk_name, ratio(last)));
    if (c.hidden) parts.push(this.t.hidden(c.hidden));
    return parts.join(' ');
  });
  /** The chart: the activities that mix most and least (by mixing ratio), bridging share against chance. */
  readonly extremes = $derived.by<ActivityLine[]>(() => {
    const shown = sortActivities(this.lines, 'ratio', 'descending').filter((l) => l.value !== null && shownValue(l.bridging) !== null && shownValue(l.expected) !== null);
    return shown.length <= 2 * CHART_EACH ? shown : [...shown.slice(0, CHART_EACH), ...shown.slice(-CHART_EACH)];
  });
  readonly chartRows = $derived<DotItem[]>(
    this.extremes.map((l) => ({
      key: l.activity_id,
      observed: shownValue(l.bridging),
      expected: shownValue(l.expected),
      label: l.name,
      suppressed: null,
      hiddenText: '',
      aria: this.t.dotLabel(l.name, l.wijk_name, this.cell(l.bridging), this.cell(l.expected), this.cell(l.ratio))
    }))
  );
  readonly chartTitle = $derived(this.view ? this.t.chartTitle(Math.min(CHART_EACH, this.extremes.length), this.dimension(this.view.dimension), this.view.city) : '');
  readonly chartSummary = $derived.by(() => {
    const top = this.extremes[0];
    const bottom = this.extremes.at(-1);
    if (!top || !bottom || top === bottom) return this.summary;
    return this.t.chartSummary(top.name, this.cell(top.bridging), this.cell(top.expected), bottom.name, this.cell(bottom.bridging), this.cell(bottom.expected));
  });
  readonly chartFigures = $derived(this.extremes.flatMap((l) => [l.bridging, l.expected, l.ratio].filter((r): r is FigureRow => !!r)));
  readonly note = $derived(this.t.note(formatNumber(this.locale, this.k), formatNumber(this.locale, this.index?.cap ?? 40)));
  /** The wijken of the city, for the wijk choice. */
  readonly wijken = $derived(this.index && this.view ? this.index.wijken.filter((w) => w.city === this.view!.city && !isLocationUnknown(w.wijk_id)).sort((a, b) => byName(a.wijk_name, b.wijk_name)) : []);

  // ---- changing the view ----------------------------------------------------------------
  go(patch: Partial<View>): void {
    if (this.view) this.show({ ...this.view, ...patch });
  }
  setKind = (kind: PeriodKind) => {
    if (this.view && this.index) this.show(withKind(this.view, kind, this.index));
  };
  setCity = (city: string) => this.go({ city, wijk: '' });
}
