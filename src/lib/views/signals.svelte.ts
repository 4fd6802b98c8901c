/**
 * The Signalen page's view-model (issue #4, page 3): the narrow-reach alerts of METRICS.md
 * across the wijken of the chosen city (or every city) and every provider, for one
 * period; most severe first, each linked to the chart on the wijk page that shows its
 * evidence. The thresholds are part of the view, so a changed threshold redraws from the
 * figures already here.
 */
import { countByKind, mergeResults, scopeAlerts, type Alert, type AlertResult } from '../alerts/alerts';
import { filterAlerts, groupAlerts } from '../alerts/group';
import { alertKey, alertRuns, type AlertRun } from '../alerts/runs';
import { ALERTS, DEFAULT_THRESHOLDS, THRESHOLD_KEYS, THRESHOLD_RANGE, severityBand, type AlertKind, type Thresholds } from '../alerts/vocabulary';
import { scopeKey } from '../cube/scopes';
import type { DataInUse } from '../data/in-use.svelte';
import { formatDecimal, formatMonth, formatNumber } from '../i18n/format';
import { parseDecimal } from '../i18n/parse';
import { prose } from '../i18n/prose';
import type { MonthSeries } from '../cube/types';
import type { Provider } from '../metrics/types';
import { alertSentence, alertTitle, severityWord } from '../words/alerts';
import { metricName, valueText } from '../words/figures';
import type { Navigation } from './kit.svelte';
import { PageView } from './page.svelte';
import type { FigureFile } from './store.svelte';
import { SIGNALS_URL, linkTo, withKind, type SignalsView as View } from './url';

/** The Signalen page's state. */
export class SignalsView extends PageView<View> {
  constructor(data: DataInUse, nav: Navigation) {
    super(data, nav, SIGNALS_URL);
    this.needs(() => this.files);
  }

  readonly t = $derived(prose(this.locale).signals);
  /** The providers judged: the one chosen, or each of them on its own. */
  readonly providers = $derived<Provider[]>(this.view ? (this.view.provider ? [this.view.provider] : this.index!.providers) : []);
  /** Each provider's scope of the period and its monthly series (the newcomer alert looks at months). */
  readonly files = $derived<FigureFile[]>(
    this.view ? this.providers.flatMap((provider): FigureFile[] => [['scope', scopeKey({ ...this.view!, provider })], ['series', provider]]) : []
  );
  readonly failure = $derived(this.view ? this.failureOf(this.files) : this.store.failed);
  /** Every alert and every check not assessed; null until the figures are here. */
  readonly result = $derived.by((): AlertResult | null => {
    const v = this.view;
    const index = this.index;
    if (!v || !index || !this.store.has(...this.files)) return null;
    const wijken = v.city ? new Set(index.wijken.filter((w) => w.city === v.city).map((w) => w.wijk_id)) : undefined;
    return mergeResults(
      this.providers.map((provider) => {
        const scope = { kind: v.kind, end: v.end, provider };
        return scopeAlerts({ scope, rows: this.store.scope(scopeKey(scope))!, population: index.population, series: this.store.series(provider), thresholds: v.thresholds, wijken });
      })
    );
  });
  readonly ready = $derived(this.result !== null);
  /** The alerts and checks of the chosen wijk and kind (all when none is chosen). */
  readonly shown = $derived(this.result && this.view ? filterAlerts(this.result, { wijk: this.view.wijk, kind: this.view.alert }) : null);
  /** The shown alerts in groups, per wijk or per kind, each with its title and count. */
  readonly groups = $derived.by(() => {
    if (!this.shown || !this.view) return [];
    const per = this.view.per;
    const n = (x: number) => formatNumber(this.locale, x);
    return groupAlerts(this.shown.alerts, per).map((g) => ({
      ...g,
      heading: this.t.groupHeading(per === 'wijk' ? this.wijkLabel(g.key) : this.title(g.key as AlertKind), n(g.alerts.length))
    }));
  });
  /** How long each shown alert has gone on, month after month (see alerts/runs.ts). */
  readonly runs = $derived.by((): Map<string, AlertRun> => {
    const v = this.view;
    if (!v || !this.shown) return new Map();
    const series = new Map<Provider, MonthSeries>();
    for (const p of this.providers) {
      const s = this.store.series(p);
      if (s) series.set(p, s);
    }
    return alertRuns(this.shown.alerts, series, v.end, v.thresholds);
  });
  /** An alert's duration in words; '' when it does not repeat (or cannot be followed). */
  runText = (a: Alert): string => {
    const r = this.runs.get(alertKey(a));
    if (!r) return '';
    const since = formatMonth(this.locale, r.since, 'long');
    const months = formatNumber(this.locale, r.months);
    return r.fromStart ? this.t.runFromStart(since, months) : this.t.run(since, months);
  };
  /** The wijken one may narrow to: the chosen city's, or every city's (named with their city). */
  readonly wijkOptions = $derived(
    (this.index?.wijken ?? [])
      .filter((w) => !this.view?.city || w.city === this.view.city)
      .map((w) => ({ value: w.wijk_id, text: this.wijkLabel(w.wijk_id) }))
      .sort((a, b) => a.text.localeCompare(b.text, this.locale))
  );
  /** A wijk's name, with its city when every city is shown (two cities may share a name). */
  wijkLabel = (id: string): string => {
    const w = this.#wijken.get(id);
    if (!w) return id;
    return this.view?.city ? w.wijk_name : `${w.wijk_name} (${w.city})`;
  };
  readonly #wijken = $derived(new Map((this.index?.wijken ?? []).map((w) => [w.wijk_id, w])));

