#!/usr/bin/env node
// Browser benchmark of the built site (npm run bench:browser): headless Chromium, medians over
// fresh runs (each a new browser context, so a cold cache). It builds nothing: it serves ./build
// or WW_BUILD_DIR. Timings are printed beside their targets, never turned into a pass/fail (the
// machine may be shared and noisy); the exit code is non-zero only when a step errors.
//
//   node tests/bench/browser.mjs [--runs 5] [--changes 10] [--no-import] [--no-5m] [--only load,redraw,import]
// The import files are generated once into ./bench-data/ (1M rows, about 40 MB; 5M rows).
import { createReadStream, createWriteStream, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { once } from 'node:events';
import { gunzipSync } from 'node:zlib';
import { ROOT, buildDir, checkPrerequisites, launchChromium, startStaticServer } from '../browser/harness.mjs';

const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? Number(args[i + 1]) : dflt;
};
const RUNS = opt('runs', 5);
const CHANGES = opt('changes', 10);
const onlyArg = args.indexOf('--only');
const ONLY = onlyArg >= 0 ? (args[onlyArg + 1] ?? '').split(',') : null;
const wanted = (part) => !ONLY || ONLY.includes(part);
const IMPORT = !args.includes('--no-import') && wanted('import');
const BIG = !args.includes('--no-5m');
const TARGETS = { firstChart: 1500, interactive: 4000, redraw: 150, import1m: 10_000, figuresAfterReport: 30_000 };
/** The figures the issue asks for by name, printed as one line of JSON at the end. */
const json = {};
const DRAW_TIMEOUT = 60_000;

// ---- in-page probes (an init script: it runs before the page's own scripts, whatever the CSP) ----
function probe() {
  const w = /** @type {any} */ (window);
  const state = (w.__ww = { firstChart: null, interactive: null, redraw: null, load: null, frames: { last: 0, maxGap: 0, on: false } });
  const visibleChart = () =>
    [...document.querySelectorAll('[data-chart] svg')].some((s) => {
      const r = s.getBoundingClientRect();
      return r.width > 0 && r.height > 0 && (!s.checkVisibility || s.checkVisibility({ visibilityProperty: true, opacityProperty: true }));
    });
  const drawn = () => {
    const root = document.querySelector('[data-testid^="page-"][data-drawn]');
    return !!root && root.getAttribute('data-drawn') === location.search && !document.querySelector('[aria-busy="true"]');
  };
  w.__wwDrawn = drawn;
  // Cheap checks only (no layout): they also run on every DOM mutation.
  const check = () => {
    const now = performance.now();
    if (state.interactive === null && document.querySelector('[data-testid="page-overview"][data-drawn]') && drawn()) state.interactive = now;
    const r = state.redraw;
    if (r && r.t0 !== null && r.t1 === null && location.search !== r.from && drawn()) r.t1 = now;
    const l = state.load;
    // After the load the page computes the dashboard's figures from it (figures-status).
    if (l && l.t1 !== null && l.figures === null) {
      // Each step of the progress ("maanden 8 van 24"), timed from the load report: where the wait goes.
      const said = document.querySelector('[data-testid="figures-status"] [role="status"]')?.textContent?.replace(/\s+/g, ' ').trim();
      if (said && said !== l.steps.at(-1)?.[1]) l.steps.push([Math.round(now - l.t1), said]);
      const st = document.querySelector('[data-testid="figures-status"]')?.getAttribute('data-state');
      if (st === 'ready' || st === 'failed') {
        l.figures = now;
        l.figuresState = st;
      }
    }
    if (l && l.t0 !== null && l.t1 === null) {
      const done = [...document.querySelectorAll('[data-testid="load-summary"], [data-testid="load-error"], [data-testid="mapping"]')].find((e) => !e.__wwOld);
      if (done) {
        l.t1 = now;
        l.outcome = { 'load-error': 'error', mapping: 'mapping screen', 'load-summary': 'loaded' }[done.getAttribute('data-testid')];
        l.message = (done.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 300);
      }
    }
  };
  // Attribute changes are caught when they happen; the frame loop catches visibility (layout).
  new MutationObserver(check).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-drawn', 'aria-busy', 'data-testid', 'class', 'style', 'hidden'] });
  const frame = (t) => {
    const f = state.frames;
    if (f.on) {
      if (f.last) f.maxGap = Math.max(f.maxGap, t - f.last);
      f.last = t;
    }
    // Visibility needs layout: once per frame, not per mutation. A chart seen in a frame
    // callback is painted in that frame.
    if (state.firstChart === null && visibleChart()) state.firstChart = performance.now();
    check();
    // "Blank": the page's root gone or without text while a load runs.
    const l = state.load;
    if (l && l.t0 !== null && l.t1 === null && t - (l.sampled ?? 0) > 250) {
      l.sampled = t;
      const root = document.querySelector('[data-testid^="page-"]') ?? document.querySelector('main') ?? document.body;
      const text = (root?.textContent ?? '').trim().length;
      const h = root?.getBoundingClientRect().height ?? 0;
      if (text < 20 || h < 20) l.blank = (l.blank ?? 0) + 1;
    }
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
  // The moment of the user's action: the event's own time stamp (same clock as performance.now()).
  const arm = (e) => {
    const r = state.redraw;
    if (r && r.t0 === null && r.armed) r.t0 = e.timeStamp;
    const l = state.load;
    if (l && l.t0 === null && l.armed && e.type === 'change' && e.target?.type === 'file') {
      l.t0 = e.timeStamp;
      state.frames.on = true;
      state.frames.last = 0;
      state.frames.maxGap = 0;
    }
  };
  for (const type of ['input', 'change', 'click']) addEventListener(type, arm, true);
}

// ---- helpers --------------------------------------------------------------------
const median = (xs) => {
  if (!xs.length) return null;
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const ms = (x) => (x === null || x === undefined ? '–' : x >= 10_000 ? `${(x / 1000).toFixed(1)} s` : `${Math.round(x)} ms`);
const rows = [];
const notes = [];
let failed = false;

function record(name, samples, target, extra = '', unit = ms) {
  const m = median(samples);
  rows.push({ name, n: samples.length, median: m, target, ratio: m !== null && target ? m / target : null, samples, extra, unit });
}

async function step(name, fn) {
  try {
    await fn();
  } catch (e) {
    failed = true;
    notes.push(`ERROR in ${name}: ${String(e?.message ?? e).split('\n')[0]}`);
    console.error(`! ${name}: ${e?.stack ?? e}`);
  }
}

async function newPage(browser) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.addInitScript(probe);
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(e.message));
  let crashed = false;
  page.on('crash', () => (crashed = true));
  return { context, page, problems, crashed: () => crashed };
}

