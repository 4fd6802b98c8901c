import { generateActivities, type Activity } from './activities';
import { monthsEnding, isoDate, parseMonth, type Month } from './calendar';
import { DIMENSION_NAMES, DUPLICATES_AT_SCALE_1 } from './config';
import { People, type Person } from './people';
import { simulate, type Participation } from './participations';
import { generatePopulation } from './population';
import { Rng } from './prng';
import { generateSignals, type SignalRow } from './signals';
import { WIJKEN } from './wijken';

export interface DemoOptions {
  seed: string;
  /** Last month covered, YYYY-MM. */
  end: string;
  /** Multiplies the number of people (and so participations); 1 = the committed demo. */
  scale: number;
}

export const DEFAULT_OPTIONS: DemoOptions = { seed: 'wijkweefsel-2026', end: '2026-11', scale: 1 };
export const MONTH_COUNT = 24;

export type Row = Record<string, string | number>;

export const COLUMNS = {
  wijken: ['wijk_id', 'wijk_name', 'city', 'nis_code'],
  population: ['wijk_id', 'ref_date', 'dimension', 'group', 'population'],
  participants: ['participant_id', 'residence_wijk_id', ...DIMENSION_NAMES],
  activities: ['activity_id', 'provider_type', 'wijk_id', 'organisation', 'domain', 'initiator', 'partner_organisation', 'name'],
  participations: ['participant_id', 'activity_id', 'date', 'role'],
  signals: ['signal_id', 'wijk_id', 'date_raised', 'source', 'theme', 'date_answered']
} as const;
export type DemoTable = keyof typeof COLUMNS;

export interface DemoData {
  options: DemoOptions;
  months: Month[];
  refDates: [string, string];
  tables: Record<DemoTable, Row[]>;
  activities: Activity[];
  /** Exact duplicate participation rows included in `tables.participations`. */
  duplicates: number;
}

/** Pseudonyms P000001..., handed out in shuffled order so an id says nothing about where someone lives. */
function assignIds(rng: Rng, persons: Person[]): Map<Person, string> {
  const ids = new Map<Person, string>();
  rng.shuffle([...persons]).forEach((p, i) => ids.set(p, `P${String(i + 1).padStart(6, '0')}`));
  return ids;
}

function participationRows(rows: Participation[], ids: Map<Person, string>): Row[] {
  const out = rows.map((r) => ({
    participant_id: ids.get(r.person)!,
    activity_id: r.activity.activity_id,
    date: isoDate(r.day),
    // Some organisations' exports leave the role empty for ordinary participants.
    role: r.role === 'participant' && r.activity.roleBlank ? '' : r.role
  }));
  out.sort((a, b) =>
    a.date < b.date ? -1 : a.date > b.date ? 1 : a.activity_id < b.activity_id ? -1 : a.activity_id > b.activity_id ? 1 : a.participant_id < b.participant_id ? -1 : 1
  );
  return out;
}

/**
 * Exact duplicates (same person, activity, date, role), as when an attendance list is
 * entered twice: each copy sits right after its original.
 */
function withDuplicates(rng: Rng, rows: Row[], count: number): Row[] {
  const chosen = new Set<number>();
  while (chosen.size < Math.min(count, rows.length)) chosen.add(rng.int(0, rows.length - 1));
  const out: Row[] = [];
  rows.forEach((r, i) => {
    out.push(r);
    if (chosen.has(i)) out.push({ ...r });
  });
  return out;
}

export function generateDemo(options: DemoOptions = DEFAULT_OPTIONS): DemoData {
  if (!(options.scale > 0)) throw new Error(`scale must be a positive number, got ${options.scale}`);
  const rng = new Rng(`wijkweefsel-demo:${options.seed}`);
  const months = monthsEnding(options.end, MONTH_COUNT);
  const endYear = parseMonth(options.end).year;
  const refDates: [string, string] = [`${endYear - 1}-01-01`, `${endYear}-01-01`];

  const population = generatePopulation(rng.fork('population'), refDates);
  const activities = generateActivities(rng.fork('activities'), months);
  const people = new People(rng.fork('people'), population.shares);
  const participations = simulate(rng.fork('simulate'), people, activities, months, options.scale);

  // Only people who took part are exported.
  const taking = new Set(participations.map((p) => p.person));
  const persons = people.all.filter((p) => taking.has(p));
  const ids = assignIds(rng.fork('ids'), persons);
  const participants: Row[] = persons
    .map((p) => {
      const row: Row = { participant_id: ids.get(p)!, residence_wijk_id: p.residence };
      for (const d of DIMENSION_NAMES) row[d] = p.written[d];
      return row;
    })
    .sort((a, b) => (a.participant_id < b.participant_id ? -1 : 1));

  const duplicates = Math.max(3, Math.round(DUPLICATES_AT_SCALE_1 * options.scale));
  const signals: SignalRow[] = generateSignals(rng.fork('signals'), months);
  return {
    options,
    months,
    refDates,
    activities,
    duplicates,
    tables: {
      wijken: WIJKEN.map(({ wijk_id, wijk_name, city, nis_code }) => ({ wijk_id, wijk_name, city, nis_code })),
      population: population.rows.map((r) => ({ ...r })),
      participants,
      activities: activities.map((a) => Object.fromEntries(COLUMNS.activities.map((c) => [c, a[c]])) as Row),
      participations: withDuplicates(rng.fork('duplicates'), participationRows(participations, ids), duplicates),
      signals: signals.map((r) => ({ ...r }))
    }
  };
}
