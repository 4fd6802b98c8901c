/**
 * The Uitleg page's view-model: every figure of the catalogue in plain words, family by
 * family, and the alerts with the thresholds in use. The only data it reads is the site's
 * k and session cap, so the privacy section says what this site really uses.
 */
import { ALERTS, ALERT_KINDS, DEFAULT_THRESHOLDS } from '../alerts/vocabulary';
import type { DataInUse } from '../data/in-use.svelte';
import { capitalise } from '../i18n/format';
import { i18n } from '../i18n/index.svelte';
import type { SiteSettings } from '../i18n/nl';
import { LITERATURE } from '../metrics/catalogue';
import { alertMeaning, alertRule, alertTitle } from '../words/alerts';
import { explainedFamilies } from '../words/explain';
import { metricName, suppressedShort, suppressionReason } from '../words/figures';
import { storeFor } from './store.svelte';

/** What the Uitleg page lays out. */
export class ExplainView {
  readonly #data: DataInUse;
  constructor(data: DataInUse) {
    this.#data = data;
  }
  get #supply(): DataInUse {
    return this.#data;
  }

  readonly #store = $derived(storeFor(this.#supply));
  readonly locale = $derived(i18n.locale);
  readonly t = $derived(i18n.t.explain);
  /** Until the figures' index is here (or cannot come), the defaults: the texts do not depend on data. */
  readonly settled = $derived(!!this.#store.index || !!this.#store.failed || this.#store.waiting);
  readonly params = $derived<SiteSettings>(this.#store.index ? { k: this.#store.index.k, cap: this.#store.index.cap } : { k: 5, cap: 40 });
  readonly families = $derived(explainedFamilies(this.locale));
  /** The alerts with their rule at the default thresholds, and the figure each rests on. */
  readonly alerts = $derived(
    ALERT_KINDS.map((kind) => ({
      kind,
      anchor: `alert-${ALERTS[kind].anchor}`,
      title: alertTitle(this.locale, kind),
      rule: alertRule(this.locale, kind, DEFAULT_THRESHOLDS),
      ...alertMeaning(this.locale, kind),
      metric: ALERTS[kind].metric,
      metricName: capitalise(metricName(this.locale, ALERTS[kind].metric))
    }))
  );
  /** What stands in for a figure that is not shown, and why. */
  readonly shownRows = $derived.by(() => {
    const { k } = this.params;
    const l = this.locale;
    const f = this.t.privacy.shownFor;
    return [
      { shown: suppressedShort(l, 'participants', 'below_k', k), for: f.count, meaning: suppressionReason(l, 'below_k', k) },
      { shown: suppressedShort(l, 'reach_rate', 'below_k', k), for: f.rate, meaning: suppressionReason(l, 'below_k', k) },
      { shown: suppressedShort(l, 'newcomer_share', 'not_available', k), for: f.notAvailable, meaning: suppressionReason(l, 'not_available', k) }
    ];
  });
  readonly literature = LITERATURE;
  cap = capitalise;
}
