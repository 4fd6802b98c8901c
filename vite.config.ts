import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

// A published build (npm run build:publish) must not carry the demo's row-level files.
const published = process.env.VITE_WW_PUBLISHED === '1';

/** Tests that start DuckDB or a command, property tests over the engine, and server-side renders. */
const INTEGRATION = [
  'tests/unit/**/*.test.ts',
  'tests/audit/**/*.test.ts',
  'src/lib/engine/columns.test.ts',
  'src/lib/metrics/**/*.test.ts',
  'src/lib/load/**/*.test.ts',
  'src/lib/cube/engine-source.test.ts',
  'src/lib/data/stop.test.ts',
  'src/lib/data/store/store.test.ts',
  'src/lib/data/store/tables.test.ts',
  'src/lib/engine/arrow-ipc.test.ts',
  'src/lib/words/load.test.ts',
  'src/lib/wijk/sections-render.test.ts'
];

export default defineConfig({
  plugins: [sveltekit()],
  resolve: {
    alias: published ? [{ find: /^\.\/demo-files$/, replacement: fileURLToPath(new URL('./src/lib/demo-files.published.ts', import.meta.url)) }] : []
  },
  // DuckDB's worker scripts are loaded by URL, never pre-bundled.
  optimizeDeps: { exclude: ['@duckdb/duckdb-wasm'] },
  build: { chunkSizeWarningLimit: 2000 },
  test: {
    // Golden files and month arithmetic must not depend on the machine's zone.
    env: { TZ: 'Europe/Brussels' },
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // Both cores (vitest's default leaves one free): the integration files wait on DuckDB and on
    // commands they start, and CI measured 581 s with one worker against 396 s with two.
    maxWorkers: 2,
    projects: [
      {
        // Plain functions and view-models: fast, no engine, no built figures. Compiled and
        // resolved as for the browser, so runes react and effects run as in the page. One
        // module graph for all files (isolate: false): importing it per file cost most of the time.
        extends: true,
        resolve: { conditions: ['browser'] },
        test: { name: 'unit', include: ['src/**/*.test.ts'], exclude: INTEGRATION, environment: './tests/env/svelte-client.ts', pool: 'threads', isolate: false }
      },
      {
        // What starts DuckDB or a command, the property tests, and components rendered on the server.
        // Commands started in parallel on a shared 2-core machine can take minutes each.
        extends: true,
        test: { name: 'integration', include: INTEGRATION, environment: 'node', testTimeout: 300_000, hookTimeout: 300_000 }
      }
    ]
  }
});
