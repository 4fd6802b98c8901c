import { afterAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createNodeEngine } from '../../src/lib/engine/node';
import { loadExport } from '../../src/lib/load';
import { computeFigures, prepareFigures, rawScopeRows } from '../../src/lib/metrics';

const FIX = 'tests/fixtures/pseudonymise';
const tmp = mkdtempSync(join(tmpdir(), 'ww-pseudo-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const PASS = 'buurtwerk en stad spraken dit af op 12 januari';

/** Run the command line as a partner would; the passphrase only in the environment or a file. */
function run(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync('npx', ['tsx', 'src/cli/pseudonymise.ts', ...args], {
    encoding: 'utf8',
    timeout: 120_000,
    env: { ...process.env, WIJKWEEFSEL_PASSPHRASE: '', ...env }
  });
  return { status: r.status, stderr: r.stderr, stdout: r.stdout };
}

describe('npm run pseudonymise: two partners apart, then loaded together', () => {
  const passFile = join(tmp, 'passphrase.txt');
  writeFileSync(passFile, PASS + '\n');
  // The buurtwerk organisation reads the passphrase from a file, the city from the environment.
  const bw = run(['--in', `${FIX}/buurtwerk-raw.csv`, '--map', `${FIX}/buurtwerk-map.json`, '--out', join(tmp, 'bw'), '--wijken-table', `${FIX}/wijk-table.csv`, '--passphrase-file', passFile]);
  const city = run(['--in', `${FIX}/city-raw.csv`, '--map', `${FIX}/city-map.json`, '--out', join(tmp, 'city'), '--wijken-table', `${FIX}/wijk-table.csv`], { WIJKWEEFSEL_PASSPHRASE: PASS });
  const out = (dir: string, f: string) => readFileSync(join(tmp, dir, f), 'utf8');

  it('writes both files and reports the counts, never the identities', () => {
    expect(bw.status, bw.stderr).toBe(0);
    expect(city.status, city.stderr).toBe(0);
    // Buurtwerk: 8 rows, line 9 (a national number with a wrong check number) rejected -> 7 participations, 5 people.
    expect(bw.stderr).toMatch(/8 rows read, 7 participations written, 1 rejected; 5 participants \(0 without a wijk, 0 without an age band; ages on 2025-01-01\)/);
    expect(bw.stderr).toMatch(/rejected line 9: no valid national register number/);
    expect(city.stderr).toMatch(/7 rows read, 7 participations written, 0 rejected; 5 participants/);
    expect(out('bw', 'participants.csv').split('\n')[0]).toBe('participant_id,residence_wijk_id,age_band,geslacht');
    expect(out('bw', 'participations.csv').split('\n')[0]).toBe('participant_id,activity_id,date,role');
  });

  it('lets no name, number, address or contact detail through', () => {
    const all = ['bw', 'city'].flatMap((d) => [out(d, 'participants.csv'), out(d, 'participations.csv')]).join('\n')
      .replace(/P[0-9a-f]{20}/g, 'P').toLowerCase();
    for (const s of ['peeters', 'dubois', 'celik', 'çelik', 'amrani', 'broeck', 'smet', 'janssens', 'typfout', 'jan', 'emma',
      '85073003328', '62021412592', '01050308705', '47091123401', '99122501540', '78010132133', '12112045678', '85.07.30', '62.02.14',
      '@', 'straat', 'weg', '0470', '+32', '1985', '1962', '1947', '9000', '9050']) expect(all, s).not.toContain(s);
    // Nor does the report on standard error.
    for (const s of ['peeters', '85073003328', '85.07.30-033.29', 'typfout', 'kerkstraat']) expect((bw.stderr + city.stderr).toLowerCase()).not.toContain(s);
  });

  it('loads together with the project loader and gives the overlap figures computed by hand', async () => {
    const file = (name: string, path: string) => ({ name, bytes: new Uint8Array(readFileSync(path)) });
    const engine = await createNodeEngine();
    try {
      const report = await loadExport(engine, [
        file('wijken.csv', `${FIX}/wijken.csv`),
        file('population.csv', `${FIX}/population.csv`),
        file('activities.csv', `${FIX}/activities.csv`),
        file('participants_buurtwerk.csv', join(tmp, 'bw', 'participants.csv')),
        file('participants_stad.csv', join(tmp, 'city', 'participants.csv')),
        file('participations_buurtwerk.csv', join(tmp, 'bw', 'participations.csv')),
        file('participations_stad.csv', join(tmp, 'city', 'participations.csv'))
      ]);
      // The three shared people appear in both participants files: merged as identical duplicates, not rejected.
      const pf = report.files.filter((f) => f.table === 'participants');
      expect(pf.map((f) => [f.read, f.loaded, f.rejected, f.duplicates])).toEqual([[5, 5, 0, 0], [5, 2, 0, 3]]);
      expect(report.files.filter((f) => f.table === 'participations').every((f) => f.rejected === 0)).toBe(true);

      // The true counts (no noise), before the threshold: what the hand arithmetic below checks.
      const march = { from: '2025-03', to: '2025-03' };
      const run = await prepareFigures(engine, { dimensions: [], k: 3, cap: 40, secret: null, perturb: false, round: false, keepRaw: true }, [march]);
      await computeFigures(run, [march]);
      const figs = await rawScopeRows(run, march, 'all');
      const v = (metric: string, wijk = '') => figs.find((f) => f.metric === metric && f.wijk_id === wijk && f.city === 'Gent' && !f.dimension)?.value;
      // March 2025, by residence (wijk table: Kerkstraat, Molenstraat -> W1; Stationsstraat, postcode 9050 -> W2):
      // buurtwerk (b1, b2): Peeters W1, Dubois W1, El Amrani W1, Celik W2, Janssens W2          -> bw = 5 (W1 3, W2 2)
      //   (Dubois's February session is outside the period; the typo row was never written)
      // ggw (g1, g2): Dubois W1, El Amrani W1, Celik W2, Van den Broeck W2, De Smet W2 (9050)  -> ggw = 5 (W1 2, W2 3)
      //   (Celik's April session is outside the period)
      // both: Dubois, El Amrani (W1), Celik (W2)                                                -> both = 3 (W1 2, W2 1)
      // jaccard = both / (bw + ggw - both): Gent 3/7, W1 2/3, W2 1/4
      // ggw_via_bw = both / ggw: Gent 3/5, W1 2/2 = 1, W2 1/3
      expect([v('bw'), v('ggw'), v('both')]).toEqual([5, 5, 3]);
      expect([v('bw', 'W1'), v('ggw', 'W1'), v('both', 'W1')]).toEqual([3, 2, 2]);
      expect([v('bw', 'W2'), v('ggw', 'W2'), v('both', 'W2')]).toEqual([2, 3, 1]);
      expect(v('jaccard')).toBeCloseTo(3 / 7, 12);
      expect(v('jaccard', 'W1')).toBeCloseTo(2 / 3, 12);
      expect(v('jaccard', 'W2')).toBeCloseTo(1 / 4, 12);
      expect(v('ggw_via_bw')).toBeCloseTo(3 / 5, 12);
      expect(v('ggw_via_bw', 'W1')).toBeCloseTo(1, 12);
      expect(v('ggw_via_bw', 'W2')).toBeCloseTo(1 / 3, 12);
    } finally {
      await engine.close();
    }
  });

  it('with another passphrase, the city file can no longer be linked', () => {
    const other = run(['--in', `${FIX}/city-raw.csv`, '--map', `${FIX}/city-map.json`, '--out', join(tmp, 'city2'), '--wijken-table', `${FIX}/wijk-table.csv`], { WIJKWEEFSEL_PASSPHRASE: 'a different passphrase altogether' });
    expect(other.status, other.stderr).toBe(0);
    const ids = (d: string) => new Set(out(d, 'participants.csv').trim().split('\n').slice(1).map((l) => l.split(',')[0]));
    const a = ids('bw'), b = ids('city2');
    expect([...b].filter((x) => a.has(x))).toEqual([]);
  });

  it('refuses bad input with a clear message and a non-zero exit', () => {
    const noPass = run(['--in', `${FIX}/city-raw.csv`, '--map', `${FIX}/city-map.json`, '--out', join(tmp, 'x')]);
    expect(noPass.status).not.toBe(0);
    expect(noPass.stderr).toMatch(/No passphrase: give --passphrase-file FILE or set WIJKWEEFSEL_PASSPHRASE/);
    const argv = run(['--in', `${FIX}/city-raw.csv`, '--map', `${FIX}/city-map.json`, '--out', join(tmp, 'x'), '--passphrase', PASS]);
    expect(argv.status).not.toBe(0);
    expect(argv.stderr).toMatch(/--passphrase is not accepted: other users of this machine can read command-line arguments/);
    const missing = run(['--in', `${FIX}/nope.csv`, '--map', `${FIX}/city-map.json`, '--out', join(tmp, 'x')], { WIJKWEEFSEL_PASSPHRASE: PASS });
    expect(missing.status).not.toBe(0);
    expect(missing.stderr).toMatch(/nope\.csv: cannot read the input file/);
    const badMap = join(tmp, 'bad-map.json');
    writeFileSync(badMap, JSON.stringify({ national_number: 'rijksregister', activity_id: 'activity', date: 'datum' }));
    const wrong = run(['--in', `${FIX}/city-raw.csv`, '--map', badMap, '--out', join(tmp, 'x')], { WIJKWEEFSEL_PASSPHRASE: PASS });
    expect(wrong.status).not.toBe(0);
    expect(wrong.stderr).toMatch(/column "rijksregister" \(for national_number\) is not in the file/);
    const leak = join(tmp, 'leak-map.json');
    writeFileSync(leak, JSON.stringify({ national_number: 'insz', activity_id: 'activity', date: 'datum', dimensions: ['telefoon'] }));
    const guarded = run(['--in', `${FIX}/city-raw.csv`, '--map', leak, '--out', join(tmp, 'leak')], { WIJKWEEFSEL_PASSPHRASE: PASS });
    expect(guarded.status).toBe(3);
    expect(guarded.stderr).toMatch(/Refusing to write an output that still holds direct identifiers: participants\.csv: column "telefoon" is named like a phone number/);
    expect(() => readFileSync(join(tmp, 'leak', 'participants.csv'))).toThrow();
    const short = run(['--in', `${FIX}/city-raw.csv`, '--map', `${FIX}/city-map.json`, '--out', join(tmp, 'x')], { WIJKWEEFSEL_PASSPHRASE: 'kort' });
    expect(short.status).not.toBe(0);
    expect(short.stderr).toMatch(/at least 12 characters/);
  });
});
