import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseArgs } from '../../src/cli/demo-data';
import { Figures, holds, parseCsv, readDemo, type Check, type Tables } from '../../src/cli/demo/check';
import { COLUMNS, DEFAULT_OPTIONS, generateDemo, type DemoTable } from '../../src/cli/demo/generate';
import { runDemoData } from '../../src/cli/demo/run';
import { toCsv } from '../../src/cli/demo/writer';
import type { PlantedFile } from '../../src/cli/demo/planted';

const DEMO = join(__dirname, '../../data/demo');
const README = join(__dirname, '../../data/README.md');
const TABLES = Object.keys(COLUMNS) as DemoTable[];

describe('demo data generator', () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
  const run = (seed: string) => {
    const dir = mkdtempSync(join(tmpdir(), 'demo-'));
    dirs.push(dir);
    runDemoData({ ...DEFAULT_OPTIONS, seed, scale: 0.05 }, dir);
    return dir;
  };

  it('writes byte-identical files for the same seed', () => {
    const a = run('same');
    const b = run('same');
    const files = readdirSync(a).sort();
    expect(files).toEqual([...TABLES.map((t) => `${t}.csv.gz`), 'planted.json'].sort());
    for (const f of files) expect(readFileSync(join(b, f)).equals(readFileSync(join(a, f))), f).toBe(true);
  });

  it('parses its options', () => {
    expect(parseArgs([])).toEqual({ options: DEFAULT_OPTIONS, out: 'data/demo' });
    expect(parseArgs(['--end', '2025-06', '--seed=7', '--scale', '0.5', '--out', 'x'])).toEqual({
      options: { seed: '7', end: '2025-06', scale: 0.5 },
      out: 'x'
    });
    expect(() => parseArgs(['--end', '2025-13'])).toThrow(/YYYY-MM/);
    expect(() => parseArgs(['--scale', '0'])).toThrow(/positive/);
    expect(() => parseArgs(['--bogus'])).toThrow(/unknown option/);
  });
});

