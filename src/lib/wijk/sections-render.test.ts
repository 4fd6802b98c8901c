/**
 * The sections rendered on the server from tiny hand-made rows: the summary sentences
 * carry the numbers, hidden figures are marked and never drawn as zero.
 */
import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import type { FigureRow } from '../metrics/types';
import { fig } from '../cube/testing';
import type { CubeIndex } from '../cube/types';
import type { DashboardView as View } from '../views/url';
import { i18n } from '../i18n/index.svelte';
import BondingSection from './BondingSection.svelte';
import OverlapSection from './OverlapSection.svelte';
import SelfOrgSection from './SelfOrgSection.svelte';
import SignalsSection from './SignalsSection.svelte';

const wijk = { wijk_id: 'W1', wijk_name: 'Testwijk', city: 'Stad' };
const index = { k: 5, cap: 40, dimensions: ['origin'] } as unknown as CubeIndex;
const view = { city: 'Stad', kind: 'year', end: '2026-11', provider: 'all', figure: 'reach_rate', dimension: 'origin', wijk: 'W1', compare: '' } as View;

/** A figure of the test wijk W1 in Stad (a hidden one when its value is null). */
const row = (metric: string, value: number | null, extra: Partial<FigureRow> = {}): FigureRow =>
  fig(extra.wijk_id ?? 'W1', metric, value, { city: 'Stad', ...extra });

/** The text of an element with the given data-chart, tags stripped. */
function chartText(html: string, id: string): string {
  const start = html.indexOf(`data-chart="${id}"`);
  expect(start).toBeGreaterThan(-1);
  const end = html.indexOf('</figure>', start);
  return html.slice(start, end).replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
}
function summaryOf(html: string, id: string): string {
  const start = html.indexOf(`data-chart="${id}"`);
  const m = /data-testid="chart-summary"[^>]*>([^<]*)</.exec(html.slice(start));
  return m ? m[1] : '';
}

describe('BondingSection', () => {
  const origin = { dimension: 'origin' };
  const rows: FigureRow[] = [
    row('bridging_share', 0.25, origin),
    row('expected_bridging_share', 0.5, origin),
    row('mixing_ratio', 0.5, origin),
    row('bridged_share', null, { ...origin, suppressed: 'below_k' }),
    row('bridging_share', 0.4, { ...origin, wijk_id: '' }),
    row('expected_bridging_share', 0.45, { ...origin, wijk_id: '' }),
    row('mixing_ratio', 0.4 / 0.45, { ...origin, wijk_id: '' }),
    row('mixing', 0.6, { ...origin, group: 'a|a' }),
    row('mixing', 0.15, { ...origin, group: 'a|b' }),
    row('mixing', 0.15, { ...origin, group: 'b|a' }),
    row('mixing', null, { ...origin, group: 'b|b' }),
    row('mixing_expected', 0.49, { ...origin, group: 'a|a' }),
    row('mixing_expected', 0.21, { ...origin, group: 'a|b' }),
    row('mixing_expected', 0.21, { ...origin, group: 'b|a' }),
    row('mixing_expected', 0.09, { ...origin, group: 'b|b' }),
    row('sessions_used', 26),
    row('sessions_excluded', 3)
  ];
  const html = render(BondingSection, { props: { rows, wijk, view, index, series: null } }).body;

  it('reads the mixing ratio in its summary, with the numbers', () => {
    const s = summaryOf(html, 'mixing-ratio');
    expect(s).toContain('Testwijk');
    expect(s).toMatch(/25\s?%/);
    expect(s).toMatch(/50\s?%/);
    expect(s).toContain('0,50');
    expect(s).toContain('onder elkaar');
  });

  it('hatches a hidden matrix cell and marks it, never as 0%', () => {
    const m = chartText(html, 'mixing-matrix');
    expect(html).toMatch(/data-suppressed="below_k"[^>]*>|aria-label="Werkelijk, b met b: niet getoond"/);
    expect(html).toContain('aria-label="Werkelijk, b met b: niet getoond"');
    expect(m).not.toMatch(/b met b: 0/);
    // the diagonal cannot be summed with a hidden cell; the summary says cells are hidden
    expect(summaryOf(html, 'mixing-matrix')).toContain('gearceerd');
  });

  it('marks the hidden bridged share and explains the sessions left out with the cap', () => {
    expect(html).toMatch(/<div[^>]*data-suppressed="below_k"[^>]*>\s*<dt[^>]*>Deelnemers die iemand uit een andere groep/);
    const s = summaryOf(html, 'sessions');
    expect(s).toContain('26 sessies');
    expect(s).toContain('3 zijn weggelaten');
    expect(s).toContain('meer dan 40');
  });
});

