import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createNodeEngine } from '../../src/lib/engine/node';
import type { Engine } from '../../src/lib/engine/types';
import { loadExport, LoadError, type InputFile, type LoadReport } from '../../src/lib/load';
import { warningText } from '../../src/lib/load/warnings';
import { FIGURE_COLUMNS } from '../../src/lib/export/figures';
import { parseCsv } from '../../src/lib/load/csv';
import { generate } from '../fixtures/bad-input/make.mjs';

/**
 * The bad-input corpus (tests/fixtures/bad-input): each case replaces one file of the
 * valid set base/ and must give the outcome expected.json states, with every row accounted
 * for. The loader runs in this process; a few checks start the command line itself (its exit
 * codes and messages).
 */

const DIR = 'tests/fixtures/bad-input';
interface Case {
  replaces: string;
  name?: string;
  why: string;
  error?: string;
  read?: number;
  loaded?: number;
  rejected?: number;
  duplicates?: number;
  reasons?: string[];
  ignoredColumns?: string[];
  warnings?: string[];
  also?: Record<string, string[]>;
  dimensions?: string[];
  leftOut?: Array<[string, string]>;
}
const expected: Record<string, Case> = Object.fromEntries(
  Object.entries(JSON.parse(readFileSync(`${DIR}/expected.json`, 'utf8')) as Record<string, unknown>).filter(([k]) => !k.startsWith('_'))
) as Record<string, Case>;
const generated = generate({ big: true });
const bytesOf = (key: string): Uint8Array =>
  key.startsWith('generated/') ? generated[key.slice('generated/'.length)] : new Uint8Array(readFileSync(path.join(DIR, key)));
const base: InputFile[] = readdirSync(`${DIR}/base`)
  .sort()
  .map((name) => ({ name, bytes: new Uint8Array(readFileSync(path.join(DIR, 'base', name))) }));
/** The valid set with the case's file in place of the one it replaces. */
const filesFor = (key: string, c: Case): InputFile[] => [
  ...base.filter((b) => b.name !== c.replaces),
  { name: c.name ?? c.replaces, bytes: bytesOf(key) }
];
const accounted = (r: { read: number; loaded: number; rejected: number; duplicates: number }) =>
  expect(r.loaded + r.rejected + r.duplicates, `${JSON.stringify(r)}: read = loaded + rejected + duplicates`).toBe(r.read);
/** The corpus's day of loading: dates after it are in the future. */
const TODAY = '2026-01-01';
/** Every line of a CSV file is the header, a row read, an empty line or inside a quoted value. */
const linesAccounted = (f: LoadReport['files'][number]) => {
  if (!f.lines) return;
  expect(f.lines.header + f.lines.blank + f.lines.continued + f.read, `${f.file}: ${JSON.stringify(f.lines)}`).toBe(f.lines.total);
};

let engine: Engine;
beforeAll(async () => {
  engine = await createNodeEngine();
});
afterAll(() => engine.close());