describe('committed demo data (data/demo)', () => {
  let t: Tables;
  let planted: PlantedFile;
  let texts: Record<string, string>;

  beforeAll(() => {
    texts = Object.fromEntries(TABLES.map((n) => [n, gunzipSync(readFileSync(join(DEMO, `${n}.csv.gz`))).toString('utf8')]));
    t = readDemo(DEMO);
    planted = JSON.parse(readFileSync(join(DEMO, 'planted.json'), 'utf8'));
  });

  it('is what the generator makes with the default options', () => {
    const data = generateDemo(DEFAULT_OPTIONS);
    for (const n of TABLES) expect(toCsv(COLUMNS[n], data.tables[n]) === texts[n], n).toBe(true);
  });

  it('has canonical headers, LF line ends and no field that needs quoting', () => {
    for (const n of TABLES) {
      expect(texts[n].split('\n')[0], n).toBe(COLUMNS[n].join(','));
      expect(texts[n]).not.toMatch(/["\r]/);
      expect(texts[n].endsWith('\n')).toBe(true);
      const width = COLUMNS[n].length;
      // One expect per file: per-row expects would make this test slow.
      const ragged = texts[n].trimEnd().split('\n').filter((line) => line.split(',').length !== width);
      expect(ragged, n).toEqual([]);
    }
  });

  it('has the row counts planted.json and data/README.md state', () => {
    const readme = readFileSync(README, 'utf8');
    for (const n of TABLES) {
      expect(t[n].length, n).toBe(planted.rows[n]);
      const m = new RegExp(`^\\| \`${n}\\.csv\\.gz\` \\| (\\d+) \\|`, 'm').exec(readme);
      expect(m, `README row for ${n}`).not.toBeNull();
      expect(Number(m![1]), n).toBe(t[n].length);
    }
    expect(readme).toContain(`${planted.duplicates.participations} exact duplicate`);
    expect(readme).toContain(planted.seed);
  });

  it('copies the 45 wijken and the two "location unknown" pseudo-wijken', () => {
    expect(t.wijken).toHaveLength(47);
    const geo = JSON.parse(readFileSync(join(__dirname, '../../data/wijken.geojson'), 'utf8')) as {
      features: Array<{ properties: Record<string, string> }>;
    };
    const real = t.wijken.filter((w) => !w.wijk_id.endsWith('ONB'));
    expect(real.map((w) => [w.wijk_id, w.wijk_name, w.city, w.nis_code])).toEqual(
      geo.features.map((f) => [f.properties.wijk_id, f.properties.wijk_name, f.properties.city, f.properties.nis_code])
    );
    expect(t.wijken.filter((w) => w.wijk_id.endsWith('ONB')).map((w) => w.wijk_id)).toEqual(['24062WONB', '46021WONB']);
  });

  it('has population groups that add up to the total, for the real wijken only', () => {
    const totals = new Map<string, number>();
    const sums = new Map<string, number>();
    for (const r of t.population) {
      expect(r.wijk_id.endsWith('ONB')).toBe(false);
      const key = `${r.wijk_id}|${r.ref_date}`;
      if (r.dimension === 'total') totals.set(key, Number(r.population));
      else sums.set(`${key}|${r.dimension}`, (sums.get(`${key}|${r.dimension}`) ?? 0) + Number(r.population));
    }
    expect(totals.size).toBe(45 * 2);
    expect(sums.size).toBe(45 * 2 * 3);
    for (const [k, s] of sums) expect(s, k).toBe(totals.get(k.split('|').slice(0, 2).join('|')));
    expect(new Set(t.population.map((r) => r.ref_date))).toEqual(new Set(planted.ref_dates));
    const city = (prefix: string, date: string) =>
      [...totals].filter(([k]) => k.startsWith(prefix) && k.endsWith(date)).reduce((a, [, v]) => a + v, 0);
    expect(city('24062', planted.ref_dates[0])).toBe(102_900);
    expect(city('46021', planted.ref_dates[0])).toBe(80_100);
  });

  it('references only known participants and activities, and spans exactly 24 months ending 2026-11', () => {
    const people = new Set(t.participants.map((p) => p.participant_id));
    const acts = new Set(t.activities.map((a) => a.activity_id));
    const wijken = new Set(t.wijken.map((w) => w.wijk_id));
    const used = new Set<string>();
    const months = new Set<string>();
    // Collect offending rows and assert once: an expect per row is slow on 200,000 rows.
    const bad: string[] = [];
    for (const r of t.participations) {
      if (!people.has(r.participant_id)) bad.push(`unknown participant ${r.participant_id}`);
      if (!acts.has(r.activity_id)) bad.push(`unknown activity ${r.activity_id}`);
      if (!['participant', 'volunteer', 'co_organiser', ''].includes(r.role)) bad.push(`role ${r.role}`);
      if (!/^\d{4}-\d{2}-\d{2}$/.test(r.date)) bad.push(`date ${r.date}`);
      used.add(r.participant_id);
      months.add(r.date.slice(0, 7));
    }
    expect(bad.slice(0, 5)).toEqual([]);
    expect(used.size).toBe(people.size);
    const sorted = [...months].sort();
    expect(sorted).toHaveLength(24);
    expect(sorted[0]).toBe('2024-12');
    expect(sorted[23]).toBe('2026-11');
    expect(t.participants.filter((p) => !/^P\d{6}$/.test(p.participant_id))).toEqual([]);
    for (const a of t.activities) {
      expect(wijken.has(a.wijk_id)).toBe(true);
      expect(['buurtwerk', 'ggw']).toContain(a.provider_type);
      expect(['organisation', 'residents']).toContain(a.initiator);
    }
    for (const s of t.signals) {
      expect(wijken.has(s.wijk_id)).toBe(true);
      expect(['buurtwerk', 'ggw', 'residents']).toContain(s.source);
      if (s.date_answered) expect(s.date_answered >= s.date_raised && s.date_answered <= '2026-11-30').toBe(true);
    }
  });

  it('has exactly the planted number of exact duplicates and about 200,000 distinct participations', () => {
    const keys = t.participations.map((r) => `${r.participant_id}|${r.activity_id}|${r.date}|${r.role}`);
    const sessionKeys = new Set(t.participations.map((r) => `${r.participant_id}|${r.activity_id}|${r.date}`));
    expect(keys.length - new Set(keys).size).toBe(planted.duplicates.participations);
    expect(keys.length - sessionKeys.size).toBe(planted.duplicates.participations);
    expect(sessionKeys.size).toBeGreaterThan(180_000);
    expect(sessionKeys.size).toBeLessThan(220_000);
  });

  it('shows every planted pattern in an independent reading of the figures', () => {
    const f = new Figures(t);
    const checks = planted.patterns.flatMap((p) => p.checks.map((c: Check) => ({ id: p.id, c })));
    expect(checks.length).toBeGreaterThan(15);
    for (const { id, c } of checks) {
      const v = f.value(c);
      expect(holds(c, v), `${id}: ${c.metric} ${c.wijk_id} ${c.dimension ?? ''} ${c.group ?? ''} = ${v} ${c.op} ${c.value}`).toBe(true);
    }
    expect(parseCsv('a,b\n1,\n')).toEqual([{ a: '1', b: '' }]);
  });
});
