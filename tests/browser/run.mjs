// End-to-end tests of the built site in Debian's Chromium, driven by playwright-core.
// Runs every journey in tests/browser/journeys/*.mjs (sorted by name; `--only a,b` picks some),
// then checks that no request of any journey left the test server's origin.
// The built folder is WW_BUILD_DIR or ./build; ONLY=text runs just the tests whose name contains it.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createHarness } from './harness.mjs';

const DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'journeys');

function parseOnly(argv) {
  const i = argv.findIndex((a) => a === '--only' || a.startsWith('--only='));
  if (i < 0) return null;
  const value = argv[i].includes('=') ? argv[i].slice(argv[i].indexOf('=') + 1) : argv[i + 1];
  if (!value) {
    console.error('--only needs a comma-separated list of journey names');
    process.exit(2);
  }
  return value.split(',').map((s) => s.trim().replace(/\.mjs$/, '')).filter(Boolean);
}

const all = readdirSync(DIR).filter((f) => f.endsWith('.mjs')).map((f) => f.slice(0, -4)).sort();
const only = parseOnly(process.argv.slice(2));
const unknown = (only ?? []).filter((n) => !all.includes(n));
if (unknown.length) {
  console.error(`no such journey: ${unknown.join(', ')} (there are: ${all.join(', ')})`);
  process.exit(2);
}
const journeys = only ? all.filter((n) => only.includes(n)) : all;

const h = await createHarness();
const t0 = Date.now();
try {
  for (const name of journeys) {
    h.setJourney(name);
    console.log(`# ${name}`);
    try {
      const mod = await import(pathToFileURL(path.join(DIR, `${name}.mjs`)).href);
      await mod.default(h);
    } catch (e) {
      // A journey that throws outside a test counts as one failed test.
      h.results.push({ name: `${name}: (journey stopped)`, ok: false });
      console.log(`not ok - ${name}: (journey stopped)\n  ${String(e?.stack ?? e).split('\n').join('\n  ')}`);
    }
  }
  h.setJourney('');
  await h.test("(c) no request of any journey leaves the test server's origin", async () => {
    const foreign = h.foreignRequests();
    h.assert(h.allRequests.length > 0, 'requests were recorded');
    h.assert(foreign.length === 0, `requests to other hosts:\n${[...new Set(foreign.map((r) => `${r.journey}: ${r.url}`))].join('\n')}`);
  });
} finally {
  await h.close();
}
console.log(`(${Date.now() - t0} ms in all)`);
const { failed } = h.summary();
process.exit(failed === 0 ? 0 : 1);