/** Whether the page follows the convention (a root with data-testid="page-..."). */
const hasRoot = (page, id) => page.evaluate((id) => !!document.querySelector(`[data-testid="page-${id}"]`), id);

// ---- 1. first chart and interactive on / ---------------------------------------------
async function benchLoad(browser, origin) {
  const first = [];
  const interactive = [];
  for (let i = 0; i < RUNS; i++) {
    const { context, page } = await newPage(browser);
    try {
      await page.goto(`${origin}/`, { waitUntil: 'commit' });
      const chart = await page
        .waitForFunction(() => window.__ww.firstChart, null, { timeout: DRAW_TIMEOUT, polling: 50 })
        .then((h) => h.jsonValue())
        .catch(() => null);
      if (chart === null) {
        if (i === 0) notes.push('first chart: no visible [data-chart] svg on / within 60 s; skipped');
      } else first.push(chart);
      await page.waitForLoadState('load');
      if (!(await hasRoot(page, 'overview'))) {
        if (i === 0) notes.push('interactive: / has no [data-testid=page-overview]; skipped');
      } else {
        const t = await page.waitForFunction(() => window.__ww.interactive, null, { timeout: DRAW_TIMEOUT, polling: 50 }).then((h) => h.jsonValue());
        interactive.push(t);
      }
    } finally {
      await context.close();
    }
    if (!first.length && !interactive.length) break;
  }
  if (first.length) record('first chart visible on /', first, TARGETS.firstChart);
  if (interactive.length) record('everything interactive on /', interactive, TARGETS.interactive);
}

// ---- 2. redraw after a change of the view --------------------------------------------
/** The options a select can change to (enabled, non-empty, not the current one). */
const optionsOf = (page, sel) =>
  page.$eval(sel, (s) => ({ current: s.value, values: [...s.options].filter((o) => !o.disabled && o.value !== '').map((o) => o.value) }));

async function timeChange(page, act) {
  await page.evaluate(() => {
    window.__ww.redraw = { armed: true, t0: null, t1: null, from: location.search };
  });
  await act();
  const r = await page.waitForFunction(() => window.__ww.redraw.t1 !== null && window.__ww.redraw, null, { timeout: DRAW_TIMEOUT, polling: 20 }).then((h) => h.jsonValue());
  if (r.t0 === null) throw new Error('no input/click event seen for the change');
  return r.t1 - r.t0;
}

