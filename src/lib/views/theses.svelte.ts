/**
 * The Stellingen page's view-model (issue 14, "the four theses"): for each thesis of the
 * workshop, the published figures bearing on it per wijk and for the city, one sentence
 * made from the city's figures on what they say, and one on what they cannot say. One
 * city and period; the scopes of all three provider filters and the monthly series of
 * buurtwerk and GGW (for the trend of active roles).
 */
import { groupOrder, shownValue } from '../cube/read';
import { scopeKey, type PeriodKind } from '../cube/scopes';
import type { DataInUse } from '../data/in-use.svelte';
import { formatMonth } from '../i18n/format';
import { prose } from '../i18n/prose';
import type { FigureRow, Provider } from '../metrics/types';
import { figureOf, tableFigures, thesisRows, wijkenAbove, type ThesisColumn, type ThesisRow } from '../theses/tables';
import { dimensionName, figureText, groupName, metricName, signalGroupName } from '../words/figures';
import type { Navigation } from './kit.svelte';
import { PageView } from './page.svelte';
import type { FigureFile } from './store.svelte';
import { THESES_URL, withKind, type ThesesView as View } from './url';

/** A table of a thesis as the page draws it. */
export interface ThesisTable {
  id: string;
  title: string;
  /** The first column's heading (areas, or months for a trend). */
  rowHead: string;
  heads: string[];
  rows: ThesisRow[];
  figures: FigureRow[];
}

/** One thesis: its words, its tables and the two sentences. */
export interface Thesis {
  n: number;
  quote: string;
  tables: ThesisTable[];
  says: string;
  cannot: string;
}

const col = (metric: string, provider: Provider = 'all', dimension = '', group = ''): ThesisColumn => ({ metric, provider, dimension, group });

/** The signals' sources of METRICS.md G1. */
const SOURCES = ['buurtwerk', 'ggw', 'residents'];

/** The Stellingen page's state. */
export class ThesesView extends PageView<View> {
  constructor(data: DataInUse, nav: Navigation) {
    super(data, nav, THESES_URL);
    this.needs(() => this.files);
  }

  readonly t = $derived(prose(this.locale).theses);
  readonly periodWords = $derived(prose(this.locale).overview);
  readonly files = $derived<FigureFile[]>(
    this.view && this.index
      ? [
          ...this.index.providers.map((provider): FigureFile => ['scope', scopeKey({ kind: this.view!.kind, end: this.view!.end, provider })]),
          ['series', 'buurtwerk'],
          ['series', 'ggw']
        ]
      : []
  );
  readonly failure = $derived(this.view ? this.failureOf(this.files) : this.store.failed);
  readonly ready = $derived(!!this.view && this.files.length > 0 && this.store.has(...this.files));
  readonly k = $derived(this.index?.k ?? 5);

