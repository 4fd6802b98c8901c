// What every browser journey (and the browser benchmark) shares: a static server over the
// built site, Debian's Chromium driven by playwright-core, pages that record every request
// (the worker's too) and every console/page error, and a tiny test/assert/summary runner.
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const CHROMIUM = '/usr/bin/chromium';
/** How long a page may take to load the demo data into DuckDB-WASM on a busy machine. */
export const LOAD_TIMEOUT = 120_000;

/** The folder to serve: WW_BUILD_DIR (relative to the repo) or ./build. */
export function buildDir() {
  return path.resolve(ROOT, process.env.WW_BUILD_DIR ?? 'build');
}

/** Exits with a clear message when Chromium or the build is missing (nothing is built here). */
export function checkPrerequisites(build = buildDir()) {
  if (!existsSync(CHROMIUM)) {
    console.error(`Chromium not found at ${CHROMIUM}. Install it with: apt-get install -y chromium`);
    process.exit(1);
  }
  if (!existsSync(path.join(build, 'index.html'))) {
    console.error(`${path.join(build, 'index.html')} missing: build the site first (npm run build, or set WW_BUILD_DIR to a built folder).`);
    process.exit(1);
  }
}

// ---- static server -----------------------------------------------------------
const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'application/javascript; charset=utf-8',
  '.mjs': 'application/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.wasm': 'application/wasm',
  '.gz': 'application/gzip',
  '.csv': 'text/csv; charset=utf-8',
  '.parquet': 'application/octet-stream',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.woff2': 'font/woff2'
};

/**
 * Serves `dir` on 127.0.0.1 at a free port. Deliberately no Content-Encoding: .gz files
 * are served as the gzip bytes they are (as a plain static host does).
 */
export async function startStaticServer(dir = buildDir()) {
  const root = path.resolve(dir);
  const server = createServer((req, res) => {
    let pathname;
    try {
      pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    } catch {
      res.writeHead(400).end();
      return;
    }
    let file = path.normalize(path.join(root, pathname));
    if (file !== root && !file.startsWith(root + path.sep)) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = path.join(file, 'index.html');
    if (!existsSync(file)) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const body = readFileSync(file);
    res.writeHead(200, {
      'content-type': MIME[path.extname(file)] ?? 'application/octet-stream',
      'content-length': body.length,
      'cache-control': 'no-store'
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const addr = server.address();
  const origin = `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}`;
  return { origin, close: () => new Promise((resolve) => server.close(() => resolve(undefined))) };
}

export function launchChromium() {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-quic']
  });
}

/**
 * Waits until the page's root element says it has drawn the current view
 * (`data-drawn` = location.search, no aria-busy). Pages without `data-drawn` (still being
 * built, or without charts) fall back to network idle. Returns true when data-drawn was seen.
 */
export async function waitForDrawn(page, { timeout = 30_000 } = {}) {
  // A page that follows the convention shows it by its root's attributes (aria-busy from the start).
  const hasDrawn = await page.evaluate(() => !!document.querySelector('[data-testid^="page-"][data-drawn], [data-testid^="page-"][aria-busy]'));
  try {
    await page.waitForFunction(
      () => {
        const root = document.querySelector('[data-testid^="page-"][data-drawn]');
        return !!root && root.getAttribute('data-drawn') === location.search && !document.querySelector('[aria-busy="true"]');
      },
      null,
      { timeout: hasDrawn ? timeout : Math.min(timeout, 3000) }
    );
    return true;
  } catch (e) {
    if (hasDrawn) throw new Error(`the page did not reach data-drawn="${await page.evaluate(() => location.search)}" within ${timeout} ms`);
    await page.waitForLoadState('networkidle', { timeout }).catch(() => {});
    return false;
  }
}

/**
 * Starts the server and the browser and returns `h`, the object every journey receives:
 * { origin, root, build, browser, openPage, test, assert, waitForLoad, waitForDrawn, results, allRequests }.
 */
export async function createHarness({ build = buildDir(), testFilter = process.env.ONLY } = {}) {
  checkPrerequisites(build);
  const server = await startStaticServer(build);
  const browser = await launchChromium();
  const origin = server.origin;
  const allRequests = [];
  const results = [];
  const contexts = new Set();
  let journey = '';

  /**
   * A fresh browser context with one page. `requests` holds every URL it asked for
   * (the context sees the page's and its workers' requests); `problems` (alias `errors`)
   * every console.error, page error and worker console.error.
   */
  async function openPage(contextOptions = {}) {
    const context = await browser.newContext(contextOptions);
    contexts.add(context);
    context.on('close', () => contexts.delete(context));
    const requests = [];
    const problems = [];
    const record = (r) => {
      requests.push(r.url());
      allRequests.push({ url: r.url(), journey });
    };
    context.on('request', record);
    const page = await context.newPage();
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(`console.error: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    page.on('worker', (w) => w.on('console', (m) => m.type() === 'error' && problems.push(`worker console.error: ${m.text()}`)));
    return { context, page, requests, problems, errors: problems };
  }

  async function test(name, fn) {
    // ONLY=text runs just the tests whose name contains it (for working on one test).
    if (testFilter && !name.includes(testFilter)) return;
    const full = journey ? `${journey}: ${name}` : name;
    try {
      await fn();
      results.push({ name: full, ok: true });
      console.log(`ok - ${full}`);
    } catch (e) {
      results.push({ name: full, ok: false });
      console.log(`not ok - ${full}\n  ${String(e?.stack ?? e).split('\n').join('\n  ')}`);
    }
  }

  function assert(cond, msg) {
    if (!cond) throw new Error(msg);
  }

  /** Waits for the import page's loaded state; a load error fails with the page's own message. */
  async function waitForLoad(page, timeout = LOAD_TIMEOUT) {
    await page.waitForSelector('[data-testid="load-summary"], [data-testid="load-error"]', { timeout });
    const err = await page.$('[data-testid="load-error"]');
    if (err) throw new Error(`page shows a load error: ${(await err.innerText()).replace(/\s+/g, ' ')}`);
  }

  /** Requests (across every journey so far) whose origin is not the test server's. */
  function foreignRequests() {
    return allRequests.filter(({ url }) => !url.startsWith('data:') && !url.startsWith('blob:') && new URL(url).origin !== origin);
  }

  async function close() {
    for (const c of [...contexts]) await c.close().catch(() => {});
    await browser.close().catch(() => {});
    await server.close();
  }

  function summary() {
    const passed = results.filter((r) => r.ok).length;
    const failed = results.length - passed;
    console.log(`${passed} passed, ${failed} failed`);
    return { passed, failed };
  }

  return {
    origin,
    root: ROOT,
    build,
    browser,
    openPage,
    test,
    assert,
    waitForLoad,
    waitForDrawn,
    foreignRequests,
    results,
    allRequests,
    LOAD_TIMEOUT,
    setJourney: (name) => (journey = name),
    close,
    summary
  };
}
