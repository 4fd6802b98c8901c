import { describe, expect, it } from 'vitest';
import { figureText, monthText, valueText } from './format';
import { METRIC_NAMES, formatFigure, formatValue } from '../i18n/metrics';
import { formatMonth } from '../i18n/format';
import { fig } from './testing';

const VALUES = [0, 0.0004, 0.05, 0.12345, 0.5, 0.60049, 0.99951, 1, 1.118, 12.25, 45.2999, 999.95, 1234, 12345.678, -0.3];

describe('the page\'s number and month texts', () => {
  it('give exactly what formatValue gives, for every metric, both languages, also when asked again', () => {
    for (const loc of ['nl', 'en'] as const)
      for (let round = 0; round < 2; round++)
        for (const m of METRIC_NAMES) for (const v of VALUES) expect(valueText(loc, m, v)).toBe(formatValue(loc, m, v));
    expect(valueText('nl', 'reach_rate', 45.2999)).toBe('45,3');
    expect(valueText('nl', 'top20_share', 0.60049)).toBe('60%');
  });

  it('give exactly what formatMonth gives, short and long', () => {
    for (const loc of ['nl', 'en'] as const)
      for (const m of ['2024-12', '2025-01', '2026-09', '2026-11'])
        for (const style of ['short', 'long'] as const) {
          expect(monthText(loc, m, style)).toBe(formatMonth(loc, m, style));
          expect(monthText(loc, m, style)).toBe(formatMonth(loc, m, style));
        }
  });

  it('give exactly what formatFigure gives, and keep suppressed figures apart from shown ones', () => {
    const rows = [
      fig('W1', 'participants', 3),
      fig('W1', 'participants', null, { suppressed: 'below_k' }),
      fig('W1', 'reach_rate', null, { suppressed: 'below_k' }),
      fig('W1', 'participants', null, { suppressed: 'complementary' }),
      fig('W1', 'mixing_ratio', null, { suppressed: 'not_available' }),
      fig('W1', 'top20_share', 0.5)
    ];
    for (const loc of ['nl', 'en'] as const)
      for (const k of [5, 7]) for (const r of [...rows, ...rows]) expect(figureText(loc, r, k)).toBe(formatFigure(loc, r, k));
    expect(figureText('nl', rows[1], 5)).toBe('<5');
    expect(figureText('nl', rows[1], 7)).toBe('<7');
    expect(figureText('nl', undefined, 5)).toBe(formatFigure('nl', undefined, 5));
  });
});
