import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { InputFile } from '../lib/load';

/** The export files in a folder (CSV, CSV.gz, TXT, Parquet, XLSX), as the loader takes them. */
export function readExportFolder(dir: string): InputFile[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    throw new Error(`${dir}: no such folder. Pass the folder that holds the export files with --data.`);
  }
  return names
    .filter((n) => (/\.(csv|txt|parquet|pq)(\.gz)?$/i.test(n) || /\.xlsx$/i.test(n)) && !n.startsWith('~$') && statSync(join(dir, n)).isFile())
    .sort()
    .map((n) => ({ name: n, bytes: new Uint8Array(readFileSync(join(dir, n))) }));
}
