import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Run the command line as a scheduled job would, and parse its JSON lines. */
function metrics(args: string[]) {
  const r = spawnSync('npx', ['tsx', 'src/cli/metrics.ts', ...args], { encoding: 'utf8', timeout: 120_000 });
  const rows = r.status === 0 ? r.stdout.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l)) : [];
  return { status: r.status, stdout: r.stdout, stderr: r.stderr, rows };
}
const tmp = mkdtempSync(join(tmpdir(), 'ww-cli-'));
const secretFile = (name: string, text: string) => {
  const p = join(tmp, name);
  writeFileSync(p, text);
  return p;
};
const SECRET = secretFile('city.secret', 'a city secret of our own, kept with the export\n');
const MARCH = ['--data', 'tests/fixtures/dialect', '--from', '2025-03', '--to', '2025-03', '--k', '3', '--dimensions', 'age_band'];
const find = (rows: Array<Record<string, unknown>>) => (metric: string, over: Record<string, string> = {}) =>
  rows.find((r) => r.metric === metric && r.wijk_id === (over.wijk_id ?? 'A1') && r.provider === (over.provider ?? 'all') &&
    r.dimension === (over.dimension ?? '') && r.group === (over.group ?? ''));

describe('npm run metrics on an export in another dialect, without noise (the hand arithmetic)', () => {
  const run = metrics([...MARCH, '--unsafe-no-perturbation']);
  const fig = find(run.rows);

  it('loads it, accounting for every row on standard error', () => {
    expect(run.status, run.stderr).toBe(0);
    // participations.csv: 10 rows read = 8 loaded + 1 rejected (unknown activity zz) + 1 duplicate.
    expect(run.stderr).toMatch(/participations\.csv\tparticipations\t10\t8\t1\t1/);
    expect(run.stderr).toMatch(/line 11: unknown activity_id "zz"/);
  });

  it('gives the figures an analyst computes by hand, at the published precision', () => {
    // Residents of A1 with a participation in March 2025: 001..006 -> N = 6; population 1000.
    expect(fig('participants')?.value).toBe(6);
    expect(fig('reach_rate')?.value).toBe(6);
    // Sessions in A1 (age_band): x 3/3 {jong 2, oud 1}: T=3, I=1; x 10/3 {jong 1, oud 2}: T=3, I=1;
    // y 5/3 {jong 2}: T=1, I=1. T = 7, I = 3, E = 4 -> bridging 4/7, bonding 3/7 (4 decimals).
    expect(fig('pairs', { dimension: 'age_band' })?.value).toBe(7);
    expect(fig('bridging_share', { dimension: 'age_band' })?.value).toBe(0.5714);
    expect(fig('bonding_share', { dimension: 'age_band' })?.value).toBe(0.4286);
    // Buurtwerk (x): 001, 002, 003, 004, 005 = 5; GGW (y): 002, 006 = 2 < k = 3 -> not shown.
    expect(fig('bw')?.value).toBe(5);
    expect(fig('ggw')).toMatchObject({ value: null, suppressed: 'below_k' });
    expect(fig('both')).toMatchObject({ value: null, suppressed: 'below_k' });
  });

  it('never writes a pseudonym', () => {
    const out = JSON.stringify(run.rows);
    for (const id of ['001', '002', '003', '004', '005', '006']) expect(out).not.toContain(`"${id}"`);
  });
});

describe('npm run metrics with the deployment secret', () => {
  const out = join(tmp, 'figures.jsonl');
  const run = metrics([...MARCH, '--secret-file', SECRET, '--out', out]);
  const rows = run.status === 0 ? readFileSync(out, 'utf8').trim().split('\n').map((l) => JSON.parse(l)) : [];
  const fig = find(rows);

  it('writes the figures to --out, nothing to standard output', () => {
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toBe('');
    expect(rows.length).toBeGreaterThan(100);
  });

  it('publishes counts with noise of at most 2, and every rate from the published count', () => {
    const n = fig('participants')?.value as number | null;
    if (n !== null) {
      expect(Math.abs(n - 6)).toBeLessThanOrEqual(2);
      // reach rate = 1000 n' / population: it gives back the published count, never the true one
      expect(fig('reach_rate')?.value).toBe(Math.round(((n / 1000) * 1000) * 10) / 10);
    } else expect(fig('participants')?.suppressed).toBe('below_k');
  });

  it('gives the same figures every run with the same secret', () => {
    const again = metrics([...MARCH, '--secret-file', SECRET]);
    expect(again.rows).toEqual(rows);
  });
});

describe('npm run metrics refuses what it cannot publish safely', () => {
  it('an unreadable folder, and k below 3', () => {
    const bad = metrics(['--data', 'tests/fixtures/does-not-exist', '--from', '2025-03', '--to', '2025-03', '--secret-file', SECRET]);
    expect(bad.status).not.toBe(0);
    expect(bad.stderr).toMatch(/does-not-exist: no such folder/);
    const k = metrics([...MARCH.slice(0, 6), '--k', '2', '--secret-file', SECRET]);
    expect(k.status).not.toBe(0);
    expect(k.stderr).toMatch(/--k must be a whole number of at least 3/);
  });

  it('no secret, an empty or unreadable secret file, a short one, and the demo secret for real data', () => {
    for (const [args, message] of [
      [[], /--secret-file FILE is required/],
      [['--secret-file', secretFile('empty.secret', '  \n')], /is empty/],
      [['--secret-file', join(tmp, 'nope.secret')], /cannot be read/],
      [['--secret-file', secretFile('short.secret', 'abc123')], /needs at least 16/],
      [['--secret-file', 'data/demo.secret'], /the demo's public secret/]
    ] as const) {
      const r = metrics([...MARCH, ...args]);
      expect(r.status, String(message)).not.toBe(0);
      expect(r.stderr).toMatch(message);
      expect(r.stderr).toMatch(/randomBytes/);
      expect(r.stdout).toBe('');
    }
  });
});
