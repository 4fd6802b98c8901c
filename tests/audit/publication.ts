/**
 * What an attacker holds: every figure file a site ships (the `figures/` folder), or a
 * folder of `npm run metrics` exports, read into one list of figures with their period.
 * Nothing here knows how the figures were made.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { csvParse } from 'd3';
import { decodeFigures, type EncodedFigures } from '../../src/lib/cube/codec';
import { parseScopeKey, periodOf } from '../../src/lib/cube/scopes';
import type { FigureRow, Provider, SuppressReason } from '../../src/lib/metrics/types';

/** Whole months, first and last inclusive: the period a published figure belongs to. */
export interface Period {
  from: string;
  to: string;
}

/** A published figure with the period it belongs to and the file it came from. */
export interface Published extends FigureRow {
  period: string;
  file: string;
}

export interface Publication {
  /** The threshold the site states (index.json), or the one given for exports. */
  k: number;
  cities: string[];
  /** Every unit of residence per city (wijk_all: the wijken and their location-unknown wijk). */
  wijken: Array<{ wijk_id: string; city: string }>;
  dimensions: string[];
  periods: Map<string, Period>;
  figures: Published[];
  /** Figures left out when reading (ReadOptions.metrics), per metric. */
  skipped: Map<string, number>;
  /** The data's first and last month, where the publication says so. */
  months?: { first: string; last: string };
}

/** A period as one key, 'YYYY-MM..YYYY-MM': how cells of different files meet. */
export const periodKey = (p: Period) => `${p.from}..${p.to}`;

export interface ReadOptions {
  /** The threshold, for exports (a figures folder states its own). */
  k?: number;
  /** Keep only figures of these metrics (the rest are counted in `skipped`). */
  metrics?: Set<string>;
}

/** Read a figures folder (index.json, scope/*.json, series-*.json) or a folder of metrics exports. */
export function readPublication(dir: string, opts: ReadOptions = {}): Publication {
  const pub = existsSync(join(dir, 'index.json')) ? readFiguresFolder(dir, opts.metrics) : readExportsFolder(dir, opts.k ?? 5, opts.metrics);
  return pub;
}

/** The rows of one compact file, only those of the wanted metrics; the others counted per metric. */
function decodeSome(e: EncodedFigures, metrics: Set<string> | undefined, skipped: Map<string, number>): FigureRow[] {
  if (!metrics) return decodeFigures(e);
  const keep = e.dict.metric.map((m) => metrics.has(m));
  const subset: EncodedFigures = { v: 1, n: 0, dict: e.dict, codes: {} as EncodedFigures['codes'], value: [] };
  const idx: number[] = [];
  e.codes.metric.forEach((m, i) => {
    if (keep[m]) idx.push(i);
    else skipped.set(e.dict.metric[m], (skipped.get(e.dict.metric[m]) ?? 0) + 1);
  });
  for (const c of Object.keys(e.codes) as Array<keyof EncodedFigures['codes']>) subset.codes[c] = idx.map((i) => e.codes[c][i]);
  return decodeFigures({ ...subset, n: idx.length, value: idx.map((i) => e.value[i]) });
}

function readFiguresFolder(dir: string, metrics?: Set<string>): Publication {
  const skipped = new Map<string, number>();
  const index = JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8'));
  const periods = new Map<string, Period>();
  const figures: Published[] = [];
  const scopeDir = join(dir, 'scope');
  for (const name of readdirSync(scopeDir).sort()) {
    const ref = parseScopeKey(name.replace(/\.json$/, ''));
    if (!ref) continue;
    const p = periodOf(ref.kind, ref.end);
    const key = periodKey(p);
    periods.set(key, p);
    const rows = decodeSome(JSON.parse(readFileSync(join(scopeDir, name), 'utf8')) as EncodedFigures, metrics, skipped);
    for (const r of rows) figures.push({ ...r, period: key, file: `scope/${name}` });
  }
  for (const name of readdirSync(dir).filter((n) => /^series-.*\.json$/.test(n)).sort()) {
    const s = JSON.parse(readFileSync(join(dir, name), 'utf8')) as { months: string[]; figures: EncodedFigures[] };
    s.months.forEach((m, i) => {
      const key = periodKey({ from: m, to: m });
      periods.set(key, { from: m, to: m });
      for (const r of decodeSome(s.figures[i], metrics, skipped)) figures.push({ ...r, period: key, file: name });
    });
  }
  return {
    k: Number(index.k),
    cities: index.cities,
    wijken: (index.wijken as Array<{ wijk_id: string; city: string }>).map((w) => ({ wijk_id: w.wijk_id, city: w.city })),
    dimensions: index.dimensions,
    periods,
    figures,
    skipped,
    months: index.months
  };
}

