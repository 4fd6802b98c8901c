import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [sveltekit()],
  // DuckDB's worker scripts are loaded by URL, never pre-bundled.
  optimizeDeps: { exclude: ['@duckdb/duckdb-wasm'] },
  build: { chunkSizeWarningLimit: 2000 },
  test: {
    include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts'],
    environment: 'node',
    // Golden files and month arithmetic must not depend on the machine's zone.
    env: { TZ: 'Europe/Brussels' },
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks'
  }
});
