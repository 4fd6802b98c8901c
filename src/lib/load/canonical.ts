import type { Engine } from '../engine/types';
import { quoteIdent, quoteLiteral } from '../engine/sql';
import { TABLES, type TableName } from './schema';

/** Plain JS rows of the canonical tables: what fixtures, the reference and the demo generator speak. */
export interface CanonicalData {
  wijken: Array<{ wijk_id: string; wijk_name: string; city: string; nis_code?: string | null }>;
  population: Array<{ wijk_id: string; ref_date: string; dimension: string; group: string; population: number }>;
  /** Extra keys are dimension columns; null/undefined/'' = unknown. */
  participants: Array<{ participant_id: string; residence_wijk_id?: string | null; [dim: string]: string | null | undefined }>;
  activities: Array<{
    activity_id: string;
    provider_type: 'buurtwerk' | 'ggw';
    wijk_id: string;
    organisation?: string | null;
    domain?: string | null;
    initiator?: string | null;
    partner_organisation?: string | null;
    name?: string | null;
  }>;
  participations: Array<{ participant_id: string; activity_id: string; date: string; role?: string | null }>;
  signals?: Array<{
    signal_id: string;
    wijk_id: string;
    date_raised: string;
    source: string;
    theme?: string | null;
    date_answered?: string | null;
  }>;
}

function sqlValue(v: unknown, type: string): string {
  if (v === null || v === undefined || v === '') return 'NULL';
  if (type === 'INTEGER') return String(Number(v));
  if (type === 'DATE') return `DATE ${quoteLiteral(String(v))}`;
  return quoteLiteral(String(v));
}

/**
 * Create the canonical tables straight from already-clean rows, skipping file
 * parsing and validation: for tests with tiny inline fixtures and for the
 * benchmark. Real exports go through the loader, which ends in the same tables.
 */
export async function insertCanonical(engine: Engine, data: CanonicalData): Promise<void> {
  const dims = new Set<string>();
  for (const p of data.participants) for (const k of Object.keys(p)) if (k !== 'participant_id' && k !== 'residence_wijk_id') dims.add(k);
  for (const name of Object.keys(TABLES) as TableName[]) {
    const cols = [...TABLES[name]];
    if (name === 'participants') for (const d of [...dims].sort()) cols.push({ name: d, type: 'VARCHAR', required: false });
    await engine.exec(`DROP TABLE IF EXISTS ${name}`);
    await engine.exec(`CREATE TABLE ${name} (${cols.map((c) => `${quoteIdent(c.name)} ${c.type}`).join(', ')})`);
    const rows = (data[name] ?? []) as Array<Record<string, unknown>>;
    for (let i = 0; i < rows.length; i += 1000) {
      const chunk = rows.slice(i, i + 1000);
      const values = chunk.map((r) => `(${cols.map((c) => sqlValue(r[c.name], c.type)).join(', ')})`).join(',\n');
      await engine.exec(`INSERT INTO ${name} VALUES ${values}`);
    }
  }
  await engine.exec(`UPDATE participations SET role = 'participant' WHERE role IS NULL`);
  await createDerivedViews(engine);
}

/**
 * Views every metric builds on, defined once:
 * - `wijk_all`: the wijken plus, per city, a "location unknown" wijk (the one whose id
 *   ends in ONB, else a synthetic `<city>-ONB`), where resident metrics count people
 *   without a known residence (DATA-FORMAT.md);
 * - `participant_home`: each participant's residence wijk for resident metrics;
 * - `sessions`: participations joined with their activity (provider, location, month).
 */
export async function createDerivedViews(engine: Engine): Promise<void> {
  await engine.exec(`
    CREATE OR REPLACE VIEW wijk_all AS
    SELECT wijk_id, wijk_name, city, nis_code, wijk_id LIKE '%ONB' AS location_unknown FROM wijken
    UNION ALL
    SELECT city || '-ONB', 'Locatie onbekend', city, NULL, TRUE FROM wijken
    GROUP BY city HAVING NOT bool_or(wijk_id LIKE '%ONB')`);
  await engine.exec(`
    CREATE OR REPLACE VIEW participant_home AS
    WITH city_of AS (
      -- A person without a known residence belongs to the city where most of their participations are.
      SELECT pp.participant_id, w.city, count(*) AS n
      FROM participations pp JOIN activities a USING (activity_id) JOIN wijk_all w ON w.wijk_id = a.wijk_id
      GROUP BY ALL
    ), main_city AS (
      SELECT participant_id, first(city ORDER BY n DESC, city ASC) AS city FROM city_of GROUP BY participant_id
    )
    SELECT p.participant_id,
           coalesce(w.wijk_id, u.wijk_id) AS home_wijk_id,
           coalesce(w.city, u.city) AS home_city
    FROM participants p
    LEFT JOIN wijk_all w ON w.wijk_id = p.residence_wijk_id AND NOT w.location_unknown
    LEFT JOIN main_city mc ON mc.participant_id = p.participant_id
    LEFT JOIN wijk_all u ON u.location_unknown AND u.city = mc.city AND w.wijk_id IS NULL`);
  await engine.exec(`
    CREATE OR REPLACE VIEW sessions AS
    SELECT pp.participant_id, pp.activity_id, pp.date, pp.role,
           strftime(pp.date, '%Y-%m') AS month,
           a.provider_type, a.wijk_id AS activity_wijk_id, a.domain, a.initiator, a.partner_organisation,
           w.city AS activity_city
    FROM participations pp JOIN activities a USING (activity_id) JOIN wijk_all w ON w.wijk_id = a.wijk_id`);
}