async function benchRedraw(browser, origin, pagePath, rootId) {
  const { context, page } = await newPage(browser);
  try {
    await page.goto(origin + pagePath);
    await page.waitForLoadState('load');
    if (!(await hasRoot(page, rootId))) {
      notes.push(`redraw on ${pagePath}: no [data-testid=page-${rootId}]; skipped`);
      return;
    }
    await page.waitForFunction(() => window.__wwDrawn(), null, { timeout: DRAW_TIMEOUT });
    const kinds = [
      { kind: 'wijk', sel: '[data-testid="select-wijk"]' },
      { kind: 'period', sel: '[data-testid="select-period"]' },
      { kind: 'end month', sel: '[data-testid="select-end"]' },
      { kind: 'provider', sel: '[data-testid="select-provider"]' }
    ];
    for (const { kind, sel } of kinds) {
      if ((await page.locator(sel).count()) === 0) {
        notes.push(`redraw on ${pagePath}: no ${sel}; ${kind} skipped`);
        continue;
      }
      const samples = [];
      for (let i = 0; i < CHANGES; i++) {
        const { current, values } = await optionsOf(page, sel);
        const others = values.filter((v) => v !== current);
        if (!others.length) {
          notes.push(`redraw on ${pagePath}: ${sel} offers nothing else to pick; ${kind} skipped`);
          break;
        }
        // Walk round the options so each change is a different view (not a cache of the last).
        const next = values[(values.indexOf(current) + 1) % values.length];
        samples.push(await timeChange(page, () => page.selectOption(sel, next)));
      }
      if (samples.length) record(`redraw on ${pagePath.split('?')[0]}: ${kind}`, samples, TARGETS.redraw);
    }
  } finally {
    await context.close();
  }
}

// ---- 3. import of a large participations file ---------------------------------------------
const DEMO = path.join(ROOT, 'data', 'demo');
const BENCH_DATA = path.join(ROOT, 'bench-data');
const readGz = (name) => gunzipSync(readFileSync(path.join(DEMO, `${name}.csv.gz`))).toString('utf8');
const column = (csv, name) => {
  const lines = csv.split(/\r?\n/).filter(Boolean);
  const i = lines[0].split(',').indexOf(name);
  return lines.slice(1).map((l) => l.split(',')[i]);
};

/**
 * A folder with the demo's tables and a participations.csv of `n` rows that only uses the
 * demo's participants, activities and months (generated once; deterministic). People mostly
 * return to a few regular activities; roles mostly participant.
 */
async function dataset(n) {
  const label = n >= 1e6 ? `${n / 1e6}m` : `${n}`;
  const dir = path.join(BENCH_DATA, label);
  const target = path.join(dir, 'participations.csv');
  if (existsSync(target)) return dir;
  mkdirSync(dir, { recursive: true });
  for (const t of ['wijken', 'population', 'participants', 'activities', 'signals']) {
    if (existsSync(path.join(DEMO, `${t}.csv.gz`))) writeFileSync(path.join(dir, `${t}.csv`), readGz(t));
  }
  const people = column(readGz('participants'), 'participant_id');
  const acts = column(readGz('activities'), 'activity_id');
  const planted = JSON.parse(readFileSync(path.join(DEMO, 'planted.json'), 'utf8'));
  const [fy, fm] = planted.months.first.split('-').map(Number);
  const [ly, lm] = planted.months.last.split('-').map(Number);
  const start = Date.UTC(fy, fm - 1, 1);
  const days = Math.round((Date.UTC(ly, lm, 1) - start) / 86_400_000);
  let a = 20260 >>> 0;
  const rnd = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const regular = people.map(() => Array.from({ length: 1 + Math.floor(rnd() * 3) }, () => acts[Math.floor(rnd() * acts.length)]));
  const tmp = `${target}.part`;
  const out = createWriteStream(tmp);
  out.write('participant_id,activity_id,date,role\n');
  let buf = '';
  for (let i = 0; i < n; i++) {
    const p = Math.floor(people.length * Math.pow(rnd(), 1.3));
    const act = rnd() < 0.7 ? regular[p][Math.floor(rnd() * regular[p].length)] : acts[Math.floor(rnd() * acts.length)];
    const date = new Date(start + Math.floor(rnd() * days) * 86_400_000).toISOString().slice(0, 10);
    const u = rnd();
    buf += `${people[p]},${act},${date},${u < 0.93 ? 'participant' : u < 0.98 ? 'volunteer' : 'co_organiser'}\n`;
    if (buf.length > 1 << 20) {
      if (!out.write(buf)) await once(out, 'drain');
      buf = '';
    }
  }
  out.end(buf);
  await once(out, 'finish');
  renameSync(tmp, target);
  return dir;
}

