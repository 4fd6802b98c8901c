/**
 * The deployment secret behind the record keys (METRICS.md, Disclosure control), read from
 * a file the way the pseudonymisation passphrase is: never from the command line, where other
 * users of the machine can read process arguments. One owner for every command that
 * publishes figures (metrics, figures, build:publish).
 */
import { readFileSync, statSync } from 'node:fs';
import { resolve, sep } from 'node:path';
import { MIN_K } from '../lib/metrics/types';

/** The fictional demo's secret: public on purpose, so the demo site can be rebuilt by anyone. */
export const DEMO_SECRET_FILE = resolve(import.meta.dirname, '../../data/demo.secret');
const DEMO_DATA = resolve(import.meta.dirname, '../../data/demo');

/** A secret shorter than this is too easy to guess. */
export const MIN_SECRET_BYTES = 16;

export const SECRET_HELP =
  'Make one once and keep it with the export (never in the site), readable only by you, e.g.:\n' +
  '  node -e "console.log(require(\'crypto\').randomBytes(32).toString(\'hex\'))" > wijkweefsel.secret\n' +
  'and pass it with --secret-file wijkweefsel.secret. Use the same file every month: the same secret keeps the noise of a figure the same every time it is published.';

/** The deployment secret as the record keys use it, and as text for the search of a build. */
export interface DeploymentSecret {
  /** The file's bytes without surrounding white space (a trailing newline from an editor or echo changes nothing). */
  bytes: Uint8Array;
  /** The same as UTF-8 text: what must appear in no published file. */
  text: string;
}

export interface SecretChecks {
  /** The export the secret perturbs: the demo's public secret is refused for any other. */
  data?: string;
  /** Published folders the file must not lie in. */
  outside?: string[];
}

const isSpace = (b: number) => b === 0x20 || b === 0x09 || b === 0x0a || b === 0x0d;

/**
 * The secret in `path`, or an Error whose message says what to do. Refuses a missing,
 * unreadable, empty or short file, one inside a published folder, and the demo's public
 * secret for any data but the demo's.
 */
export function readSecretFile(path: string | undefined, checks: SecretChecks = {}): DeploymentSecret | Error {
  if (!path) return new Error(`--secret-file FILE is required: figures are published with cell-key noise (METRICS.md), which needs a secret of your own.\n${SECRET_HELP}`);
  let raw: Uint8Array;
  try {
    if (!statSync(path).isFile()) return new Error(`--secret-file ${path}: not a file.\n${SECRET_HELP}`);
    raw = new Uint8Array(readFileSync(path));
  } catch (e) {
    return new Error(`--secret-file ${path}: cannot be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}). Check the path and that this user may read it.\n${SECRET_HELP}`);
  }
  let a = 0;
  let b = raw.length;
  while (a < b && isSpace(raw[a])) a++;
  while (b > a && isSpace(raw[b - 1])) b--;
  const bytes = raw.slice(a, b);
  if (!bytes.length) return new Error(`--secret-file ${path} is empty.\n${SECRET_HELP}`);
  if (bytes.length < MIN_SECRET_BYTES) return new Error(`--secret-file ${path} holds ${bytes.length} bytes; a secret needs at least ${MIN_SECRET_BYTES}.\n${SECRET_HELP}`);
  const full = resolve(path);
  for (const dir of checks.outside ?? []) {
    const d = resolve(dir);
    if (full === d || full.startsWith(d + sep)) return new Error(`--secret-file ${path} lies inside ${dir}, which is published. Keep the secret outside the site's folders.`);
  }
  const text = new TextDecoder().decode(bytes);
  if (checks.data !== undefined && resolve(checks.data) !== DEMO_DATA && text === readFileSync(DEMO_SECRET_FILE, 'utf8').trim()) {
    return new Error(`--secret-file ${path}: this is the demo's public secret; anyone could take the noise off your figures with it.\n${SECRET_HELP}`);
  }
  return { bytes, text };
}

/** A threshold from the command line, or an Error that says what to do. */
export function parseK(value: string | undefined): number | Error {
  const k = Number(value);
  if (!Number.isInteger(k) || k < MIN_K) {
    return new Error(`--k ${value}: the threshold must be a whole number of at least ${MIN_K} (METRICS.md: a deployment may raise k, never lower it below ${MIN_K}). Leave --k out for the default 5.`);
  }
  return k;
}
