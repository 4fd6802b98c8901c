/**
 * The alerts in words: each kind's title and rule (with the thresholds in use), and one
 * alert as a plain sentence made from its numbers (the Signalen page, the monthly report).
 * The texts are keyed by the kinds of alerts/vocabulary.ts; the compiler checks that
 * both languages have one for every kind.
 */
import type { Alert } from '../alerts/alerts';
import { NEWCOMER_MONTHS, type AlertKind, type SeverityBand, type Thresholds } from '../alerts/vocabulary';
import { formatDecimal, formatMonth, formatNumber, formatPercent } from '../i18n/format';
import type { Locale } from '../i18n/locale';
import { prose } from '../i18n/prose';
import type { SuppressReason } from '../metrics/types';
import { dimensionName, providerName, valueText } from './figures';

type KindTexts = Record<AlertKind, ReturnType<typeof prose>['alerts']['kinds'][AlertKind]>;
const KINDS: Record<Locale, KindTexts> = { nl: prose('nl').alerts.kinds, en: prose('en').alerts.kinds };

/** A kind's short name, e.g. for the counts and the list. */
export function alertTitle(locale: Locale, kind: AlertKind): string {
  return KINDS[locale][kind].title;
}

/** When a kind fires, with these thresholds written in the reader's language. */
export function alertRule(locale: Locale, kind: AlertKind, t: Thresholds): string {
  const pct = (x: number) => formatPercent(locale, x);
  const dec = (x: number) => formatDecimal(locale, x);
  return KINDS[locale][kind].rule({
    groupShare: pct(t.groupShare),
    representation: dec(t.representation),
    concentration: pct(t.concentration),
    representativeness: dec(t.representativeness),
    mixing: dec(t.mixing),
    newcomers: pct(t.newcomers),
    months: formatNumber(locale, NEWCOMER_MONTHS)
  });
}

/** What a kind means and where to look next (the Uitleg page). */
export function alertMeaning(locale: Locale, kind: AlertKind): { meaning: string; look: string } {
  const { meaning, look } = KINDS[locale][kind];
  return { meaning, look };
}

/** A severity band as a word beside the number. */
export function severityWord(locale: Locale, band: SeverityBand): string {
  return prose(locale).alerts.severity[band];
}

/** Why a check was not made, short. */
export function unassessedReason(locale: Locale, r: SuppressReason): string {
  return prose(locale).alerts.unassessed[r];
}

/** "half as", "a third as", ... for a ratio below 1: how many times less. */
export function fractionWords(locale: Locale, ratio: number): string {
  return prose(locale).alerts.fraction(ratio <= 0 ? null : Math.round(1 / ratio));
}

/** A group as a plain noun phrase: "25–44-jarigen", "residents of Belgian origin". */
export function groupPhrase(locale: Locale, dimension: string, group: string): string {
  return prose(locale).alerts.groupPhrase(dimension, group, dimensionName(locale, dimension));
}

/** One alert in a plain sentence, starting with the wijk and the provider. */
export function alertSentence(locale: Locale, a: Alert, wijkName: string): string {
  const s = prose(locale).alerts.sentence;
  const head = `${wijkName}, ${providerName(locale, a.provider)}: `;
  const pct = (x: number) => formatPercent(locale, x, 0);
  const dec = (x: number) => formatNumber(locale, x, 2);
  const dimension = a.dimension ? dimensionName(locale, a.dimension) : '';
  switch (a.kind) {
    case 'representation':
      return s.representation({
        head,
        who: groupPhrase(locale, a.dimension ?? '', a.group ?? ''),
        words: fractionWords(locale, a.value),
        index: dec(a.value),
        share: a.populationShare !== undefined ? pct(a.populationShare) : ''
      });
    case 'concentration':
      return s.concentration({ head, value: pct(a.value), threshold: pct(a.threshold) });
    case 'representativeness':
      return s.representativeness({ head, dimension, value: dec(a.value), threshold: dec(a.threshold) });
    case 'mixing':
      return s.mixing({ head, dimension, words: fractionWords(locale, a.value), ratio: dec(a.value) });
    case 'newcomers':
      return s.newcomers({
        head,
        count: formatNumber(locale, a.months?.length ?? NEWCOMER_MONTHS),
        threshold: pct(a.threshold),
        months: (a.months ?? []).map((m) => `${formatMonth(locale, m.month)}: ${valueText(locale, 'newcomer_share', m.value)}`).join(', ')
      });
  }
}