/**
 * Files of `npm run metrics` (JSON lines or CSV, one period each) named after their period:
 * `2026-01..2026-03.jsonl`, `2026-01_2026-03.csv`, `2026-11.csv` or a scope key such as
 * `quarter-2026-03-all.jsonl` (the metrics export says no period inside).
 */
function readExportsFolder(dir: string, k: number, metrics?: Set<string>): Publication {
  const skipped = new Map<string, number>();
  const periods = new Map<string, Period>();
  const figures: Published[] = [];
  for (const name of readdirSync(dir).sort()) {
    if (!/\.(jsonl|csv)$/i.test(name) || !statSync(join(dir, name)).isFile()) continue;
    const p = periodOfFileName(name);
    if (!p) throw new Error(`${name}: name the file after its period (2026-01..2026-03.jsonl, 2026-11.csv or month-2026-11-all.csv)`);
    const key = periodKey(p);
    periods.set(key, p);
    const text = readFileSync(join(dir, name), 'utf8');
    const rows = /\.jsonl$/i.test(name) ? text.split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l)) : csvParse(text).map(fromCsv);
    for (const r of rows) {
      const f = normalise(r);
      if (metrics && !metrics.has(f.metric)) skipped.set(f.metric, (skipped.get(f.metric) ?? 0) + 1);
      else figures.push({ ...f, period: key, file: name });
    }
  }
  const wijken = new Map<string, string>();
  const dims = new Set<string>();
  for (const f of figures) {
    if (f.wijk_id) wijken.set(f.wijk_id, f.city);
    if (f.metric === 'participants' && f.dimension) dims.add(f.dimension);
  }
  return {
    k,
    cities: [...new Set(figures.map((f) => f.city))].sort(),
    wijken: [...wijken].map(([wijk_id, city]) => ({ wijk_id, city })),
    dimensions: [...dims].filter((d) => d !== 'residence_wijk').sort(),
    periods,
    figures,
    skipped
  };
}

function periodOfFileName(name: string): Period | null {
  const base = basename(name).replace(/\.(jsonl|csv)$/i, '');
  const ref = parseScopeKey(base) ?? parseScopeKey(`${base}-all`);
  if (ref) return periodOf(ref.kind, ref.end);
  const m = /^(\d{4}-\d{2})(?:(?:\.\.|_)(\d{4}-\d{2}))?$/.exec(base);
  return m ? { from: m[1], to: m[2] ?? m[1] } : null;
}

/** A CSV cell back to its value: the export's leading apostrophe on formula-like text is undone. */
function fromCsv(r: Record<string, string>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(r)) out[k] = /^'[=+\-@\t\r]/.test(v) ? v.slice(1) : v;
  return out;
}

function normalise(r: Record<string, unknown>): FigureRow {
  const value = r.value === null || r.value === '' || r.value === undefined ? null : Number(r.value);
  const suppressed = r.suppressed === null || r.suppressed === '' || r.suppressed === undefined ? null : (String(r.suppressed) as SuppressReason);
  return {
    city: String(r.city ?? ''),
    wijk_id: String(r.wijk_id ?? ''),
    provider: String(r.provider ?? 'all') as Provider,
    dimension: String(r.dimension ?? ''),
    group: String(r.group ?? ''),
    metric: String(r.metric ?? ''),
    value,
    suppressed
  };
}
