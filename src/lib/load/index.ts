// Placeholder until the loader lands: the API the site and the command line call.
import type { Engine } from '../engine/types';
import type { LoadProgress, LoadReport } from './report';
export type { LoadReport, FileReport, RejectedRow, LoadProgress } from './report';
export { LoadError } from './report';

export interface InputFile {
  name: string;
  bytes: Uint8Array;
}

/**
 * Load export files (CSV, CSV.gz, Parquet) into the canonical tables, applying
 * DATA-FORMAT.md's rules; the table each file holds is recognised from its name
 * (participations.csv, participations.csv.gz, ...) or, failing that, its header.
 */
export async function loadExport(
  engine: Engine,
  files: InputFile[],
  opts: { onProgress?: (p: LoadProgress) => void } = {}
): Promise<LoadReport> {
  void engine; void files; void opts;
  throw new Error('not implemented yet');
}
