/**
 * Every figure explained in the reader's language (the Uitleg page; other pages link to
 * `/uitleg/#<metric>`): the catalogue's facts (family, METRICS.md id, source) with the
 * language file's name and explanation, so a figure is called the same everywhere.
 */
import type { Locale } from '../i18n/locale';
import { prose } from '../i18n/prose';
import { FAMILIES, METRICS, familyMetrics, isMetric, type FamilyId, type MetricId } from '../metrics/catalogue';

/** What a figure is, its formula, how to read it and its pitfalls. */
export interface MetricText {
  name: string;
  what: string;
  formula: string;
  read: string;
  pitfalls: string[];
}

/** A figure's explanation with the catalogue's facts. */
export interface MetricExplanation extends MetricText {
  metric: MetricId;
  family: FamilyId;
  /** Its id in METRICS.md, e.g. 'R2'. */
  ref: string;
  /** The literature the figure comes from, if any (the same in both languages). */
  source?: string;
}

/** The language files explain every figure of the catalogue (checked by the compiler here). */
const TEXTS: Record<Locale, Record<MetricId, MetricText>> = { nl: prose('nl').figures.metrics, en: prose('en').figures.metrics };

/** A figure's explanation; undefined for a name the catalogue does not hold. */
export function explain(locale: Locale, metric: string): MetricExplanation | undefined {
  if (!isMetric(metric)) return undefined;
  const m: { family: FamilyId; ref: string; source?: string } = METRICS[metric];
  return { ...TEXTS[locale][metric], metric, family: m.family, ref: m.ref, source: m.source };
}

/** The families in page order, each with its title, introduction and explained figures. */
export function explainedFamilies(locale: Locale) {
  const t = prose(locale).explain.families;
  return FAMILIES.map((f) => ({ ...f, title: t[f.id].title, intro: t[f.id].intro, items: familyMetrics(f.id).map((m) => explain(locale, m)!) }));
}
