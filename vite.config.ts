import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

// A published build (npm run build:publish) must not carry the demo's row-level files.
const published = process.env.VITE_WW_PUBLISHED === '1';

export default defineConfig({
  plugins: [sveltekit()],
  resolve: {
    alias: published ? [{ find: /^\.\/demo-files$/, replacement: fileURLToPath(new URL('./src/lib/demo-files.published.ts', import.meta.url)) }] : []
  },
  // DuckDB's worker scripts are loaded by URL, never pre-bundled.
  optimizeDeps: { exclude: ['@duckdb/duckdb-wasm'] },
  build: { chunkSizeWarningLimit: 2000 },
  test: {
    include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts', 'tests/audit/**/*.test.ts'],
    environment: 'node',
    // Golden files and month arithmetic must not depend on the machine's zone.
    env: { TZ: 'Europe/Brussels' },
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks'
  }
});
