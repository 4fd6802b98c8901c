import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { GOLDEN_DIR, goldenOutputs, PERIODS, goldenName } from '../golden/golden';

/**
 * Golden files: the figure export of a small fixed city for a month, a quarter and a year.
 * Any change to a figure, a suppression, a row or the format fails here; if the change is
 * meant, `npm run golden` writes the files again and the diff is reviewed with the code.
 */
describe('the figure export of the golden city', () => {
  const now = goldenOutputs();
  for (const p of PERIODS) {
    it(`${p.from} .. ${p.to} is byte for byte the reviewed file`, () => {
      const want = readFileSync(join(GOLDEN_DIR, 'expected', goldenName(p)), 'utf8');
      const got = now.get(goldenName(p))!;
      // Not vacuous: figures are shown and some are hidden.
      expect(got.split('\n').length).toBeGreaterThan(500);
      expect(got).toMatch(/,below_k\n/);
      expect(got, `run npm run golden and review the diff of tests/fixtures/golden/expected/${goldenName(p)}`).toBe(want);
    });
  }
});
