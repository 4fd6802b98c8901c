import { describe, expect, it } from 'vitest';
import type { FigureRow } from '../metrics/types';
import { inlineFigure, signalGroupName, WIJK_SECTIONS } from './wijk-sections';

const row = (metric: string, value: number | null, suppressed: FigureRow['suppressed'] = null): FigureRow => ({
  city: 'Stad',
  wijk_id: 'W1',
  provider: 'all',
  dimension: '',
  group: '',
  metric,
  value,
  suppressed
});

describe('inlineFigure', () => {
  it('writes shown values as formatFigure does, a small count as <k', () => {
    expect(inlineFigure('nl', row('bw', 1234), 5)).toBe('1.234');
    expect(inlineFigure('en', row('bw', 1234), 5)).toBe('1,234');
    expect(inlineFigure('nl', row('both', null, 'below_k'), 5)).toBe('<5');
  });

  it('puts other hidden figures in words, so the sentence still reads', () => {
    expect(inlineFigure('nl', row('both', null, 'complementary'), 5)).toBe('een niet getoond aantal');
    expect(inlineFigure('nl', row('involvement_share', null, 'below_k'), 5)).toBe('een niet getoond deel');
    expect(inlineFigure('en', row('gateway_median_days', null, 'below_k'), 5)).toBe('an undisclosed value');
    expect(inlineFigure('en', undefined, 5)).toBe('an undisclosed value');
  });
});

describe('texts', () => {
  it('has every key in both languages', () => {
    expect(Object.keys(WIJK_SECTIONS.en).sort()).toEqual(Object.keys(WIJK_SECTIONS.nl).sort());
  });

  it('translates known themes and sources, keeps unknown words', () => {
    expect(signalGroupName('nl', 'theme', 'public space')).toBe('publieke ruimte');
    expect(signalGroupName('en', 'theme', 'public space')).toBe('public space');
    expect(signalGroupName('nl', 'source', 'residents')).toBe('bewoners');
    expect(signalGroupName('nl', 'theme', 'graffiti')).toBe('graffiti');
  });
});
