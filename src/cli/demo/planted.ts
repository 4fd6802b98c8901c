import type { Check } from './check';
import { DIMENSION_NAMES, PLANTED, SESSION_CAP, UNKNOWN_RATE } from './config';
import type { DemoData, DemoTable } from './generate';
import { wijkById } from './wijken';

export interface PlantedPattern {
  id: string;
  /** Number of the pattern in data/README.md. */
  pattern: number;
  description: string;
  wijken: Array<{ wijk_id: string; wijk_name: string; role: string }>;
  activity_ids: string[];
  /** What the metrics should show; `Figures` in check.ts verifies each. */
  checks: Check[];
}

export interface PlantedFile {
  generator: string;
  seed: string;
  end_month: string;
  scale: number;
  months: { first: string; last: string };
  ref_dates: string[];
  rows: Record<DemoTable, number>;
  duplicates: { participations: number; note: string };
  unknown: Record<string, number>;
  patterns: PlantedPattern[];
}

function wijk(id: string, role: string) {
  return { wijk_id: id, wijk_name: wijkById(id).wijk_name, role };
}

export function describePlanted(data: DemoData): PlantedFile {
  const { months, activities, tables } = data;
  const last = months[months.length - 1].label;
  const year = { first_month: months[months.length - 12].label, last_month: last };
  const ids = (wijkId: string, f: (a: (typeof activities)[number]) => boolean = () => true) =>
    activities.filter((a) => a.wijk_id === wijkId && f(a)).map((a) => a.activity_id);
  const check = (c: Omit<Check, 'first_month' | 'last_month'> & Partial<Pick<Check, 'first_month' | 'last_month'>>): Check => ({ ...year, ...c });
  const bw = (a: (typeof activities)[number]) => a.provider_type === 'buurtwerk';
  const parties = activities.filter((a) => a.frequency === 'party');

  const patterns: PlantedPattern[] = [
    {
      id: 'narrow_reach_age',
      pattern: 1,
      description: 'Buurtwerk reaches almost only residents aged 65 and over; the 25-44 band (about a quarter of the population) is nearly absent.',
      wijken: [wijk(PLANTED.narrowAge, 'narrow reach')],
      activity_ids: ids(PLANTED.narrowAge, bw),
      checks: [
        check({ metric: 'representation_index', provider: 'buurtwerk', wijk_id: PLANTED.narrowAge, dimension: 'age_band', group: '25-44', op: '<', value: 0.5 }),
        check({ metric: 'representativeness', provider: 'buurtwerk', wijk_id: PLANTED.narrowAge, dimension: 'age_band', op: '<', value: 0.6 })
      ]
    },
    {
      id: 'narrow_reach_origin',
      pattern: 1,
      description: 'Buurtwerk reaches almost only residents of non-EU origin; residents of Belgian origin (about half the population) are nearly absent.',
      wijken: [wijk(PLANTED.narrowOrigin, 'narrow reach')],
      activity_ids: ids(PLANTED.narrowOrigin, bw),
      checks: [
        check({ metric: 'representation_index', provider: 'buurtwerk', wijk_id: PLANTED.narrowOrigin, dimension: 'origin', group: 'Belgisch', op: '<', value: 0.5 }),
        check({ metric: 'representativeness', provider: 'buurtwerk', wijk_id: PLANTED.narrowOrigin, dimension: 'origin', op: '<', value: 0.6 })
      ]
    },
    {
      id: 'mixing',
      pattern: 2,
      description: 'In the first wijk every session pairs Belgian and non-Belgian participants (language café style); in the second each activity keeps to one origin group (a seniors card club, a women\'s group).',
      wijken: [wijk(PLANTED.mixingHigh, 'mixes origins'), wijk(PLANTED.mixingLow, 'keeps origins apart')],
      activity_ids: [...ids(PLANTED.mixingHigh), ...ids(PLANTED.mixingLow)],
      checks: [
        check({ metric: 'mixing_ratio', provider: 'all', wijk_id: PLANTED.mixingHigh, dimension: 'origin', op: '>', value: 1 }),
        check({ metric: 'mixing_ratio', provider: 'all', wijk_id: PLANTED.mixingLow, dimension: 'origin', op: '<', value: 0.5 })
      ]
    },
    {
      id: 'ggw_via_bw',
      pattern: 3,
      description: 'Area-based work recruits among buurtwerk regulars (who came to buurtwerk first) in the first wijk, with the local buurtwerk as its only partner; in the second the two reach different people.',
      wijken: [wijk(PLANTED.viaBwHigh, 'GGW via BW'), wijk(PLANTED.viaBwLow, 'GGW apart from BW')],
      activity_ids: [...ids(PLANTED.viaBwHigh, (a) => !bw(a)), ...ids(PLANTED.viaBwLow, (a) => !bw(a))],
      checks: [
        check({ metric: 'ggw_via_bw', provider: 'all', wijk_id: PLANTED.viaBwHigh, op: '>', value: 0.6 }),
        check({ metric: 'gateway_bw_first', provider: 'all', wijk_id: PLANTED.viaBwHigh, op: '>', value: 0.6 }),
        check({ metric: 'ggw_via_bw', provider: 'all', wijk_id: PLANTED.viaBwLow, op: '<', value: 0.15 })
      ]
    },
    {
      id: 'street_parties',
      pattern: 4,
      description: `Street parties (mid-June and mid-September) with more than ${SESSION_CAP} distinct participants per session: left out of the network figures and counted in sessions_excluded.`,
      wijken: PLANTED.streetParties.map((id) => wijk(id, 'street party')),
      activity_ids: parties.map((a) => a.activity_id),
      checks: parties.map((a) =>
        check({
          metric: 'sessions_excluded',
          provider: 'buurtwerk',
          wijk_id: a.wijk_id,
          op: '>=',
          value: a.sessions.filter((d) => d >= months[months.length - 12].first).length
        })
      )
    },
    {
      id: 'unknown_values',
      pattern: 5,
      description: `Empty dimension values (about ${UNKNOWN_RATE.age_band * 100}% age band, ${UNKNOWN_RATE.gender * 100}% gender, ${UNKNOWN_RATE.origin * 100}% origin) and residences that are empty, outside the two cities or the city's "location unknown" pseudo-wijk; counts under "unknown".`,
      wijken: [],
      activity_ids: [],
      checks: []
    },
    {
      id: 'self_organisation',
      pattern: 6,
      description: 'Most buurtwerk activities initiated by residents, with co-organisers; elsewhere volunteers in most buurtwerk activities and co-organisers in the resident-initiated ones.',
      wijken: [wijk(PLANTED.residentInitiated, 'resident-initiated')],
      activity_ids: ids(PLANTED.residentInitiated, (a) => a.initiator === 'residents'),
      checks: [check({ metric: 'resident_initiated_share', provider: 'buurtwerk', wijk_id: PLANTED.residentInitiated, op: '>=', value: 0.6 })]
    },
    {
      id: 'concentration',
      pattern: 7,
      description: 'A small core of regulars, each in three weekly activities, makes most participations; everybody else comes once or now and then.',
      wijken: [wijk(PLANTED.concentration, 'concentrated')],
      activity_ids: ids(PLANTED.concentration),
      checks: [check({ metric: 'top20_share', provider: 'all', wijk_id: PLANTED.concentration, op: '>=', value: 0.6 })]
    },
    {
      id: 'signals',
      pattern: 8,
      description: 'Signals in eight themes from three sources; in the first wijk cleanliness and public-space signals are answered within days, in the second housing signals wait for months or stay open.',
      wijken: [wijk(PLANTED.signalsFast, 'answered fast'), wijk(PLANTED.signalsSlow, 'answered slowly')],
      activity_ids: [],
      checks: [
        check({ metric: 'signals_answered_30d', provider: 'all', wijk_id: PLANTED.signalsFast, op: '>', value: 0.8 }),
        check({ metric: 'signal_median_days', provider: 'all', wijk_id: PLANTED.signalsSlow, op: '>', value: 60 }),
        check({ metric: 'signals_open_share', provider: 'all', wijk_id: PLANTED.signalsSlow, op: '>', value: 0.3 })
      ]
    },
    {
      id: 'newcomers_dry_up',
      pattern: 9,
      description: 'No one new joins in the last seven months (fewer from ten months before the end): the newcomer share is below 10% in each of the last three months.',
      wijken: [wijk(PLANTED.newcomersDryUp, 'no newcomers')],
      activity_ids: ids(PLANTED.newcomersDryUp),
      checks: months.slice(-3).map((m) =>
        check({ metric: 'newcomer_share', provider: 'all', wijk_id: PLANTED.newcomersDryUp, first_month: m.label, last_month: m.label, op: '<', value: 0.1 })
      )
    }
  ];

  const unknown: Record<string, number> = {};
  for (const d of DIMENSION_NAMES) unknown[d] = tables.participants.filter((p) => p[d] === '').length;
  const realIds = new Set(tables.wijken.filter((w) => !String(w.wijk_id).endsWith('ONB')).map((w) => w.wijk_id));
  const allIds = new Set(tables.wijken.map((w) => w.wijk_id));
  unknown.residence_empty = tables.participants.filter((p) => p.residence_wijk_id === '').length;
  unknown.residence_not_in_wijken = tables.participants.filter((p) => p.residence_wijk_id !== '' && !allIds.has(p.residence_wijk_id)).length;
  unknown.residence_location_unknown_wijk = tables.participants.filter((p) => allIds.has(p.residence_wijk_id) && !realIds.has(p.residence_wijk_id)).length;
  unknown.role_empty = tables.participations.filter((p) => p.role === '').length;

  const rows = Object.fromEntries(Object.entries(tables).map(([k, v]) => [k, v.length])) as Record<DemoTable, number>;
  return {
    generator: 'npm run demo-data (src/cli/demo-data.ts)',
    seed: data.options.seed,
    end_month: data.options.end,
    scale: data.options.scale,
    months: { first: months[0].label, last },
    ref_dates: data.refDates,
    rows,
    duplicates: {
      participations: data.duplicates,
      note: 'exact copies (same participant, activity, date and role), each right after its original; rows.participations includes them'
    },
    unknown,
    patterns
  };
}
