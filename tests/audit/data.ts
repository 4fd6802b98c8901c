/**
 * The export the auditor is given (--data DIR): read through the site's own loader, so
 * the attacker's public population and the scoring truth come from the same canonical
 * tables the figures were computed from.
 */
import { createNodeEngine } from '../../src/lib/engine/node';
import { loadExport } from '../../src/lib/load';
import type { CanonicalData } from '../../src/lib/load/canonical';
import { readExportFolder } from '../../src/cli/read-folder';

const text = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));

/** The canonical tables of an export folder as plain rows (dates as 'YYYY-MM-DD'). */
export async function readCanonical(dir: string): Promise<CanonicalData> {
  const engine = await createNodeEngine();
  try {
    await loadExport(engine, readExportFolder(dir));
    const q = (sql: string) => engine.query(sql);
    const wijken = (await q('SELECT wijk_id, wijk_name, city FROM wijken')).map((r) => ({ wijk_id: String(r.wijk_id), wijk_name: String(r.wijk_name), city: String(r.city) }));
    const population = (await q(`SELECT wijk_id, CAST(ref_date AS VARCHAR) AS ref_date, dimension, "group", population FROM population`)).map((r) => ({
      wijk_id: String(r.wijk_id),
      ref_date: String(r.ref_date),
      dimension: String(r.dimension),
      group: String(r.group),
      population: Number(r.population)
    }));
    const participants = (await q('SELECT * FROM participants')).map((r) => {
      const p: CanonicalData['participants'][number] = { participant_id: String(r.participant_id) };
      for (const [k, v] of Object.entries(r)) if (k !== 'participant_id') p[k] = text(v);
      return p;
    });
    const activities = (await q('SELECT activity_id, provider_type, wijk_id, organisation, domain, initiator, partner_organisation FROM activities')).map((r) => ({
      activity_id: String(r.activity_id),
      provider_type: String(r.provider_type) as 'buurtwerk' | 'ggw',
      wijk_id: String(r.wijk_id),
      organisation: text(r.organisation),
      domain: text(r.domain),
      initiator: text(r.initiator),
      partner_organisation: text(r.partner_organisation)
    }));
    const participations = (await q('SELECT participant_id, activity_id, CAST(date AS VARCHAR) AS date, role FROM participations')).map((r) => ({
      participant_id: String(r.participant_id),
      activity_id: String(r.activity_id),
      date: String(r.date),
      role: text(r.role)
    }));
    return { wijken, population, participants, activities, participations };
  } finally {
    await engine.close();
  }
}
