/**
 * The deployment secret of cell-key perturbation (METRICS.md "Record key"): a file the
 * city keeps beside its export, like the pseudonymisation passphrase. The command line
 * refuses to publish without one rather than fall back to no secret.
 */
import { readFileSync, statSync } from 'node:fs';
import { resolve, sep } from 'node:path';
import { MIN_K } from '../lib/metrics/types';

/**
 * Whether `npm run figures` takes --secret-file and --unsafe-no-perturbation yet. The
 * perturbation lands in the metric engine separately (issue 11); until then build:publish
 * checks the secret but cannot hand it on, and the auditor's tests expect today's
 * unperturbed figures. Set to true when the engine perturbs.
 */
export const PERTURBATION_LANDED = false;

/** Fewer bytes than this is not a secret anyone should rely on. */
export const MIN_SECRET_BYTES = 16;

const HOW = 'Make one once, e.g. `node -e "console.log(require(\'crypto\').randomBytes(32).toString(\'hex\'))" > secret.txt`, keep it with the export (never in the site), and pass --secret-file secret.txt every time: the same secret gives the same noise every month.';

/** The deployment secret as the record keys use it, and as text for the search of a build. */
export interface DeploymentSecret {
  /** The file's bytes without surrounding whitespace (a trailing newline from an editor or echo changes nothing). */
  bytes: Uint8Array;
  /** The same as UTF-8 text: what must appear in no published file. */
  text: string;
}

const isSpace = (b: number) => b === 0x20 || b === 0x09 || b === 0x0a || b === 0x0d;

/** The secret file, or an Error whose message says what to do. The one reader of it, for every command. */
export function readSecretFile(path: string | undefined, opts: { outside?: string[] } = {}): DeploymentSecret | Error {
  if (!path) return new Error(`--secret-file FILE is required: the deployment secret for the record keys of the perturbation (METRICS.md). ${HOW}`);
  let raw: Uint8Array;
  try {
    if (!statSync(path).isFile()) return new Error(`--secret-file ${path}: not a file. ${HOW}`);
    raw = new Uint8Array(readFileSync(path));
  } catch (e) {
    return new Error(`--secret-file ${path}: cannot be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}). Check the path and that this user may read it. ${HOW}`);
  }
  let a = 0;
  let b = raw.length;
  while (a < b && isSpace(raw[a])) a++;
  while (b > a && isSpace(raw[b - 1])) b--;
  const bytes = raw.slice(a, b);
  if (!bytes.length) return new Error(`--secret-file ${path} is empty. ${HOW}`);
  if (bytes.length < MIN_SECRET_BYTES) return new Error(`--secret-file ${path} holds ${bytes.length} bytes; a secret needs at least ${MIN_SECRET_BYTES}. ${HOW}`);
  const full = resolve(path);
  for (const dir of opts.outside ?? []) {
    const d = resolve(dir);
    if (full === d || full.startsWith(d + sep)) return new Error(`--secret-file ${path} lies inside ${dir}, which is published. Keep the secret outside the site's folders.`);
  }
  return { bytes, text: new TextDecoder().decode(bytes) };
}

/** A threshold from the command line, or an Error that says what to do. */
export function parseK(value: string | undefined): number | Error {
  const k = Number(value);
  if (!Number.isInteger(k) || k < MIN_K) {
    return new Error(`--k ${value}: the threshold must be a whole number of at least ${MIN_K} (METRICS.md: a deployment may raise k, never lower it below ${MIN_K}). Leave --k out for the default 5.`);
  }
  return k;
}
