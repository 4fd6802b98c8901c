import { describe, expect, it } from 'vitest';
import { csvCell, figuresToCsv, figuresToJsonl } from './figures';
import type { FigureRow } from '../metrics/types';

const row = (over: Partial<FigureRow>): FigureRow => ({
  city: 'Leuven', wijk_id: '24062W01', provider: 'all', dimension: '', group: '', metric: 'participants', value: 12, suppressed: null, ...over
});

describe('figure exports', () => {
  it('escapes cells a spreadsheet would run as a formula, but not negative numbers', () => {
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('+32')).toBe("'+32");
    expect(csvCell('-1')).toBe("'-1");
    expect(csvCell('@SUM')).toBe("'@SUM");
    expect(csvCell(-0.25)).toBe('-0.25');
    expect(csvCell(null)).toBe('');
  });

  it('writes one row per figure with the suppression reason and an empty value', () => {
    const csv = figuresToCsv([row({}), row({ metric: 'reach_rate', value: null, suppressed: 'below_k' }), row({ group: '=cmd', dimension: 'origin' })]);
    expect(csv.split('\n')).toEqual([
      'city,wijk_id,provider,dimension,group,metric,value,suppressed',
      'Leuven,24062W01,all,,,participants,12,',
      'Leuven,24062W01,all,,,reach_rate,,below_k',
      "Leuven,24062W01,all,origin,'=cmd,participants,12,",
      ''
    ]);
  });

  it('writes JSON lines with the export columns only', () => {
    const out = figuresToJsonl([row({ value: null, suppressed: 'not_available' })]);
    expect(JSON.parse(out.trim())).toEqual({
      city: 'Leuven', wijk_id: '24062W01', provider: 'all', dimension: '', group: '', metric: 'participants', value: null, suppressed: 'not_available'
    });
  });
});