/** The largest resident memory of one Chromium renderer (a tab, its DuckDB worker included), in MB, now. */
function rendererRssMb() {
  let max = 0;
  for (const pid of readdirSync('/proc')) {
    if (!/^\d+$/.test(pid)) continue;
    try {
      if (!readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('--type=renderer')) continue;
      const kb = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
      max = Math.max(max, kb / 1024);
    } catch {
      // the process ended meanwhile
    }
  }
  return max;
}

async function importOnce(browser, origin, dir, timeout, { waitFigures = false } = {}) {
  const { context, page, problems, crashed } = await newPage(browser);
  let peakMb = 0;
  const sampler = setInterval(() => (peakMb = Math.max(peakMb, rendererRssMb())), 250);
  try {
    await page.goto(`${origin}/gegevens/`);
    await page.waitForLoadState('load');
    const input = page.locator('input[type="file"][data-testid="file-input"]');
    if ((await input.count()) === 0) return { skipped: 'no input[type=file][data-testid=file-input] on /gegevens/' };
    // Let whatever the page loads by itself (the demo) finish first.
    await page.waitForFunction(() => !document.querySelector('[aria-busy="true"], [data-testid="load-progress"]'), null, { timeout: DRAW_TIMEOUT }).catch(() => {});
    const multiple = await input.evaluate((e) => e.multiple);
    const files = multiple ? ['wijken', 'population', 'participants', 'activities', 'signals', 'participations'].map((t) => path.join(dir, `${t}.csv`)).filter((f) => existsSync(f)) : [path.join(dir, 'participations.csv')];
    await page.evaluate(() => {
      for (const e of document.querySelectorAll('[data-testid="load-summary"], [data-testid="load-error"], [data-testid="mapping"]')) e.__wwOld = true;
      window.__ww.load = { armed: true, t0: null, t1: null, figures: null, steps: [] };
    });
    await input.setInputFiles(files);
    const poll = Date.now();
    let state = null;
    while (Date.now() - poll < timeout) {
      if (crashed()) break;
      state = await page.evaluate(() => ({ ...window.__ww.load, maxGap: window.__ww.frames.maxGap })).catch(() => null);
      if (state?.t1 !== null && state?.t1 !== undefined) break;
      await new Promise((r) => setTimeout(r, 250));
    }
    if (crashed()) return { outcome: 'crashed', blank: true, files: files.length };
    if (!state || state.t1 === null) return { outcome: 'timeout', ms: timeout, maxGap: state?.maxGap ?? null, blank: (state?.blank ?? 0) > 0, files: files.length };
    if (state.t0 === null) throw new Error('the file input fired no change event');
    // The dashboard's figures from the import (not part of the load time; reported beside it).
    let figuresMs = null;
    let afterReportMs = null;
    let steps = [];
    if (waitFigures && state.outcome === 'loaded') {
      const f = await page
        .waitForFunction(() => window.__ww.load.figures !== null && window.__ww.load, null, { timeout, polling: 250 })
        .then((x) => x.jsonValue())
        .catch(() => null);
      if (f && f.figuresState === 'ready') (figuresMs = f.figures - f.t0), (afterReportMs = f.figures - f.t1), (steps = f.steps);
    }
    return { outcome: state.outcome, ms: state.t1 - state.t0, figuresMs, afterReportMs, steps, peakMb, maxGap: state.maxGap, blank: (state.blank ?? 0) > 0, message: state.message, files: files.length, errors: problems };
  } finally {
    clearInterval(sampler);
    await context.close();
  }
}