describe('OverlapSection', () => {
  const counts = (both: number | null) => [
    row('bw', 272),
    row('ggw', 97),
    row('both', both),
    row('bw_only', both === null ? null : 272 - both, { suppressed: both === null ? 'below_k' : null }),
    row('ggw_only', 67),
    row('jaccard', 0.0885),
    row('ggw_via_bw', 0.309)
  ];

  it('draws a Venn when every count is shown, and says the figures are for all providers', () => {
    const html = render(OverlapSection, { props: { rows: counts(30), wijk, view: { ...view, provider: 'ggw' }, index, series: null } }).body;
    expect(html).toContain('class="venn');
    expect(html).toContain('data-testid="overlap-provider-note"');
    expect(html).toContain('alle werkingen');
    expect(summaryOf(html, 'overlap')).toContain('Buurtwerk bereikte 272 bewoners van deze wijk, GGW 97, en 30 kwamen bij beide');
  });

  it('falls back to bars with "<5" marks when a count is hidden, never a zero circle', () => {
    const html = render(OverlapSection, { props: { rows: counts(null), wijk, view, index, series: null } }).body;
    expect(html).not.toContain('class="venn');
    expect(html).toContain('class="hbars');
    expect(html).toMatch(/data-suppressed="below_k"[^>]*aria-label|aria-label="[^"]*: &lt;5"[^>]*data-suppressed="below_k"/);
    expect(summaryOf(html, 'overlap')).toContain('en &lt;5 kwamen bij beide');
    expect(html).not.toContain('data-testid="overlap-provider-note"');
  });
});

describe('SelfOrgSection', () => {
  it('compares the wijk with the city in its summary', () => {
    const rows = [
      row('involvement_share', 0.124),
      row('involved_participants', 11),
      row('resident_initiated_share', 0),
      row('involvement_share', 0.2, { wijk_id: '' }),
      row('resident_initiated_share', 0.1, { wijk_id: '' })
    ];
    const html = render(SelfOrgSection, { props: { rows, wijk, view, index, series: null } }).body;
    const s = summaryOf(html, 'self-organisation');
    expect(s).toContain('12,4');
    expect(s).toContain('11 personen');
    expect(s).toMatch(/0\s?% van de activiteiten/);
  });
});

describe('SelfOrgSection, hidden share', () => {
  const rows = [
    row('involvement_share', null),
    row('involved_participants', null),
    row('resident_initiated_share', 0.5),
    row('involvement_share', 0.2, { wijk_id: '' }),
    row('resident_initiated_share', 0.1, { wijk_id: '' })
  ];

  it('keeps the sentence readable and marks the hidden bar, in Dutch and English', () => {
    const nl = render(SelfOrgSection, { props: { rows, wijk, view, index, series: null } }).body;
    expect(summaryOf(nl, 'self-organisation')).toContain('een niet getoond deel van de deelnames');
    expect(summaryOf(nl, 'self-organisation')).toContain('(&lt;5 personen');
    expect(nl).toMatch(/<g class="bar[^"]*"[^>]*aria-label="[^"]*deze wijk \(Testwijk\): niet getoond" data-suppressed="below_k"/);
    i18n.set('en');
    try {
      const en = render(SelfOrgSection, { props: { rows, wijk, view, index, series: null } }).body;
      expect(summaryOf(en, 'self-organisation')).toContain('an undisclosed share of the participations');
      expect(en).toContain('Self-organisation');
    } finally {
      i18n.set('nl');
    }
  });
});

describe('SignalsSection', () => {
  it('names the most frequent theme and marks a hidden one', () => {
    const rows = [
      row('signals', 7),
      row('signals', 3, { dimension: 'theme', group: 'public space' }),
      row('signals', 1, { dimension: 'theme', group: 'health' }),
      row('signals', null, { dimension: 'theme', group: 'housing' }),
      row('signals', 4, { dimension: 'source', group: 'buurtwerk' }),
      row('signals_answered_30d', 4 / 7),
      row('signal_median_days', 16.5),
      row('signals_open_share', 1 / 7)
    ];
    const html = render(SignalsSection, { props: { rows, wijk, view, index, series: null } }).body;
    const s = summaryOf(html, 'signals');
    expect(s).toContain('7 signalen');
    expect(s).toContain('publieke ruimte (3)');
    expect(html).toContain('aria-label="wonen: &lt;5"');
    expect(html).toMatch(/<g class="bar[^"]*"[^>]*aria-label="wonen: &lt;5" data-suppressed="below_k"/);
  });

  it('says so when there are no signals', () => {
    const html = render(SignalsSection, { props: { rows: [], wijk, view, index, series: null } }).body;
    expect(summaryOf(html, 'signals')).toContain('Geen signalen');
    expect(html).not.toContain('class="hbars');
  });
});
