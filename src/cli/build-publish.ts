/**
 * npm run build:publish -- --data DIR --secret-file FILE [--out build] [--k 5] [--cap 40]
 *
 * Builds a site for aldermen and the public that ships only the aggregate figures of the
 * export in DIR after disclosure control (computed by the metric engine, as `npm run
 * figures`, perturbed with the deployment secret in FILE) and no row about any person: no
 * demo files, no participation files. Before it finishes it searches every built file for
 * the export's pseudonyms, the secret and row-level files, and refuses (exit 1, the
 * folder removed) if it finds one. Works on a fresh clone (it syncs SvelteKit first).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createNodeEngine } from '../lib/engine/node';
import { loadExport } from '../lib/load';
import { readExportFolder } from './read-folder';
import { findLeaks } from './publish-check';
import { parseK, readSecretFile, type DeploymentSecret } from './secret';

const USAGE = 'usage: npm run build:publish -- --data DIR --secret-file FILE [--out build] [--k 5] [--cap 40]';
const fail = (m: string): never => {
  process.stderr.write(`${m}\n`);
  process.exit(1);
};

function run(cmd: string, args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (r.status !== 0) fail(`build:publish: ${cmd} ${args.join(' ')} failed`);
}

/** Every pseudonym of the export: what must never appear in the published folder. */
async function pseudonyms(dir: string): Promise<string[]> {
  const engine = await createNodeEngine();
  try {
    await loadExport(engine, readExportFolder(dir));
    const rows = await engine.query<{ id: string }>('SELECT DISTINCT participant_id AS id FROM participants');
    return rows.map((r) => r.id);
  } finally {
    await engine.close();
  }
}

async function main() {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        data: { type: 'string' },
        out: { type: 'string', default: 'build' },
        k: { type: 'string', default: '5' },
        cap: { type: 'string', default: '40' },
        'secret-file': { type: 'string' }
      }
    }));
  } catch (e) {
    return fail(`${(e as Error).message}\n${USAGE}`);
  }
  if (!values.data) fail(USAGE);
  const k = parseK(values.k);
  if (k instanceof Error) fail(k.message);
  const data = resolve(values.data!);
  const out = resolve(values.out!);
  if (!existsSync(data)) fail(`${values.data}: no such folder.`);
  const secret = readSecretFile(values['secret-file'], { data, outside: [out, 'static', 'build'] });
  if (secret instanceof Error) fail(`build:publish refused: ${secret.message}`);
  const figuresDir = resolve('node_modules/.cache/wijkweefsel/published-figures');
  const perturb = ['--secret-file', resolve(values['secret-file']!)];
  run(process.execPath, [...process.execArgv, join(import.meta.dirname, 'figures.ts'), '--data', data, '--out', figuresDir, '--k', String(k), '--cap', values.cap!, ...perturb]);
  // A fresh clone has no .svelte-kit yet, and tsconfig.json extends the one sync writes there.
  run('npx', ['svelte-kit', 'sync']);
  run('npx', ['vite', 'build'], { VITE_WW_PUBLISHED: '1', WW_FIGURES_DIR: figuresDir, WW_BUILD_DIR: out, WW_KIT_DIR: resolve('node_modules/.cache/wijkweefsel/kit-published') });
  // The build copied static/ (with the demo's figures); ship the city's figures instead.
  rmSync(join(out, 'figures'), { recursive: true, force: true });
  cpSync(figuresDir, join(out, 'figures'), { recursive: true, filter: (src) => !src.endsWith('.inputs-sha256') });
  const leaks = findLeaks(out, await pseudonyms(data), { secrets: [(secret as DeploymentSecret).text] });
  if (leaks.length) {
    rmSync(out, { recursive: true, force: true });
    fail(`build:publish refused: the build would publish row-level data or the secret.\n${leaks.slice(0, 20).join('\n')}`);
  }
  process.stderr.write(`build:publish: ${out} holds aggregate figures only (checked for ${values.data}'s pseudonyms)\n`);
}

main().catch((e) => fail(String((e as Error).stack ?? e)));
