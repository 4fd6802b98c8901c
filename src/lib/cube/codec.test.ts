import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { FigureRow } from '../metrics/types';
import { decodeFigures, encodeFigures } from './codec';

const row = fc.record<FigureRow>({
  city: fc.constantFrom('Leuven', 'Sint-Niklaas'),
  wijk_id: fc.constantFrom('', '24062W01', '46021W20'),
  provider: fc.constantFrom('all', 'buurtwerk', 'ggw'),
  dimension: fc.constantFrom('', 'origin', 'age_band'),
  group: fc.constantFrom('', 'EU', 'a|b', '=cmd'),
  metric: fc.constantFrom('participants', 'mixing', 'reach_rate'),
  value: fc.option(fc.double({ noNaN: true, noDefaultInfinity: true }), { nil: null }),
  suppressed: fc.constantFrom(null, 'below_k', 'not_available')
});

describe('figures codec', () => {
  it('round-trips any list of figures through JSON exactly', () => {
    fc.assert(
      fc.property(fc.array(row, { maxLength: 60 }), (rows) => {
        const back = decodeFigures(JSON.parse(JSON.stringify(encodeFigures(rows))));
        // JSON turns -0 into 0: the only change allowed
        expect(back).toEqual(rows.map((r) => ({ ...r, value: Object.is(r.value, -0) ? 0 : r.value })));
      })
    );
  });
  it('refuses something that is not a figures file', () => {
    expect(() => decodeFigures({ v: 2 } as never)).toThrow(/not a figures file/);
  });
});
