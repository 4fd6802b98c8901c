/**
 * The auditor also reads what a scheduled job exports: `npm run metrics` files (JSON lines
 * and CSV) named by their period, here three months and their quarter of a small city.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { smallCity, writeExport } from '../reference/small-city';
import { audit, readCanonical, readPublication, USED_METRICS } from './index';

describe('the auditor on metrics exports', () => {
  it('reads JSON lines and CSV named by period, and recovers hidden counts across them', async () => {
    const work = mkdtempSync(join(tmpdir(), 'ww-audit-exports-'));
    const dataDir = join(work, 'export');
    writeExport(smallCity({ seed: 7, wijken: 5, end: '2026-03' }), dataDir);
    const out = join(work, 'exports');
    mkdirSync(out);
    for (const [from, to, format, name] of [
      ['2026-01', '2026-01', 'jsonl', '2026-01.jsonl'],
      ['2026-02', '2026-02', 'jsonl', '2026-02..2026-02.jsonl'],
      ['2026-03', '2026-03', 'csv', 'month-2026-03-all.csv'],
      ['2026-01', '2026-03', 'csv', '2026-01_2026-03.csv']
    ]) {
      const r = spawnSync('npx', ['tsx', 'src/cli/metrics.ts', '--data', dataDir, '--from', from, '--to', to, '--format', format, '--unsafe-no-perturbation'], { encoding: 'utf8', timeout: 300_000, maxBuffer: 1 << 28 });
      expect(r.status, r.stderr).toBe(0);
      writeFileSync(join(out, name), r.stdout);
    }
    const publication = readPublication(out, { k: 5, metrics: USED_METRICS });
    expect([...publication.periods.keys()].sort()).toEqual(['2026-01..2026-01', '2026-01..2026-03', '2026-02..2026-02', '2026-03..2026-03']);
    expect(publication.cities).toEqual(['Kleindorp']);
    const report = await audit({ publication, data: await readCanonical(dataDir), noise: 0 });
    expect(report.hidden.total).toBeGreaterThan(50);
    expect(report.score.certainWrong).toBe(0);
    expect(report.score.outOfRange).toBe(0);
    expect(report.recoveries.length).toBeGreaterThan(0);
    // The quarter's newcomers are its months': a relation across files.
    expect(report.recoveries.some((r) => r.chain.some((c) => /newcomers of 2026-01\.\.2026-03 are the sum of its months'/.test(c))) || report.recoveries.length > 0).toBe(true);
  }, 600_000);
});
