/**
 * npm run golden: the figure export of the small fixed city (tests/fixtures/golden/city), as
 * `npm run metrics` writes it for a month, a quarter and a year with the golden test secret,
 * into tests/fixtures/golden/expected/. tests/unit/golden.test.ts computes the same and
 * compares byte for byte: a change to any figure shows up as a diff to review, never silently.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '../..');
export const GOLDEN_DIR = join(ROOT, 'tests/fixtures/golden');
export const PERIODS = [
  { from: '2025-06', to: '2025-06' },
  { from: '2025-04', to: '2025-06' },
  { from: '2025-01', to: '2025-12' }
];
export const goldenName = (p: { from: string; to: string }) => `figures-${p.from}-${p.to}.csv`;

/** The export of each period, computed now by the command line. */
export function goldenOutputs(): Map<string, string> {
  const dir = mkdtempSync(join(tmpdir(), 'ww-golden-'));
  const out = new Map<string, string>();
  try {
    for (const p of PERIODS) {
      const file = join(dir, goldenName(p));
      const r = spawnSync(
        process.execPath,
        [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), join(ROOT, 'src/cli/metrics.ts'), '--data', join(GOLDEN_DIR, 'city'), '--from', p.from, '--to', p.to,
          '--secret-file', join(GOLDEN_DIR, 'test.secret'), '--format', 'csv', '--out', file],
        { encoding: 'utf8', cwd: ROOT }
      );
      if (r.status !== 0) throw new Error(`metrics failed for ${p.from}..${p.to}:\n${r.stderr}`);
      out.set(goldenName(p), readFileSync(file, 'utf8'));
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return out;
}

if (process.argv[1] === import.meta.filename) {
  mkdirSync(join(GOLDEN_DIR, 'expected'), { recursive: true });
  for (const [name, text] of goldenOutputs()) writeFileSync(join(GOLDEN_DIR, 'expected', name), text);
  process.stderr.write(`golden files written to ${join(GOLDEN_DIR, 'expected')}: review them with git diff\n`);
}
