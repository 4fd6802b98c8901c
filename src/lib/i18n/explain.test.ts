import { describe, expect, it } from 'vitest';
import {
  ALERT_DEFAULTS,
  ALERT_IDS,
  ALERT_METRIC,
  ALERT_TEXT,
  EXPLAIN,
  EXPLAIN_PAGE,
  EXPLAINED_METRICS,
  FAMILIES,
  FAMILY_TEXT,
  explain,
  type MetricText
} from './explain';
import { LOCALES } from './messages';
import { METRIC_NAMES, metricName } from './metrics';

const texts = (t: MetricText) => [t.what, t.formula, t.read, ...t.pitfalls];

describe('explanations of the figures', () => {
  it('explain every metric name, once, in the page order of the families', () => {
    expect([...EXPLAINED_METRICS].sort()).toEqual([...METRIC_NAMES].sort());
    expect(new Set(EXPLAINED_METRICS).size).toBe(EXPLAINED_METRICS.length);
    for (const locale of LOCALES) expect(Object.keys(EXPLAIN[locale]).sort()).toEqual([...METRIC_NAMES].sort());
  });

  it('have no empty text and at least one pitfall, in both languages', () => {
    for (const locale of LOCALES) {
      for (const m of METRIC_NAMES) {
        const e = explain(locale, m);
        expect(e, `${locale} ${m}`).toBeDefined();
        expect(e!.pitfalls.length, `${locale} ${m} pitfalls`).toBeGreaterThan(0);
        for (const s of [e!.name, ...texts(e!)]) expect(s.trim().length, `${locale} ${m}: "${s}"`).toBeGreaterThan(0);
      }
    }
  });

  it('differ between Dutch and English in every field', () => {
    for (const m of METRIC_NAMES) {
      const nl = EXPLAIN.nl[m];
      const en = EXPLAIN.en[m];
      expect(nl.what, m).not.toBe(en.what);
      expect(nl.formula, m).not.toBe(en.formula);
      expect(nl.read, m).not.toBe(en.read);
      expect(nl.pitfalls.length, `${m}: as many pitfalls in both languages`).toBe(en.pitfalls.length);
      nl.pitfalls.forEach((p, i) => expect(p, `${m} pitfall ${i}`).not.toBe(en.pitfalls[i]));
    }
  });

  it('use the names of metrics.ts, so a figure is called the same everywhere', () => {
    expect(explain('nl', 'reach_rate')?.name).toBe(metricName('nl', 'reach_rate'));
    expect(explain('en', 'mixing_ratio')?.name).toBe(metricName('en', 'mixing_ratio'));
    expect(explain('nl', 'no_such_metric')).toBeUndefined();
  });

  it('write numbers in each language’s own style in the examples', () => {
    // Dutch uses a decimal comma and a thousands dot, English the other way round.
    expect(EXPLAIN.nl.reach_rate.read).toContain('6.000');
    expect(EXPLAIN.en.reach_rate.read).toContain('6,000');
    expect(EXPLAIN.nl.representation_index.read).toContain('0,5');
    expect(EXPLAIN.en.representation_index.read).toContain('0.5');
    for (const m of METRIC_NAMES) expect(EXPLAIN.nl[m].read, m).not.toMatch(/\d\.\d(?!\d\d)/);
  });

  it('give worked examples whose numbers add up', () => {
    // Gini of 1, 1, 1, 9 by the METRICS.md formula, independently of the text.
    const a = [1, 1, 1, 9];
    let diff = 0;
    for (const x of a) for (const y of a) diff += Math.abs(x - y);
    const gini = diff / (2 * a.length * a.reduce((s, x) => s + x, 0));
    expect(gini).toBe(0.5);
    expect(EXPLAIN.en.gini.read).toContain(`${diff} / (2 × 4 × 12) = 0.5`);
    // Jaccard and GGW via BW from bw 300, ggw 120, both 80.
    expect(Math.round((80 / (300 + 120 - 80)) * 100)).toBe(24);
    expect(EXPLAIN.en.jaccard.read).toContain('24%');
    expect(Math.round((80 / 120) * 100)).toBe(67);
    expect(EXPLAIN.en.ggw_via_bw.read).toContain('67%');
    // Partner HHI of 50/30/20.
    expect(0.5 ** 2 + 0.3 ** 2 + 0.2 ** 2).toBeCloseTo(0.38, 10);
    // Pairs of a session with 6 women and 4 men.
    expect((10 * 9) / 2 - ((6 * 5) / 2 + (4 * 3) / 2)).toBe(6 * 4);
  });

  it('name the sources METRICS.md names', () => {
    const all = LOCALES.flatMap((l) => Object.values(FAMILY_TEXT[l]).flatMap((f) => f.intro({ k: 5, cap: 40 }))).join(' ');
    for (const s of ['Putnam', 'Krackhardt & Stern', 'Newman', 'Duncan & Duncan', 'Blau']) {
      expect(all, s).toContain(s);
      expect(EXPLAIN_PAGE.nl.sources.items.join(' '), s).toContain(s.split(' ')[0]);
    }
    expect(explain('en', 'ei_index')?.source).toBe('Krackhardt & Stern (1988)');
  });

  it('has page anchors that never clash with a metric name', () => {
    const anchors = [
      ...FAMILIES.map((f) => f.anchor),
      ...LOCALES.flatMap((l) => {
        const p = EXPLAIN_PAGE[l];
        return [p.basics.anchor, p.periods.anchor, p.alerts.anchor, p.privacy.anchor, p.sources.anchor];
      })
    ];
    for (const a of anchors) expect(METRIC_NAMES, a).not.toContain(a);
    expect(EXPLAIN_PAGE.nl.privacy.anchor).toBe(EXPLAIN_PAGE.en.privacy.anchor);
  });
});

describe('alert texts', () => {
  it('describe the five alerts of METRICS.md with their default thresholds', () => {
    expect(ALERT_IDS).toHaveLength(5);
    const nl = ALERT_IDS.map((id) => ALERT_TEXT.nl[id].rule()).join('\n');
    const en = ALERT_IDS.map((id) => ALERT_TEXT.en[id].rule()).join('\n');
    expect(nl).toMatch(/10\s?%.*0,5/);
    expect(nl).toMatch(/60\s?%/);
    expect(nl).toMatch(/onder 0,6/);
    expect(nl).toMatch(/3 maanden na elkaar onder 10\s?%/);
    expect(en).toMatch(/10%.*0\.5/);
    expect(en).toMatch(/below 0\.6/);
    expect(en).toMatch(/below 10% for 3 months in a row/);
  });

  it('follow other thresholds when a deployment sets them', () => {
    const t = { ...ALERT_DEFAULTS, mixingRatio: 0.7, newcomerMonths: 4 };
    expect(ALERT_TEXT.en.low_mixing.rule(t)).toContain('below 0.7');
    expect(ALERT_TEXT.nl.few_newcomers.rule(t)).toContain('4 maanden');
  });

  it('are complete, differ per language and point at an explained metric', () => {
    for (const id of ALERT_IDS) {
      expect(METRIC_NAMES).toContain(ALERT_METRIC[id]);
      const [nl, en] = [ALERT_TEXT.nl[id], ALERT_TEXT.en[id]];
      for (const s of [nl.title, nl.meaning, nl.look, nl.rule(), en.title, en.meaning, en.look, en.rule()]) expect(s.trim().length).toBeGreaterThan(0);
      expect(nl.title).not.toBe(en.title);
      expect(nl.rule()).not.toBe(en.rule());
      expect(nl.meaning).not.toBe(en.meaning);
      expect(nl.look).not.toBe(en.look);
    }
  });
});
