import { describe, expect, it } from 'vitest';
import { METRIC_IDS } from '../metrics/catalogue';
import type { FigureRow } from '../metrics/types';
import { figureText, inlineFigure, signalGroupName } from './figures';

// METRICS.md "Names in exports": every metric name in its table must have a label.
const EXPORT_NAMES = `participants reach_rate group_reach_rate representation_index dissimilarity representativeness heterogeneity
population_heterogeneity top20_share gini newcomers newcomer_share retention domains_per_participant multi_domain_share pairs
pairs_within pairs_between sessions_used sessions_excluded bridging_share bonding_share ei_index expected_bridging_share mixing_ratio
assortativity bridged_share mixing mixing_expected bw ggw both bw_only ggw_only jaccard ggw_via_bw gateway_bw_first gateway_ggw_first
gateway_same_day gateway_median_days partner_hhi involvement_share involved_participants resident_initiated_share signals
signals_answered_30d signal_median_days signals_open_share reach_rate_low reach_rate_high reach_rate_z newcomer_share_z bridged_share_z
activity_participants activity_pairs activity_bridging_share activity_expected_bridging_share activity_mixing_ratio`.split(/\s+/);

const row = (metric: string, value: number | null, suppressed: FigureRow['suppressed'] = null): FigureRow => ({
  city: 'Leuven', wijk_id: 'w', provider: 'all', dimension: '', group: '', metric, value, suppressed
});

describe('metric labels and formats', () => {
  it('names every metric of the export table', () => {
    // plus lorenz_share, the wijk page's extension of R7
    expect([...EXPORT_NAMES, 'lorenz_share'].sort()).toEqual([...METRIC_IDS].sort());
  });
  it('writes numbers the Belgian-Dutch way and marks suppressed values, never as zero', () => {
    expect(figureText('nl', row('participants', 1234), 5)).toBe('1.234');
    expect(figureText('en', row('participants', 1234), 5)).toBe('1,234');
    expect(figureText('nl', row('reach_rate', 12.345), 5)).toBe('12,3');
    expect(figureText('nl', row('bridging_share', 0.256), 5)).toMatch(/^25,6\s?%$/);
    expect(figureText('nl', row('participants', null, 'below_k'), 5)).toBe('<5');
    expect(figureText('nl', row('reach_rate', null, 'below_k'), 5)).toBe('niet getoond');
    expect(figureText('en', row('newcomer_share', null, 'not_available'), 5)).toBe('n/a');
    expect(figureText('nl', undefined, 5)).toBe('–');
  });
  it('writes R11-R12 and B9 as their kind of number: an interval as a rate, a z-score with two decimals, B9 as B1-B5', () => {
    expect(figureText('nl', row('reach_rate_low', 41.3), 5)).toBe('41,3');
    expect(figureText('en', row('reach_rate_high', 60.4), 5)).toBe('60.4');
    expect(figureText('nl', row('reach_rate_z', -3.0912), 5)).toBe('-3,09');
    expect(figureText('en', row('bridged_share_z', 4.3301), 5)).toBe('4.33');
    expect(figureText('nl', row('activity_participants', 1234), 5)).toBe('1.234');
    expect(figureText('nl', row('activity_participants', null, 'below_k'), 5)).toBe('<5');
    expect(figureText('nl', row('activity_pairs', null, 'below_k'), 5)).toBe('<5');
    expect(figureText('nl', row('activity_bridging_share', 0.256), 5)).toMatch(/^25,6\s?%$/);
    expect(figureText('nl', row('activity_mixing_ratio', null, 'below_k'), 5)).toBe('niet getoond');
    for (const [b9, base] of [['activity_pairs', 'pairs'], ['activity_expected_bridging_share', 'expected_bridging_share'], ['activity_mixing_ratio', 'mixing_ratio']]) {
      expect(figureText('en', row(b9, 0.4567), 5), b9).toBe(figureText('en', row(base, 0.4567), 5));
    }
  });
});

describe('a figure inside a sentence', () => {
  it('writes shown values as figureText does, a small count as <k', () => {
    expect(inlineFigure('nl', row('bw', 1234), 5)).toBe('1.234');
    expect(inlineFigure('en', row('bw', 1234), 5)).toBe('1,234');
    expect(inlineFigure('nl', row('both', null, 'below_k'), 5)).toBe('<5');
  });
  it('puts other hidden figures in words, so the sentence still reads', () => {
    expect(inlineFigure('nl', row('both', null, 'not_available'), 5)).toBe('een niet getoond aantal');
    expect(inlineFigure('nl', row('involvement_share', null, 'below_k'), 5)).toBe('een niet getoond deel');
    expect(inlineFigure('en', row('gateway_median_days', null, 'below_k'), 5)).toBe('an undisclosed value');
    expect(inlineFigure('en', undefined, 5)).toBe('an undisclosed value');
  });
  it('translates known themes and sources of signals, keeps unknown words', () => {
    expect(signalGroupName('nl', 'theme', 'public space')).toBe('publieke ruimte');
    expect(signalGroupName('en', 'theme', 'public space')).toBe('public space');
    expect(signalGroupName('nl', 'source', 'residents')).toBe('bewoners');
    expect(signalGroupName('nl', 'theme', 'graffiti')).toBe('graffiti');
  });
});