  /** The scope of each provider filter of the period (all present once ready). */
  readonly #scopes = $derived.by(() => {
    const v = this.view;
    const out: Partial<Record<Provider, FigureRow[]>> = {};
    if (!v || !this.ready) return out;
    for (const provider of this.index!.providers) out[provider] = this.store.scope(scopeKey({ kind: v.kind, end: v.end, provider }))!;
    return out;
  });

  cell = (row: FigureRow | undefined) => figureText(this.locale, row, this.k);
  #head = (c: ThesisColumn) => {
    const name = metricName(this.locale, c.metric);
    if (c.group) return this.t.withGroup(name, c.dimension === 'source' ? signalGroupName(this.locale, 'source', c.group) : groupName(this.locale, c.group));
    return c.provider === 'all' ? name : this.t.withProvider(name, this.t.providers[c.provider]);
  };
  /** A city figure of a column as a sentence shows it ("niet getoond" when hidden). */
  #city(c: ThesisColumn): string {
    const v = this.view!;
    const rows = this.#scopes[c.provider];
    const r = rows ? figureOf(rows, v.city, '', c) : undefined;
    return r && shownValue(r) !== null ? this.cell(r) : this.t.hidden;
  }
  #table(id: string, title: string, columns: ThesisColumn[]): ThesisTable {
    const v = this.view!;
    const rows = thesisRows(this.#scopes, this.index!.wijken, v.city, this.t.cityRow(v.city), columns);
    return { id, title, rowHead: this.t.colArea, heads: columns.map(this.#head), rows, figures: tableFigures(rows) };
  }

  /** The city's share of active roles per month (the last 12), buurtwerk beside GGW: the trend of thesis 2. */
  #trend(): ThesisTable {
    const v = this.view!;
    const months = this.index!.ends.month.filter((m) => m <= v.end).slice(-12);
    const providers: Provider[] = ['buurtwerk', 'ggw'];
    const column = col('involvement_share');
    const rows: ThesisRow[] = months.map((m) => ({
      key: m,
      name: formatMonth(this.locale, m),
      cells: providers.map((p) => {
        const s = this.store.series(p);
        const i = s ? s.months.indexOf(m) : -1;
        return i < 0 ? undefined : figureOf(s!.figures[i], v.city, '', column);
      })
    }));
    return {
      id: 'thesis-2-trend',
      title: this.t.two.tableTrend(v.city),
      rowHead: this.t.colMonth,
      heads: providers.map((p) => this.t.withProvider(metricName(this.locale, 'involvement_share'), this.t.providers[p])),
      rows,
      figures: tableFigures(rows)
    };
  }

  readonly theses = $derived.by<Thesis[]>(() => {
    const v = this.view;
    if (!v || !this.ready) return [];
    const t = this.t;
    const dim = v.dimension;
    const groups = groupOrder((this.#scopes.all ?? []).filter((r) => r.city === v.city && r.metric === 'ggw_via_bw' && r.dimension === dim && r.group !== '').map((r) => r.group));
    const one = this.#table('thesis-1', t.one.tableMain(v.city), [
      col('ggw_via_bw'),
      col('gateway_bw_first'),
      col('gateway_ggw_first'),
      col('mixing_ratio', 'buurtwerk', dim),
      col('mixing_ratio', 'ggw', dim)
    ]);
    const oneGroups = this.#table('thesis-1-groups', t.one.tableGroups(dimensionName(this.locale, dim), v.city), groups.map((g) => col('ggw_via_bw', 'all', dim, g)));
    const half = wijkenAbove(one.rows, 0, 0.5);
    const two = this.#table('thesis-2', t.two.tableMain(v.city), [
      col('bw'),
      col('ggw'),
      col('involvement_share', 'buurtwerk'),
      col('involvement_share', 'ggw'),
      col('resident_initiated_share', 'buurtwerk'),
      col('resident_initiated_share', 'ggw')
    ]);
    const three = this.#table('thesis-3', t.three.tableMain(v.city), [
      col('signals'),
      ...SOURCES.map((s) => col('signals', 'all', 'source', s)),
      col('signals_answered_30d'),
      col('signals_open_share')
    ]);
    const four = this.#table('thesis-4', t.four.tableMain(v.city), [col('jaccard'), col('both'), col('partner_hhi')]);
    const c = (metric: string, provider: Provider = 'all', dimension = '', group = '') => this.#city(col(metric, provider, dimension, group));
    return [
      {
        n: 1,
        quote: t.one.quote,
        tables: groups.length ? [one, oneGroups] : [one],
        says: t.one.says(c('ggw_via_bw'), half.above, half.shown, c('gateway_bw_first'), c('mixing_ratio', 'buurtwerk', dim), c('mixing_ratio', 'ggw', dim)),
        cannot: t.one.cannot
      },
      {
        n: 2,
        quote: t.two.quote,
        tables: [two, this.#trend()],
        says: t.two.says(c('involvement_share', 'buurtwerk'), c('involvement_share', 'ggw'), c('resident_initiated_share', 'buurtwerk'), c('resident_initiated_share', 'ggw')),
        cannot: t.two.cannot
      },
      {
        n: 3,
        quote: t.three.quote,
        tables: [three],
        says: t.three.says(...(SOURCES.map((s) => c('signals', 'all', 'source', s)) as [string, string, string]), c('signals_answered_30d'), c('signals_open_share')),
        cannot: t.three.cannot
      },
      { n: 4, quote: t.four.quote, tables: [four], says: t.four.says(c('jaccard'), c('both'), c('partner_hhi')), cannot: t.four.cannot }
    ];
  });

  dimension = (d: string) => dimensionName(this.locale, d);
  go(patch: Partial<View>): void {
    if (this.view) this.show({ ...this.view, ...patch });
  }
  setKind = (kind: PeriodKind) => {
    if (this.view && this.index) this.show(withKind(this.view, kind, this.index));
  };
}
