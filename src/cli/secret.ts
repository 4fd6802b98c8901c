/**
 * The deployment secret behind the record keys (METRICS.md, Disclosure control), read from
 * a file the way the pseudonymisation passphrase is: never from the command line, where other
 * users of the machine can read process arguments. One owner for every command that
 * publishes figures (metrics, figures, build:publish).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** The fictional demo's secret: public on purpose, so the demo site can be rebuilt by anyone. */
export const DEMO_SECRET_FILE = resolve(import.meta.dirname, '../../data/demo.secret');
const DEMO_DATA = resolve(import.meta.dirname, '../../data/demo');

/** A secret shorter than this is too easy to guess. */
export const MIN_SECRET_BYTES = 16;

export const SECRET_HELP =
  'Make one once and keep it with the export, readable only by you, e.g.:\n' +
  '  node -e "console.log(require(\'crypto\').randomBytes(32).toString(\'hex\'))" > wijkweefsel.secret\n' +
  'and pass it with --secret-file wijkweefsel.secret. Use the same file every month: the same secret keeps the noise of a figure the same every time it is published.';

/**
 * The secret in `file` (its text, surrounding white space removed), or an Error whose
 * message says what to do. Refuses a missing, unreadable, empty or short file, and the demo's
 * public secret for any data but the demo's.
 */
export function readSecretFile(file: string | undefined, dataDir: string): Uint8Array | Error {
  if (!file) return new Error(`--secret-file is missing: figures are published with cell-key noise, which needs a secret of your own.\n${SECRET_HELP}`);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    return new Error(`--secret-file ${file}: cannot be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}).\n${SECRET_HELP}`);
  }
  const secret = new TextEncoder().encode(text.trim());
  if (secret.length === 0) return new Error(`--secret-file ${file}: the file is empty.\n${SECRET_HELP}`);
  if (secret.length < MIN_SECRET_BYTES) return new Error(`--secret-file ${file}: the secret is ${secret.length} bytes; it needs at least ${MIN_SECRET_BYTES}.\n${SECRET_HELP}`);
  const demo = readFileSync(DEMO_SECRET_FILE, 'utf8').trim();
  if (text.trim() === demo && resolve(dataDir) !== DEMO_DATA) {
    return new Error(`--secret-file ${file}: this is the demo's public secret; anyone could take the noise off your figures with it.\n${SECRET_HELP}`);
  }
  return secret;
}