  // ---- what the page says ----------------------------------------------------------
  readonly #names = $derived(new Map((this.index?.wijken ?? []).map((w) => [w.wijk_id, w.wijk_name])));
  nameOf = (id: string) => this.#names.get(id) ?? id;
  /** Per kind, within the chosen wijk (so the counts say which kinds there are to choose). */
  readonly counts = $derived(this.result && this.view ? countByKind(filterAlerts(this.result, { wijk: this.view.wijk, kind: '' })) : []);
  readonly figures = $derived(this.shown ? this.shown.alerts.flatMap((a) => a.figures) : []);
  readonly summary = $derived.by(() => {
    const r = this.shown;
    if (!r || !this.result) return '';
    const n = (x: number) => formatNumber(this.locale, x);
    if (!r.alerts.length) return this.t.summaryNone(n(r.unassessed.length));
    const top = r.alerts[0];
    const all = this.result.alerts.length;
    const filtered = r.alerts.length < all ? ` ${this.t.filtered(n(r.alerts.length), n(all))}` : '';
    return this.t.summary(n(r.alerts.length), n(new Set(r.alerts.map((a) => a.wijk_id)).size), alertSentence(this.locale, top, this.nameOf(top.wijk_id))) + filtered;
  });
  sentence = (a: Alert) => alertSentence(this.locale, a, this.nameOf(a.wijk_id));
  title = (kind: AlertKind) => alertTitle(this.locale, kind);
  /** The alert's value and threshold as its figure is written. */
  valueText = (a: Alert, v: number) => valueText(this.locale, ALERTS[a.kind].metric, v);
  severity = (a: Alert) => ({ band: severityBand(a.severity), word: severityWord(this.locale, severityBand(a.severity)), value: formatNumber(this.locale, a.severity, 2) });
  evidenceLabel = (a: Alert) => this.t.evidenceLabel(this.nameOf(a.wijk_id), metricName(this.locale, ALERTS[a.kind].metric));
  /** The wijk page at the chart that shows the alert's evidence. */
  evidenceHref = (wijkPath: string, a: Alert) => linkTo(wijkPath, a.evidence.params, this.#langParam, a.evidence.chart);
  /** The alert's explanation on /uitleg/. */
  explainHref = (explainPath: string, kind: AlertKind) => linkTo(explainPath, {}, this.#langParam, `alert-${ALERTS[kind].anchor}`);
  /** English links say so; Dutch is the default and needs no parameter. */
  readonly #langParam = $derived(this.locale === 'en' ? 'en' : null);

  // ---- thresholds: shares are typed in per cent, indices as they are -------------------
  readonly isDefault = $derived(!!this.view && THRESHOLD_KEYS.every((k) => this.view!.thresholds[k] === DEFAULT_THRESHOLDS[k]));
  /** A threshold as the field shows it, in the reader's own form (0,3 in Dutch, 0.3 in English). */
  shownThreshold = (key: keyof Thresholds) => (this.view ? this.#thresholdText(key, this.view.thresholds[key]) : '');
  #thresholdText = (key: keyof Thresholds, value: number) =>
    formatDecimal(this.locale, THRESHOLD_RANGE[key].percent ? Math.round(value * 100 * 1000) / 1000 : value, 3);
  /** The fields whose typed text could not be read, with what they held (shown until corrected). */
  invalid = $state<Partial<Record<keyof Thresholds, string>>>({});
  /** The allowed range of a field, as typed (per cent for a share). */
  thresholdRange = (key: keyof Thresholds) => {
    const { min, max, percent } = THRESHOLD_RANGE[key];
    const f = (x: number) => formatDecimal(this.locale, percent ? x * 100 : x, 3);
    return { min: f(min), max: f(max) };
  };
  /**
   * A threshold as typed, "0,3" or "0.3" alike (a per cent for a share). Text that is no
   * number or lies outside the range changes nothing and is marked, so it never silently
   * becomes another threshold. Returns the threshold as the field should now show it, in
   * the reader's form; null when the text was not taken.
   */
  setThreshold(key: keyof Thresholds, typed: string): string | null {
    if (!this.view) return null;
    const { min, max, percent } = THRESHOLD_RANGE[key];
    const n = parseDecimal(typed);
    const value = percent ? Math.round(n * 1000) / 100000 : n;
    if (!Number.isFinite(value) || value < min || value > max) {
      this.invalid = { ...this.invalid, [key]: typed };
      return null;
    }
    const rest = { ...this.invalid };
    delete rest[key];
    this.invalid = rest;
    if (value !== this.view.thresholds[key]) this.go({ thresholds: { ...this.view.thresholds, [key]: value } });
    return this.#thresholdText(key, value);
  }
  resetThresholds = () => {
    this.invalid = {};
    this.go({ thresholds: { ...DEFAULT_THRESHOLDS } });
  };

  /** Another view; a new kind of period keeps its end near, a new city lets go of another city's wijk. */
  go(patch: Partial<View>): void {
    if (!this.view || !this.index) return;
    const v = { ...this.view, ...patch };
    if (patch.city !== undefined && v.wijk && patch.city && !this.index.wijken.some((w) => w.wijk_id === v.wijk && w.city === patch.city)) v.wijk = '';
    this.show(patch.kind ? withKind({ ...v, kind: this.view.kind }, patch.kind, this.index) : v);
  }
}
