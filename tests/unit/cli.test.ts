import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';

/** Run the command line as a scheduled job would, and parse its JSON lines. */
function metrics(args: string[]) {
  const r = spawnSync('npx', ['tsx', 'src/cli/metrics.ts', ...args], { encoding: 'utf8', timeout: 120_000 });
  const rows = r.status === 0 ? r.stdout.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l)) : [];
  return { status: r.status, stderr: r.stderr, rows };
}

describe('npm run metrics on an export in another dialect', () => {
  const run = metrics(['--data', 'tests/fixtures/dialect', '--from', '2025-03', '--to', '2025-03', '--k', '3', '--dimensions', 'age_band']);
  const fig = (metric: string, over: Record<string, string> = {}) =>
    run.rows.find((r) => r.metric === metric && r.wijk_id === (over.wijk_id ?? 'A1') && r.provider === (over.provider ?? 'all') &&
      r.dimension === (over.dimension ?? '') && r.group === (over.group ?? ''));

  it('loads it, accounting for every row on standard error', () => {
    expect(run.status).toBe(0);
    // participations.csv: 10 rows read = 8 loaded + 1 rejected (unknown activity zz) + 1 duplicate.
    expect(run.stderr).toMatch(/participations\.csv\tparticipations\t10\t8\t1\t1/);
    expect(run.stderr).toMatch(/line 11: unknown activity_id "zz"/);
  });

  it('gives the figures an analyst computes by hand', () => {
    // Residents of A1 with a participation in March 2025: 001..006 -> N = 6; population 1000.
    expect(fig('participants')?.value).toBe(6);
    expect(fig('reach_rate')?.value).toBeCloseTo((6 / 1000) * 1000, 12);
    // Sessions in A1 (age_band): x 3/3 {jong 2, oud 1}: T=3, I=1; x 10/3 {jong 1, oud 2}: T=3, I=1;
    // y 5/3 {jong 2}: T=1, I=1. T = 7, I = 3, E = 4 -> bridging 4/7, bonding 3/7.
    expect(fig('pairs', { dimension: 'age_band' })?.value).toBe(7);
    expect(fig('bridging_share', { dimension: 'age_band' })?.value).toBeCloseTo(4 / 7, 12);
    expect(fig('bonding_share', { dimension: 'age_band' })?.value).toBeCloseTo(3 / 7, 12);
    // Buurtwerk (x): 001, 002, 003, 004, 005 = 5; GGW (y): 002, 006 = 2 < k = 3 -> not shown.
    expect(fig('bw')?.value).toBe(5);
    expect(fig('ggw')).toMatchObject({ value: null, suppressed: 'below_k' });
    expect(fig('both')).toMatchObject({ value: null, suppressed: 'below_k' });
  });

  it('never writes a pseudonym', () => {
    const out = JSON.stringify(run.rows);
    for (const id of ['001', '002', '003', '004', '005', '006']) expect(out).not.toContain(`"${id}"`);
  });

  it('exits non-zero naming the file and the problem when input is unreadable', () => {
    const bad = metrics(['--data', 'tests/fixtures/does-not-exist', '--from', '2025-03', '--to', '2025-03']);
    expect(bad.status).not.toBe(0);
    expect(bad.stderr).toMatch(/does-not-exist: no such folder/);
    const k = metrics(['--data', 'tests/fixtures/dialect', '--from', '2025-03', '--to', '2025-03', '--k', '2']);
    expect(k.status).not.toBe(0);
    expect(k.stderr).toMatch(/--k must be a whole number of at least 3/);
  });
});