describe('the bad-input corpus', () => {
  it('has at least 30 cases, each file with an expected outcome and each outcome with a file', () => {
    const files = [
      ...readdirSync(`${DIR}/cases`).map((n) => `cases/${n}`),
      ...Object.keys(generated).map((n) => `generated/${n}`)
    ].sort();
    expect(files).toEqual(Object.keys(expected).sort());
    expect(files.length).toBeGreaterThanOrEqual(30);
    for (const c of Object.values(expected)) {
      expect(base.map((b) => b.name)).toContain(c.replaces);
      expect(c.error === undefined).toBe(c.read !== undefined);
    }
  });

  it('the base set loads whole', async () => {
    const r = await loadExport(engine, base, { today: TODAY });
    for (const f of r.files) expect(f).toMatchObject({ loaded: f.read, rejected: 0, duplicates: 0, warnings: [] });
    expect(r.dimensions).toEqual(['age_band']);
    expect(r.dimensionsLeftOut).toEqual([]);
  });

  it.each(Object.entries(expected))('%s', async (key, c) => {
    let report: LoadReport;
    try {
      report = await loadExport(engine, filesFor(key, c), { today: TODAY });
    } catch (e) {
      if (!c.error) throw e;
      expect(e).toBeInstanceOf(LoadError);
      expect((e as Error).message).toMatch(new RegExp(c.error));
      return;
    }
    expect(c.error, `expected a LoadError matching /${c.error}/, but the set loaded`).toBeUndefined();
    for (const f of report.files) {
      accounted(f);
      linesAccounted(f);
    }
    const f = report.files.find((x) => x.file === (c.name ?? c.replaces))!;
    expect({ read: f.read, loaded: f.loaded, rejected: f.rejected, duplicates: f.duplicates }).toEqual({
      read: c.read,
      loaded: c.loaded,
      rejected: c.rejected,
      duplicates: c.duplicates
    });
    const reasons = f.rejects.map((x) => `line ${x.line}: ${x.reason}`);
    expect(reasons).toHaveLength(c.reasons!.length);
    c.reasons!.forEach((re, i) => expect(reasons[i]).toMatch(new RegExp(re)));
    if (c.ignoredColumns) expect(f.ignoredColumns).toEqual(c.ignoredColumns);
    const warnings = (f.warnings ?? []).map((w) => warningText(f.file, w));
    expect(warnings, 'warnings').toHaveLength(c.warnings?.length ?? 0);
    (c.warnings ?? []).forEach((re, i) => expect(warnings[i]).toMatch(new RegExp(re)));
    for (const [file, res] of Object.entries(c.also ?? {})) {
      const other = report.files.find((x) => x.file === file)!.rejects.map((x) => `line ${x.line}: ${x.reason}`);
      expect(other, file).toHaveLength(res.length);
      res.forEach((re, i) => expect(other[i]).toMatch(new RegExp(re)));
    }
    if (c.dimensions) expect(report.dimensions).toEqual(c.dimensions);
    if (c.leftOut) expect(report.dimensionsLeftOut?.map((l) => [l.column, l.reason])).toEqual(c.leftOut);
  });

  const column = async (sql: string) => (await engine.query<{ v: string }>(sql)).map((r) => r.v);

  it('keeps identifiers as text: 007, 7 and 0007 are three persons', async () => {
    await loadExport(engine, filesFor('cases/leading-zero-ids.csv', expected['cases/leading-zero-ids.csv']), { today: TODAY });
    expect(await column(`SELECT participant_id AS v FROM participants WHERE participant_id LIKE '%7' ORDER BY 1`)).toEqual(['0007', '007', '7']);
  });

  it('converts Windows-1252 and UTF-16 so accents survive', async () => {
    await loadExport(engine, filesFor('generated/cp1252-wijken.csv', expected['generated/cp1252-wijken.csv']));
    expect(await column('SELECT wijk_name AS v FROM wijken ORDER BY wijk_id')).toEqual(['Sint-Jozef Café', 'Züid Éènçö']);
    await loadExport(engine, filesFor('generated/cp1252-participants.csv', expected['generated/cp1252-participants.csv']));
    expect(await column('SELECT DISTINCT origin AS v FROM participants WHERE origin IS NOT NULL ORDER BY 1')).toEqual(['België', 'Français']);
    await loadExport(engine, filesFor('generated/utf16le-bom.csv', expected['generated/utf16le-bom.csv']));
    expect(await column('SELECT participant_id AS v FROM participations ORDER BY 1')).toEqual(['001', '002']);
  });

  it('keeps the rows of a workbook as the sheet shows them', async () => {
    await loadExport(engine, filesFor('generated/participations.xlsx', expected['generated/participations.xlsx']));
    const rows = await engine.query("SELECT participant_id AS p, activity_id AS a, strftime(date, '%Y-%m-%d') AS d FROM participations ORDER BY 1");
    expect(rows).toEqual([
      { p: '001', a: 'x', d: '2025-03-03' },
      { p: '002', a: 'x', d: '2025-03-03' },
      { p: '005', a: 'y', d: '2025-03-05' }
    ]);
  });
});

// ---- the command line -------------------------------------------------------------

interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}
/** A deployment secret, as a scheduled job keeps one beside its export. */
let secretFile = '';
function secret(): string {
  if (!secretFile) {
    secretFile = path.join(mkdtempSync(path.join(tmpdir(), 'bad-input-secret-')), 'city.secret');
    writeFileSync(secretFile, 'a3f9c2e71b0d44e8a6c1f2b3d4e5f607');
  }
  return secretFile;
}

/** npm run metrics on the valid set with some files replaced, as a scheduled job would run it. */
function metrics(keys: string[], args: string[] = []): Promise<CliRun> {
  const dir = mkdtempSync(path.join(tmpdir(), 'bad-input-'));
  const files = new Map(base.map((b) => [b.name, b.bytes]));
  for (const key of keys) {
    const c = expected[key];
    files.delete(c.replaces);
    files.set(c.name ?? c.replaces, bytesOf(key));
  }
  for (const [name, bytes] of files) writeFileSync(path.join(dir, name), bytes);
  return new Promise((resolve) => {
    execFile(
      'npx',
      ['tsx', 'src/cli/metrics.ts', '--data', dir, '--from', '2025-03', '--to', '2025-03', '--k', '3', '--secret-file', secret(), ...args],
      { encoding: 'utf8', timeout: 150_000, maxBuffer: 64 * 1024 * 1024 },
      (err, stdout, stderr) => {
        rmSync(dir, { recursive: true, force: true });
        resolve({ status: err ? (typeof err.code === 'number' ? err.code : 1) : 0, stdout, stderr });
      }
    );
  });
}

