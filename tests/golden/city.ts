/**
 * The small fixed city of the golden files: 2 cities, 5 wijken, 80 people, 14 months of
 * buurtwerk and GGW sessions, written once as CSV into tests/fixtures/golden/city (committed).
 * Deterministic (seeded), so `npx tsx tests/golden/city.ts` writes the same files again.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { mulberry32 } from '../bench/synth';
import type { CanonicalData } from '../../src/lib/load/canonical';

export const CITY_DIR = join(import.meta.dirname, '../fixtures/golden/city');

export function goldenCity(): CanonicalData {
  const rnd = mulberry32(2025);
  const pick = <T>(xs: T[]) => xs[Math.floor(rnd() * xs.length)];
  const wijken = [
    { wijk_id: 'N1', wijk_name: 'Noord', city: 'Aastad' },
    { wijk_id: 'N2', wijk_name: 'Haven', city: 'Aastad' },
    { wijk_id: 'N3', wijk_name: 'Zuid', city: 'Aastad' },
    { wijk_id: 'B1', wijk_name: 'Centrum', city: 'Bestad' },
    { wijk_id: 'B2', wijk_name: 'Kouter', city: 'Bestad' }
  ];
  const population: CanonicalData['population'] = [];
  for (const w of wijken) {
    population.push({ wijk_id: w.wijk_id, ref_date: '2025-01-01', dimension: 'total', group: 'total', population: 400 + Math.floor(rnd() * 600) });
    for (const g of ['jong', 'midden', 'oud']) population.push({ wijk_id: w.wijk_id, ref_date: '2025-01-01', dimension: 'age_band', group: g, population: 100 + Math.floor(rnd() * 200) });
  }
  const participants = Array.from({ length: 80 }, (_, i) => ({
    participant_id: `G${String(i).padStart(3, '0')}`,
    residence_wijk_id: rnd() < 0.08 ? null : pick(wijken).wijk_id,
    age_band: rnd() < 0.1 ? null : pick(['jong', 'midden', 'oud']),
    origin: rnd() < 0.1 ? null : pick(['BE', 'EU', 'niet-EU'])
  }));
  const activities: CanonicalData['activities'] = wijken.flatMap((w, i) => [
    { activity_id: `bw-${w.wijk_id}`, provider_type: 'buurtwerk' as const, wijk_id: w.wijk_id, domain: pick(['meeting', 'leisure']), initiator: i % 2 ? 'residents' : 'organisation', name: `Buurthuis ${w.wijk_name}` },
    { activity_id: `ggw-${w.wijk_id}`, provider_type: 'ggw' as const, wijk_id: w.wijk_id, domain: pick(['health', 'housing']), initiator: 'organisation', partner_organisation: pick(['OCMW', 'Wonen']), name: `Spreekuur ${w.wijk_name}` }
  ]);
  const participations: CanonicalData['participations'] = [];
  const seen = new Set<string>();
  for (let month = 0; month < 14; month++) {
    for (const a of activities) {
      for (const day of [3, 17]) {
        const date = `${2025 + Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
        const size = 2 + Math.floor(rnd() * 8);
        for (let i = 0; i < size; i++) {
          const p = participants[Math.floor(participants.length * Math.pow(rnd(), 1.3))].participant_id;
          if (seen.has(`${p}|${a.activity_id}|${date}`)) continue;
          seen.add(`${p}|${a.activity_id}|${date}`);
          participations.push({ participant_id: p, activity_id: a.activity_id, date, role: rnd() < 0.1 ? 'volunteer' : 'participant' });
        }
      }
    }
  }
  const signals = Array.from({ length: 12 }, (_, i) => ({
    signal_id: `S${i}`,
    wijk_id: pick(wijken).wijk_id,
    date_raised: `2025-${String(1 + (i % 12)).padStart(2, '0')}-10`,
    source: pick(['buurtwerk', 'ggw', 'residents']),
    theme: pick(['wonen', 'veiligheid']),
    date_answered: rnd() < 0.7 ? `2025-${String(1 + (i % 12)).padStart(2, '0')}-2${Math.floor(rnd() * 9)}` : null
  }));
  return { wijken, population, participants, activities, participations, signals };
}

if (process.argv[1] === import.meta.filename) {
  mkdirSync(CITY_DIR, { recursive: true });
  for (const [name, rows] of Object.entries(goldenCity()) as Array<[string, Array<Record<string, unknown>>]>) {
    const cols = [...new Set(rows.flatMap((r) => Object.keys(r)))];
    const lines = [cols.join(','), ...rows.map((r) => cols.map((c) => String(r[c] ?? '')).join(','))];
    writeFileSync(join(CITY_DIR, `${name}.csv`), lines.join('\n') + '\n');
  }
  process.stderr.write(`golden city written to ${CITY_DIR}\n`);
}
