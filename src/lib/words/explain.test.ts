import { describe, expect, it } from 'vitest';
import { LOCALES } from '../i18n/locale';
import { prose } from '../i18n/prose';
import { FAMILIES, LITERATURE, METRIC_IDS } from '../metrics/catalogue';
import { explain, explainedFamilies, type MetricText } from './explain';
import { metricName } from './figures';

const texts = (t: MetricText) => [t.what, t.formula, t.read, ...t.pitfalls];
const EXPLAIN = { nl: prose('nl').figures.metrics, en: prose('en').figures.metrics };

describe('explanations of the figures', () => {
  it('explain every figure of the catalogue, once, in the page order of the families', () => {
    const listed = explainedFamilies('nl').flatMap((f) => f.items.map((e) => e.metric));
    expect(listed).toEqual(METRIC_IDS);
    for (const locale of LOCALES) expect(Object.keys(EXPLAIN[locale]).sort()).toEqual([...METRIC_IDS].sort());
  });

  it('have no empty text and at least one pitfall, in both languages', () => {
    for (const locale of LOCALES) {
      for (const m of METRIC_IDS) {
        const e = explain(locale, m);
        expect(e, `${locale} ${m}`).toBeDefined();
        expect(e!.pitfalls.length, `${locale} ${m} pitfalls`).toBeGreaterThan(0);
        for (const s of [e!.name, ...texts(e!)]) expect(s.trim().length, `${locale} ${m}: "${s}"`).toBeGreaterThan(0);
      }
    }
  });

  it('differ between Dutch and English in every field', () => {
    for (const m of METRIC_IDS) {
      const nl = EXPLAIN.nl[m];
      const en = EXPLAIN.en[m];
      expect(nl.what, m).not.toBe(en.what);
      expect(nl.formula, m).not.toBe(en.formula);
      expect(nl.read, m).not.toBe(en.read);
      expect(nl.pitfalls.length, `${m}: as many pitfalls in both languages`).toBe(en.pitfalls.length);
      nl.pitfalls.forEach((p, i) => expect(p, `${m} pitfall ${i}`).not.toBe(en.pitfalls[i]));
    }
  });

  it('use the names every page uses, so a figure is called the same everywhere', () => {
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
    for (const m of METRIC_IDS) expect(EXPLAIN.nl[m].read, m).not.toMatch(/\d\.\d(?!\d\d)/);
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

  it('give worked examples of the interval and the z-scores (R11-R12) that follow METRICS.md', () => {
    // The Wilson 95% interval of 100 reached out of 2,000 residents, per 1,000, to one decimal.
    const wilson = (n: number, pop: number, sign: number) => {
      const p = n / pop;
      const z = 1.96;
      return (1000 * (p + (z * z) / (2 * pop) + sign * z * Math.sqrt((p * (1 - p)) / pop + (z * z) / (4 * pop * pop)))) / (1 + (z * z) / pop);
    };
    const [low, high] = [wilson(100, 2000, -1), wilson(100, 2000, 1)].map((x) => x.toFixed(1));
    expect([low, high]).toEqual(['41.3', '60.4']);
    for (const m of ['reach_rate_low', 'reach_rate_high'] as const) {
      expect(EXPLAIN.en[m].read, m).toContain(m === 'reach_rate_low' ? low : high);
      expect(EXPLAIN.nl[m].read, m).toContain((m === 'reach_rate_low' ? low : high).replace('.', ','));
    }
    // z = (p - p0) / sqrt(p0 (1 - p0) / n), to two decimals.
    const z = (p: number, p0: number, n: number) => ((p - p0) / Math.sqrt((p0 * (1 - p0)) / n)).toFixed(2);
    const cases = { reach_rate_z: z(100 / 2000, 0.04, 2000), newcomer_share_z: z(12 / 120, 0.2, 120), bridged_share_z: z(150 / 200, 0.6, 200) };
    expect(cases).toEqual({ reach_rate_z: '2.28', newcomer_share_z: '-2.74', bridged_share_z: '4.33' });
    for (const [m, v] of Object.entries(cases) as [keyof typeof cases, string][]) {
      expect(EXPLAIN.en[m].read, m).toContain(`= ${v.replace('-', '−')}.`);
      expect(EXPLAIN.nl[m].read, m).toContain(`= ${v.replace('-', '−').replace('.', ',')}.`);
    }
  });

  it('explain the per-activity figures (B9) beside the B1-B5 figures they repeat, and say that counts carry noise', () => {
    const bridging = explainedFamilies('en').find((f) => f.id === 'bridging')!.items.map((e) => e.metric);
    for (const m of ['activity_participants', 'activity_pairs', 'activity_bridging_share', 'activity_expected_bridging_share', 'activity_mixing_ratio'] as const) {
      expect(bridging, m).toContain(m);
      expect(explain('en', m)?.ref, m).toBe('B9');
    }
    expect(explain('nl', 'reach_rate_z')?.ref).toBe('R12');
    expect(explain('en', 'reach_rate_low')?.ref).toBe('R11');
    for (const m of ['reach_rate_low', 'reach_rate_z', 'newcomer_share_z', 'bridged_share_z', 'activity_participants'] as const) {
      expect(EXPLAIN.nl[m].pitfalls.join(' '), m).toMatch(/tot 2/);
      expect(EXPLAIN.en[m].pitfalls.join(' '), m).toMatch(/up to 2/);
    }
  });

  it('name the sources METRICS.md names', () => {
    const all = LOCALES.flatMap((l) => explainedFamilies(l).flatMap((f) => f.intro({ k: 5, cap: 40 }))).join(' ');
    for (const s of ['Putnam', 'Krackhardt & Stern', 'Newman', 'Duncan & Duncan', 'Blau']) {
      expect(all, s).toContain(s);
      expect(LITERATURE.join(' '), s).toContain(s.split(' ')[0]);
    }
    expect(explain('en', 'ei_index')?.source).toBe('Krackhardt & Stern (1988)');
  });

  it('has page anchors that never clash with a metric name', () => {
    const anchors = [
      ...FAMILIES.map((f) => f.anchor),
      ...LOCALES.flatMap((l) => {
        const p = prose(l).explain;
        return [p.basics.anchor, p.periods.anchor, p.alerts.anchor, p.privacy.anchor, p.sources.anchor];
      })
    ];
    for (const a of anchors) expect(METRIC_IDS as string[], a).not.toContain(a);
    expect(prose('nl').explain.privacy.anchor).toBe(prose('en').explain.privacy.anchor);
  });
});