/** The CLI's load summary: file -> counts, and its rejected lines. */
function summary(stderr: string) {
  const files = new Map<string, { read: number; loaded: number; rejected: number; duplicates: number }>();
  for (const m of stderr.matchAll(/^(\S+)\t(\w+)\t(\d+)\t(\d+)\t(\d+)\t(\d+)$/gm)) {
    files.set(m[1], { read: Number(m[3]), loaded: Number(m[4]), rejected: Number(m[5]), duplicates: Number(m[6]) });
  }
  const rejects = [...stderr.matchAll(/^ {2}rejected (\S+), (line \d+: .*)$/gm)].map((m) => ({ file: m[1], text: m[2] }));
  return { files, rejects };
}

/**
 * What only the command line itself can show: its load summary on standard error, its exit
 * code and message when the input cannot be used (also with the native engine, which once
 * died without a word on a file of 10,000 columns), and formula-safe CSV on standard output.
 * Four processes, two at a time; every other case runs through the loader above.
 */
describe('the bad-input corpus through npm run metrics', () => {
  const LOADS = 'cases/blank-lines-inside.csv';
  const ERROR = 'cases/empty.csv';
  const WIDE = 'generated/ten-thousand-columns.csv';
  const FORMULAS = ['cases/formula-city.csv', 'cases/formula-dimension.csv'];
  let runs: { loads: CliRun; error: CliRun; wide: CliRun; formulas: CliRun };
  beforeAll(async () => {
    const [loads, error] = await Promise.all([metrics([LOADS]), metrics([ERROR])]);
    const [wide, formulas] = await Promise.all([
      metrics([WIDE], ['--engine', 'native']),
      metrics(FORMULAS, ['--format', 'csv', '--dimensions', 'age_band'])
    ]);
    runs = { loads, error, wide, formulas };
  }, 600_000);

  it(`${LOADS}: loads with the expected counts, every file accounted for on standard error`, () => {
    const c = expected[LOADS];
    const run = runs.loads;
    expect(run.status, run.stderr).toBe(0);
    const s = summary(run.stderr);
    expect(s.files.size).toBe(base.length);
    for (const f of s.files.values()) accounted(f);
    expect(s.files.get(c.replaces)).toEqual({ read: c.read, loaded: c.loaded, rejected: c.rejected, duplicates: c.duplicates });
    const mine = s.rejects.filter((r) => r.file === c.replaces).map((r) => r.text);
    expect(mine).toHaveLength(c.reasons!.length);
    c.reasons!.forEach((re, i) => expect(mine[i]).toMatch(new RegExp(re)));
    expect(run.stdout.trim().split('\n').length).toBeGreaterThan(10);
  });

  it.each([
    [ERROR, 'error'],
    [WIDE, 'wide']
  ] as const)('%s: exits non-zero with the loader\'s message and writes no figures', (key, run) => {
    const r = runs[run];
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^Cannot load the export: /);
    expect(r.stderr).toMatch(new RegExp(expected[key].error!.replace(/^\^/, '')));
    expect(r.stdout).toBe('');
  });

  it('values starting with = + - @ come out escaped in the CSV export', () => {
    const run = runs.formulas;
    expect(run.status, run.stderr).toBe(0);
    const rows = parseCsv(run.stdout, ',').map((r) => r.cells);
    expect(rows[0]).toEqual([...FIGURE_COLUMNS]);
    const text = FIGURE_COLUMNS.map((_, i) => i).filter((i) => FIGURE_COLUMNS[i] !== 'value');
    let escaped = 0;
    for (const r of rows.slice(1)) {
      expect(r).toHaveLength(FIGURE_COLUMNS.length);
      for (const i of text) {
        expect(r[i], `row ${r.join(',')}`).not.toMatch(/^[=+\-@\t\r]/);
        if (/^'[=+\-@]/.test(r[i])) escaped++;
      }
    }
    expect(escaped).toBeGreaterThan(0);
    expect(run.stdout).toContain(`"'=HYPERLINK(""http://example.invalid"",""klik"")"`);
    expect(run.stdout).toContain("'=1+1");
  });
});
