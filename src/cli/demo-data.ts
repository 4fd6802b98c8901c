/**
 * npm run demo-data [-- --seed S --end YYYY-MM --out DIR --scale X]
 *
 * Writes the synthetic demo data set (data/demo by default): six gzip CSV files in the
 * export format and planted.json, the patterns the dashboard must reveal. Same options,
 * same bytes: nothing depends on the clock or Math.random.
 */
import { parseMonth } from './demo/calendar';
import { DEFAULT_OPTIONS, type DemoOptions } from './demo/generate';
import { runDemoData } from './demo/run';

export function parseArgs(argv: string[]): { options: DemoOptions; out: string } {
  const options: DemoOptions = { ...DEFAULT_OPTIONS };
  let out = 'data/demo';
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split(/=(.*)/s, 2);
    const value = () => {
      const v = inline ?? argv[++i];
      if (v === undefined) throw new Error(`${flag} needs a value`);
      return v;
    };
    if (flag === '--seed') options.seed = value();
    else if (flag === '--end') options.end = value();
    else if (flag === '--out') out = value();
    else if (flag === '--scale') options.scale = Number(value());
    else throw new Error(`unknown option ${flag} (expected --seed, --end, --out, --scale)`);
  }
  parseMonth(options.end);
  if (!(options.scale > 0)) throw new Error('--scale must be a positive number');
  return { options, out };
}

function main(): void {
  const { options, out } = parseArgs(process.argv.slice(2));
  const { files, planted } = runDemoData(options, out);
  console.log(`demo data (seed ${options.seed}, ${planted.months.first}..${planted.months.last}, scale ${options.scale}) in ${out}:`);
  for (const f of files) console.log(`  ${f.file.padEnd(24)} ${String(f.rows).padStart(8)} rows ${String(f.bytes).padStart(10)} bytes`);
  console.log(`  duplicates planted in participations: ${planted.duplicates.participations}`);
}

// Run only as a script, so tests can import parseArgs.
if (process.argv[1] && /demo-data\.ts$/.test(process.argv[1])) {
  try {
    main();
  } catch (e) {
    console.error(`demo-data: ${(e as Error).message}`);
    process.exit(1);
  }
}
