/**
 * The demo data set the first page loads: data/demo/*.csv.gz, emitted by Vite as
 * assets of the build (served by the site itself, never from elsewhere). Each file
 * is imported with `?url&no-inline` (never inlined as a data: URL, however small); the glob keeps the build working while a file is absent,
 * and the page reports a missing required table through the loader.
 */
import { DEMO_URLS as urls } from './demo-files';
import demoSecretText from '../../data/demo.secret?raw';

export interface DemoFile {
  /** Canonical file name, e.g. 'participations.csv.gz': the loader recognises the table from it. */
  name: string;
  url: string;
}

/** Loading order: reference tables first, the large participations file last. */
const ORDER = ['wijken', 'population', 'participants', 'activities', 'participations', 'signals'];
const rank = (name: string) => {
  const i = ORDER.indexOf(name.replace(/\.csv\.gz$/, ''));
  return i < 0 ? ORDER.length : i;
};

export const DEMO_FILES: DemoFile[] = Object.entries(urls)
  .map(([path, url]) => ({ name: path.slice(path.lastIndexOf('/') + 1), url }))
  .sort((a, b) => rank(a.name) - rank(b.name) || a.name.localeCompare(b.name));

/**
 * Fetched bytes as the loader needs them. A server that adds `Content-Encoding: gzip`
 * makes the browser hand over the already-decompressed CSV: then the bytes do not start
 * with the gzip magic number 1f 8b, and the file is passed on as plain CSV (name without .gz).
 */
export function asLoaderFile(name: string, bytes: Uint8Array): { name: string; bytes: Uint8Array } {
  const gzipped = bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
  if (name.endsWith('.gz') && !gzipped) return { name: name.slice(0, -3), bytes };
  return { name, bytes };
}

/**
 * The demo's public secret (data/demo.secret): the demo's rows loaded in the browser then give
 * the figures the site ships, noise included. Public on purpose; never used for other data.
 */
export const DEMO_SECRET: Uint8Array = new TextEncoder().encode(demoSecretText.trim());
