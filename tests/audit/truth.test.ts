/**
 * The scoring truth takes two shortcuts through the reference (per-unit participations,
 * a city as the sum of its wijken): on random data they give exactly the reference's own
 * person counts.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Provider } from '../../src/lib/metrics/types';
import { referenceProviderFree, referenceScope } from '../reference';
import { arbSpec, buildData } from '../reference/generate';
import { cellKey, PERSON_COUNTS } from './model';
import { periodKey } from './publication';
import { trueCounts } from './truth';

const PERIODS = [
  { from: '2025-02', to: '2025-02' },
  { from: '2025-01', to: '2025-03' },
  { from: '2025-04', to: '2025-06' },
  { from: '2024-07', to: '2025-06' }
];
const PROVIDERS: Provider[] = ['all', 'buurtwerk', 'ggw'];

describe('the scoring truth', () => {
  it('equals the reference implementation on every person count', () => {
    fc.assert(
      fc.property(arbSpec, (spec) => {
        const data = buildData(spec);
        const dims = ['age', 'gender'];
        const truth = trueCounts(data, PERIODS, PROVIDERS, dims);
        let n = 0;
        for (const p of PERIODS) {
          for (const provider of PROVIDERS) {
            const scope = { ...p, provider, dimensions: dims, k: 5, cap: 40, secret: null };
            const raw = [...referenceScope(data, scope), ...(provider === 'all' ? referenceProviderFree(data, scope) : [])];
            for (const r of raw) {
              if (!PERSON_COUNTS.has(r.metric) || r.value === null) continue;
              expect(truth.get(cellKey(periodKey(p), r.city, r.wijk_id, r.provider, r.dimension, r.group, r.metric)), `${periodKey(p)} ${r.wijk_id} ${r.provider} ${r.dimension}=${r.group} ${r.metric}`).toBe(r.value);
              n++;
            }
          }
        }
        expect(n).toBeGreaterThan(0);
      }),
      { numRuns: 40, seed: 11 }
    );
  });
});
