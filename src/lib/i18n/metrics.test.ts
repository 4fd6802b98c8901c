import { describe, expect, it } from 'vitest';
import { formatFigure, METRIC_NAMES } from './metrics';

// METRICS.md "Names in exports": every metric name in its table must have a label.
const EXPORT_NAMES = `participants reach_rate group_reach_rate representation_index dissimilarity representativeness heterogeneity
population_heterogeneity top20_share gini newcomers newcomer_share retention domains_per_participant multi_domain_share pairs
pairs_within pairs_between sessions_used sessions_excluded bridging_share bonding_share ei_index expected_bridging_share mixing_ratio
assortativity bridged_share mixing mixing_expected bw ggw both bw_only ggw_only jaccard ggw_via_bw gateway_bw_first gateway_ggw_first
gateway_same_day gateway_median_days partner_hhi involvement_share involved_participants resident_initiated_share signals
signals_answered_30d signal_median_days signals_open_share`.split(/\s+/);

const row = (metric: string, value: number | null, suppressed: 'below_k' | 'complementary' | 'not_available' | null = null) =>
  ({ city: 'Leuven', wijk_id: 'w', provider: 'all' as const, dimension: '', group: '', metric, value, suppressed });

describe('metric labels and formats', () => {
  it('names every metric of the export table', () => {
    // plus lorenz_share, the wijk page's extension of R7
    expect([...EXPORT_NAMES, 'lorenz_share'].sort()).toEqual([...METRIC_NAMES].sort());
  });
  it('writes numbers the Belgian-Dutch way and marks suppressed values, never as zero', () => {
    expect(formatFigure('nl', row('participants', 1234), 5)).toBe('1.234');
    expect(formatFigure('en', row('participants', 1234), 5)).toBe('1,234');
    expect(formatFigure('nl', row('reach_rate', 12.345), 5)).toBe('12,3');
    expect(formatFigure('nl', row('bridging_share', 0.256), 5)).toMatch(/^25,6\s?%$/);
    expect(formatFigure('nl', row('participants', null, 'below_k'), 5)).toBe('<5');
    expect(formatFigure('nl', row('reach_rate', null, 'below_k'), 5)).toBe('niet getoond');
    expect(formatFigure('en', row('newcomer_share', null, 'not_available'), 5)).toBe('n/a');
    expect(formatFigure('nl', undefined, 5)).toBe('–');
  });
});
