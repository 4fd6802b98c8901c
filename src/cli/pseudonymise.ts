/**
 * npm run pseudonymise -- --in FILE --map MAPPING.json --out DIR [--wijken-table FILE] [--passphrase-file FILE]
 *
 * Turns a partner's raw registration file into participants.csv and participations.csv
 * of DATA-FORMAT.md (issue 6). The passphrase comes from --passphrase-file or the
 * environment variable WIJKWEEFSEL_PASSPHRASE, never from the command line: other users
 * of the machine can read a process's arguments. Same construction as the page
 * (src/lib/pseudonymise/key.ts), here with node:crypto.
 */
import { parseArgs } from 'node:util';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readCsv } from '../lib/pseudonymise/csv';
import { GuardError } from '../lib/pseudonymise/guard';
import { nodePseudonymiser } from '../lib/pseudonymise/node';
import { outputsToCsv, transform, type Mapping } from '../lib/pseudonymise/transform';
import { readWijkTable } from '../lib/pseudonymise/wijken';

const USAGE =
  'usage: npm run pseudonymise -- --in FILE --map MAPPING.json --out DIR [--wijken-table FILE] [--passphrase-file FILE]\n' +
  '       (or the passphrase in the environment variable WIJKWEEFSEL_PASSPHRASE)';

function fail(message: string, code = 2): never {
  process.stderr.write(`${message}\n`);
  process.exit(code);
}

function readBytes(file: string, what: string): Uint8Array {
  try {
    return new Uint8Array(readFileSync(file));
  } catch {
    fail(`${file}: cannot read the ${what}.`);
  }
}

async function main() {
  if (process.argv.some((a) => a === '--passphrase' || a.startsWith('--passphrase='))) {
    fail('--passphrase is not accepted: other users of this machine can read command-line arguments. Put the passphrase in a file (--passphrase-file) or in WIJKWEEFSEL_PASSPHRASE.');
  }
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        in: { type: 'string' }, map: { type: 'string' }, out: { type: 'string' },
        'wijken-table': { type: 'string' }, 'passphrase-file': { type: 'string' }
      }
    }));
  } catch (e) {
    fail(`${(e as Error).message}\n${USAGE}`);
  }
  if (!values.in || !values.map || !values.out) fail(`--in, --map and --out are required.\n${USAGE}`);

  let passphrase: string;
  if (values['passphrase-file']) {
    passphrase = new TextDecoder().decode(readBytes(values['passphrase-file'], 'passphrase file')).replace(/\r?\n$/, '');
  } else if (process.env.WIJKWEEFSEL_PASSPHRASE) {
    passphrase = process.env.WIJKWEEFSEL_PASSPHRASE;
  } else {
    fail(`No passphrase: give --passphrase-file FILE or set WIJKWEEFSEL_PASSPHRASE.\n${USAGE}`);
  }

  let mapping: Mapping;
  try {
    mapping = JSON.parse(new TextDecoder().decode(readBytes(values.map, 'mapping')));
  } catch (e) {
    fail(`${values.map}: not valid JSON (${(e as Error).message}).`);
  }
  if (!mapping || typeof mapping !== 'object' || Array.isArray(mapping)) fail(`${values.map}: the mapping must be a JSON object.`);

  try {
    const table = readCsv(values.in, readBytes(values.in, 'input file'));
    const wijken = values['wijken-table'] ? readWijkTable(values['wijken-table'], readBytes(values['wijken-table'], 'wijk table')) : null;
    const pseudonymiser = nodePseudonymiser(passphrase);
    const result = await transform(table, mapping, pseudonymiser, wijken);
    const files = outputsToCsv(result);
    mkdirSync(values.out, { recursive: true });
    for (const [name, text] of Object.entries(files)) writeFileSync(join(values.out, name), text);
    const s = result.stats;
    process.stderr.write(
      `${values.in}: ${s.rows} rows read, ${s.participations} participations written, ${result.rejected.length} rejected; ` +
        `${s.participants} participants (${s.unknownWijk} without a wijk, ${s.unknownAge} without an age band; ages on ${result.referenceDate || '-'}).\n`
    );
    for (const r of result.rejected.slice(0, 20)) process.stderr.write(`  rejected line ${r.line}: ${r.reason}\n`);
    if (result.rejected.length > 20) process.stderr.write(`  ... and ${result.rejected.length - 20} more rejected rows\n`);
    process.stderr.write(`written: ${join(values.out, 'participants.csv')}, ${join(values.out, 'participations.csv')}\n`);
  } catch (e) {
    fail(e instanceof GuardError ? e.message : (e as Error).message, e instanceof GuardError ? 3 : 2);
  }
}

void main();
