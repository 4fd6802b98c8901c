import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { COLUMNS, generateDemo, type DemoOptions, type DemoTable } from './generate';
import { describePlanted, type PlantedFile } from './planted';
import { writeGzCsv } from './writer';

export interface RunResult {
  files: Array<{ file: string; rows: number; bytes: number }>;
  planted: PlantedFile;
}

/** Generate the demo and write the six gzip CSV files and planted.json into `out`. */
export function runDemoData(options: DemoOptions, out: string): RunResult {
  const data = generateDemo(options);
  mkdirSync(out, { recursive: true });
  const files: RunResult['files'] = [];
  for (const table of Object.keys(COLUMNS) as DemoTable[]) {
    const file = `${table}.csv.gz`;
    const bytes = writeGzCsv(out, file, COLUMNS[table], data.tables[table]);
    files.push({ file, rows: data.tables[table].length, bytes });
  }
  const planted = describePlanted(data);
  const json = JSON.stringify(planted, null, 2) + '\n';
  writeFileSync(join(out, 'planted.json'), json);
  files.push({ file: 'planted.json', rows: planted.patterns.length, bytes: Buffer.byteLength(json) });
  return { files, planted };
}
