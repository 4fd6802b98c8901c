/**
 * The Overzicht's funnel plot as the page draws it (METRICS.md R11-R12): every wijk's
 * published reach, interval and z-score, its population at the end of the period, the
 * limits at that population, and every text the chart, its table and the ranked table's
 * marks say. A part of the Overzicht's view-model, kept apart so that page stays readable.
 */
import type { FunnelItem } from '../charts/funnel';
import { shownValue, wijkPopulationsAt } from '../cube/read';
import type { CubeIndex } from '../cube/types';
import { formatNumber } from '../i18n/format';
import type { Locale } from '../i18n/locale';
import { prose } from '../i18n/prose';
import type { FigureRow } from '../metrics/types';
import type { DashboardView } from '../views/url';
import { figureText, valueText } from '../words/figures';
import { findFigure } from './figures';
import { beyondCounts, cityProportion, funnelLimits, funnelWijken, type FunnelLimits, type FunnelWijk } from './funnel';

/** What the funnel reads of the Overzicht's state. */
export interface FunnelHost {
  readonly rows: readonly FigureRow[] | undefined;
  readonly ix: CubeIndex;
  /** The figures' own index; null while the page still shows the prerendered view (whose index has no population). */
  readonly index: CubeIndex | null;
  readonly v: DashboardView;
  readonly locale: Locale;
  readonly k: number;
}

/** The funnel plot's model. */
export class FunnelPart {
  readonly #host: () => FunnelHost;
  constructor(host: () => FunnelHost) {
    this.#host = host;
  }
  get #h(): FunnelHost {
    return this.#host();
  }

  readonly t = $derived(prose(this.#h.locale).funnel);
  readonly p0 = $derived(this.#h.rows ? cityProportion(this.#h.rows, this.#h.v.city) : null);
  readonly populations = $derived(wijkPopulationsAt(this.#h.ix.population, this.#h.v.end));
  readonly list = $derived<FunnelWijk[]>(this.#h.rows ? funnelWijken(this.#h.rows, this.#h.ix.wijken, this.#h.v.city, this.populations, this.p0) : []);
  readonly counts = $derived(beyondCounts(this.list));
  /** The limits at a population, for the curves; null without a city rate. */
  readonly limitsAt = $derived.by(() => {
    const p0 = this.p0;
    return p0 === null ? null : (n: number) => funnelLimits(p0, n);
  });
  /** Whether there is anything to draw: a city rate and the wijken's populations. */
  readonly drawable = $derived(!!this.#h.index && this.p0 !== null && this.list.some((w) => w.population !== null));

  /** A rate the page computes itself (the city's, the limits), written as R2 is. */
  #rate = (v: number) => valueText(this.#h.locale, 'reach_rate', v);
  #cell = (row: FigureRow | undefined) => figureText(this.#h.locale, row, this.#h.k);
  /** The 95% interval of a wijk's rate (R11) as published, or the text of a hidden figure. */
  interval = (w: FunnelWijk) => (shownValue(w.low) === null || shownValue(w.high) === null ? this.#cell(w.low) : this.t.range(this.#cell(w.low), this.#cell(w.high)));
  limitsText = (l: FunnelLimits | null, which: '95' | '998') =>
    l === null ? '–' : which === '95' ? this.t.range(this.#rate(l.low95), this.#rate(l.high95)) : this.t.range(this.#rate(l.low998), this.#rate(l.high998));
  population = (w: FunnelWijk) => (w.population === null ? '–' : formatNumber(this.#h.locale, w.population));
  z = (w: FunnelWijk) => this.#cell(w.z);
  rate = (w: FunnelWijk) => this.#cell(w.rate);
  verdict = (w: FunnelWijk) => this.t.verdict[w.verdict];

  /** The dots: every wijk with a shown rate and a population. */
  readonly items = $derived<FunnelItem[]>(
    this.list
      .filter((w) => w.population !== null && shownValue(w.rate) !== null)
      .map((w) => ({
        key: w.wijk_id,
        x: w.population!,
        y: shownValue(w.rate),
        verdict: w.verdict,
        aria: this.t.dot(w.wijk_name, this.rate(w), ...this.#lowHigh(w), this.population(w), this.limitsText(w.limits, '998'), this.verdict(w)),
        lines: [w.wijk_name, this.t.tip.rate(this.rate(w), ...this.#lowHigh(w)), this.t.tip.pop(this.population(w)), this.t.tip.limits(this.limitsText(w.limits, '998')), this.verdict(w)]
      }))
  );
  #lowHigh(w: FunnelWijk): [string, string] {
    return [this.#cell(w.low), this.#cell(w.high)];
  }

  readonly cityRate = $derived(this.p0 === null ? null : this.p0 * 1000);
  readonly title = $derived(this.t.title(this.#h.v.city));
  readonly label = $derived(this.t.label(this.#h.v.city));
  readonly legend = $derived({ ...this.t.legend, city: this.t.legend.city(this.cityRate === null ? '–' : this.#rate(this.cityRate)) });
  readonly summary = $derived.by(() => {
    if (!this.#h.rows || !this.#h.index) return prose(this.#h.locale).overview.loading;
    if (this.p0 === null) return this.t.noCity;
    if (!this.drawable) return this.t.noPopulation;
    const names = (v: FunnelWijk['verdict']) => this.list.filter((w) => w.verdict === v).map((w) => w.wijk_name);
    const hidden = this.list.length - this.counts.shown;
    return this.t.summary(names('above'), names('below'), this.counts.shown, this.#rate(this.cityRate!)) + (hidden ? ` ${this.t.hidden(hidden)}` : '');
  });
  /** The rows the chart's CSV carries: the city's rate and each wijk's R2, R11 and R12. */
  readonly figures = $derived.by(() => {
    const rows = this.#h.rows;
    if (!rows) return [];
    const out: FigureRow[] = [];
    const city = findFigure(rows, { city: this.#h.v.city, wijk: '', metric: 'reach_rate' });
    if (city) out.push(city);
    for (const w of this.list) for (const r of [w.rate, w.low, w.high, w.z]) if (r) out.push(r);
    return out;
  });
  /** Per wijk: its mark in the ranked table (beyond the 99.8% limits) and its interval as a tooltip. */
  readonly marks = $derived(new Map(this.list.map((w) => [w.wijk_id, { verdict: w.verdict, tip: this.#tip(w) }])));
  #tip(w: FunnelWijk): string {
    const [low, high] = this.#lowHigh(w);
    return this.t.intervalTip(low, high);
  }
}
