/**
 * For the tests beside this file only: a tiny export with what tends to break a round trip
 * (identifiers that look like numbers, quotes, accents, NULLs, a dimension column, dates
 * before 1970, an optional table), its load report, and engines to put it in.
 */
import { createNodeEngine } from '../../engine/node';
import { quoteIdent as q, quoteLiteral } from '../../engine/sql';
import type { Engine } from '../../engine/types';
import { insertCanonical, type CanonicalData } from '../../load/canonical';
import type { LoadReport } from '../../load/report';
import type { KeptMappingFile } from './types';

export const DATA: CanonicalData = {
  wijken: [
    { wijk_id: '007', wijk_name: 'Sint-Jan’s "hof"', city: 'Aa' },
    { wijk_id: '010', wijk_name: 'Zuid', city: 'Aa', nis_code: '44021A00-' },
    { wijk_id: 'B1', wijk_name: 'Één', city: 'Bé' }
  ],
  population: [
    { wijk_id: '007', ref_date: '2025-01-01', dimension: 'total', group: 'total', population: 1200 },
    { wijk_id: '007', ref_date: '1969-12-31', dimension: 'age', group: 'young', population: 0 }
  ],
  participants: [
    { participant_id: '0001', residence_wijk_id: '007', age_band: '18-25' },
    { participant_id: '1', residence_wijk_id: null, age_band: null },
    { participant_id: "o'brien", residence_wijk_id: 'B1', age_band: '65+' }
  ],
  activities: [
    { activity_id: '01', provider_type: 'buurtwerk', wijk_id: '007', domain: 'ontmoeting' },
    { activity_id: '1', provider_type: 'ggw', wijk_id: 'B1', name: 'Zitdag, "open"' }
  ],
  participations: [
    { participant_id: '0001', activity_id: '01', date: '2025-01-02', role: 'vrijwilliger' },
    { participant_id: '1', activity_id: '01', date: '2025-01-02' },
    { participant_id: "o'brien", activity_id: '1', date: '2025-03-31' }
  ],
  signals: [{ signal_id: 's1', wijk_id: '010', date_raised: '2025-02-03', source: 'buurtwerk', date_answered: null }]
};

export function reportOf(data: CanonicalData): LoadReport {
  return {
    files: [
      {
        file: 'deelnames.csv',
        table: 'participations',
        read: 4,
        loaded: 3,
        rejected: 1,
        duplicates: 0,
        rejects: [{ file: 'deelnames.csv', line: 5, reason: 'unknown participant_id', values: { participant_id: 'x', activity_id: '01', date: '2025-01-02' } }],
        ignoredColumns: ['opmerking']
      }
    ],
    tables: {
      wijken: data.wijken.length,
      population: data.population.length,
      participants: data.participants.length,
      activities: data.activities.length,
      participations: data.participations.length,
      signals: data.signals?.length ?? 0
    },
    months: { first: '2025-01', last: '2025-03' },
    wijken: data.wijken.length,
    cities: [...new Set(data.wijken.map((w) => w.city))].sort(),
    dimensions: ['age_band']
  };
}

export const MAPPING: KeptMappingFile[] = [
  { file: 'wijken.csv' },
  { file: 'deelnames.csv', mapping: { table: 'participations', columns: { deelnemer: 'participant_id', datum: 'date', opmerking: null } } }
];

/** A Node DuckDB-WASM engine holding `data`. */
export async function engineWith(data: CanonicalData): Promise<Engine> {
  const e = await createNodeEngine();
  await insertCanonical(e, data);
  return e;
}

/** Empty an engine as if it had just started (starting one takes seconds on a busy machine). */
export async function emptyEngine(e: Engine): Promise<Engine> {
  for (const { name, type } of await e.query<{ name: string; type: string }>(
    `SELECT table_name AS name, table_type AS type FROM information_schema.tables WHERE table_schema = 'main'`
  )) {
    await e.exec(`DROP ${type === 'VIEW' ? 'VIEW' : 'TABLE'} IF EXISTS ${q(name)}`);
  }
  return e;
}

/** Every canonical table's rows (dates as text) and column types: what "the same data" means. */
export async function contents(e: Engine): Promise<Record<string, unknown>> {
  const out: Record<string, unknown> = {};
  for (const t of ['wijken', 'population', 'participants', 'activities', 'participations', 'signals']) {
    const cols = await e.query<{ c: string; t: string }>(
      `SELECT column_name AS c, data_type AS t FROM information_schema.columns WHERE table_name = ${quoteLiteral(t)} ORDER BY ordinal_position`
    );
    const select = cols.map(({ c, t: type }) => (type === 'DATE' ? `strftime(${q(c)}, '%Y-%m-%d') AS ${q(c)}` : q(c))).join(', ');
    out[t] = { columns: cols, rows: await e.query(`SELECT ${select} FROM ${q(t)} ORDER BY ALL`) };
  }
  return out;
}