async function benchImport(browser, origin) {
  const dir1 = await dataset(1_000_000);
  const size = (d) => `${(statSync(path.join(d, 'participations.csv')).size / 1e6).toFixed(0)} MB`;
  const times = [];
  const gaps = [];
  const figures = [];
  const afterReport = [];
  const peaks = [];
  for (let i = 0; i < RUNS; i++) {
    // The figures after an import take minutes: timed on the first run only.
    const r = await importOnce(browser, origin, dir1, 300_000, { waitFigures: i === 0 });
    if (r.skipped) {
      notes.push(`import: ${r.skipped}; skipped`);
      return;
    }
    if (r.outcome !== 'loaded') throw new Error(`1M rows (${size(dir1)}): ${r.outcome}${r.message ? `: ${r.message}` : ''}`);
    if (r.blank) {
      notes.push(`import 1M run ${i + 1}: the page WENT BLANK during the load`);
      failed = true;
    }
    times.push(r.ms);
    gaps.push(r.maxGap);
    if (r.figuresMs !== null) (figures.push(r.figuresMs), afterReport.push(r.afterReportMs), peaks.push(r.peakMb));
    if (r.steps?.length) notes.push(`import 1M, the figures' progress after the load report: ${r.steps.map(([t, said]) => `${(t / 1000).toFixed(1)} s "${said}"`).join('; ')}`);
  }
  record(`import 1M participations (${size(dir1)})`, times, TARGETS.import1m);
  record('  longest frame gap during the 1M load', gaps, null);
  if (figures.length) {
    record('  dashboard figures ready after the 1M import (run 1)', figures, null);
    record('  ... of which after the load report', afterReport, TARGETS.figuresAfterReport);
    record('  largest tab (renderer RSS) while they compute', peaks, 2048, '', (mb) => (mb === null ? '–' : `${Math.round(mb)} MB`));
    json.own_1m_ready_ms = Math.round(figures[0]);
    json.own_1m_ready_after_report_ms = Math.round(afterReport[0]);
    json.own_1m_tab_peak_mb = Math.round(peaks[0]);
  } else notes.push('import 1M: the dashboard figures were not reported ready ([data-testid=figures-status][data-state=ready])');
  if (!BIG) return;
  const dir5 = await dataset(5_000_000);
  const r = await importOnce(browser, origin, dir5, 600_000);
  const what = r.outcome === 'loaded' ? 'loaded' : r.outcome === 'error' ? `stopped with a message: "${r.message}"` : r.outcome;
  notes.push(`import 5M participations (${size(dir5)}): ${what}${r.ms ? ` after ${ms(r.ms)}` : ''}; longest frame gap ${ms(r.maxGap)}; page ${r.blank ? 'WENT BLANK' : 'never went blank'}`);
  rows.push({ name: `import 5M participations (${size(dir5)})`, n: 1, median: r.ms ?? null, target: null, ratio: null, samples: r.ms ? [r.ms] : [], extra: what.slice(0, 60) });
  if (r.outcome === 'crashed' || r.outcome === 'timeout' || r.blank) failed = true;
}

// ---- main ---------------------------------------------------------------------------
const build = buildDir();
checkPrerequisites(build);
const server = await startStaticServer(build);
const browser = await launchChromium();
console.log(`Serving ${build} at ${server.origin}; ${RUNS} fresh runs each, ${CHANGES} changes per redraw kind.`);
try {
  if (wanted('load')) await step('first chart / interactive', () => benchLoad(browser, server.origin));
  if (wanted('redraw')) await step('redraw on /', () => benchRedraw(browser, server.origin, '/', 'overview'));
  if (wanted('redraw')) await step('redraw on /wijk/', async () => {
    let wijk = '24062W01';
    try {
      wijk = JSON.parse(readFileSync(path.join(build, 'figures', 'index.json'), 'utf8')).wijken?.[0]?.wijk_id ?? wijk;
    } catch {
      // no figures index in the build: the demo's first wijk
    }
    await benchRedraw(browser, server.origin, `/wijk/?wijk=${wijk}`, 'wijk');
  });
  if (IMPORT) await step('import', () => benchImport(browser, server.origin));
} finally {
  await browser.close().catch(() => {});
  await server.close();
}

// ---- report -------------------------------------------------------------------------
const pad = (s, n) => String(s).padEnd(n);
const lpad = (s, n) => String(s).padStart(n);
console.log('');
console.log(`${pad('measure', 58)} ${lpad('n', 3)} ${lpad('median', 9)} ${lpad('target', 9)} ${lpad('ratio', 6)}  runs`);
console.log('-'.repeat(116));
for (const r of rows) {
  const ratio = r.ratio === null ? '' : `${r.ratio.toFixed(2)}`;
  console.log(`${pad(r.name, 58)} ${lpad(r.n, 3)} ${lpad(r.unit(r.median), 9)} ${lpad(r.target ? `≤ ${r.unit(r.target)}` : '', 9)} ${lpad(ratio, 6)}  ${r.samples.map((x) => Math.round(x)).join(' ')}${r.extra ? `  ${r.extra}` : ''}`);
}
if (notes.length) {
  console.log('');
  for (const n of notes) console.log(`note: ${n}`);
}
console.log('');
console.log('ratio = median / target (below 1 meets the target). Headless Chromium; timings vary with the machine\'s load.');
if (Object.keys(json).length) console.log(JSON.stringify(json));
process.exit(failed ? 1 : 0);
