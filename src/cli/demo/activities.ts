import { DIMENSIONS, PLANTED, type Shares } from './config';
import { isChristmasBreak, isEasterBreak, isSummer, publicHolidays, toDay, weekday, type Day, type Month } from './calendar';
import type { Rng } from './prng';
import { REAL_WIJKEN, type WijkRow } from './wijken';

export type Provider = 'buurtwerk' | 'ggw';
export type Frequency = 'weekly' | 'biweekly' | 'monthly' | 'party';
/** Multipliers on the wijk's population shares: who an activity draws. */
export type Tilt = Partial<Shares>;

interface Template {
  key: string;
  name: string;
  provider: Provider;
  domain: string;
  frequency: Exclude<Frequency, 'party'>;
  /** Typical number of people on the active list at any time. */
  roster: [number, number];
  tilt: Tilt;
  /** Runs through July and August (children's activities do). */
  summer?: boolean;
}

const ADULTS = [0, 0, 0.8, 1.4, 1.2, 0.8, 0.3];
const SENIORS = [0, 0, 0, 0.03, 0.25, 3, 3];
/**
 * Planted narrow reach: mostly 65+, yet a handful of younger adults, so the representation
 * index of 25-44 is low but still counts at least k persons and survives disclosure control.
 */
const NARROW_AGE = [0, 0, 0.05, 0.2, 0.4, 3, 3];
/** Likewise mostly non-EU origin, with a few residents of Belgian origin. */
const NARROW_ORIGIN = [0.15, 0.3, 3];

/** Buurtwerk and area-based activities as they commonly run in Flemish wijken. */
const TEMPLATES: Template[] = [
  { key: 'taalcafe', name: 'Taalcafé', provider: 'buurtwerk', domain: 'language', frequency: 'weekly', roster: [10, 18], tilt: { age_band: ADULTS, origin: [0.6, 1.6, 2.2] } },
  { key: 'huiswerk', name: 'Huiswerkbegeleiding', provider: 'buurtwerk', domain: 'education', frequency: 'weekly', roster: [8, 16], tilt: { age_band: [1.5, 2.5, 0.1, 0, 0, 0, 0], origin: [0.6, 1, 1.8] } },
  { key: 'kaartclub', name: 'Kaartnamiddag senioren', provider: 'buurtwerk', domain: 'leisure', frequency: 'weekly', roster: [10, 20], tilt: { age_band: SENIORS, origin: [1.4, 0.8, 0.3] } },
  { key: 'buurtsoep', name: 'Buurtsoep', provider: 'buurtwerk', domain: 'meeting', frequency: 'weekly', roster: [12, 24], tilt: { age_band: [0.2, 0.2, 0.5, 0.8, 1, 1.8, 1.8] } },
  { key: 'praatgroep', name: 'Praatgroep vrouwen', provider: 'buurtwerk', domain: 'meeting', frequency: 'weekly', roster: [8, 14], tilt: { age_band: ADULTS, gender: [0.02, 1, 0.5], origin: [0.4, 1, 2.5] } },
  { key: 'samentuin', name: 'Samentuin', provider: 'buurtwerk', domain: 'leisure', frequency: 'weekly', roster: [8, 14], tilt: { age_band: [0.3, 0.2, 0.5, 1, 1.3, 1.3, 0.4] }, summer: true },
  { key: 'repaircafe', name: 'Repair Café', provider: 'buurtwerk', domain: 'meeting', frequency: 'monthly', roster: [12, 22], tilt: { age_band: [0, 0.2, 0.5, 1, 1.4, 1.4, 0.4], gender: [1.4, 0.8, 1] } },
  { key: 'jobcafe', name: 'Jobcafé', provider: 'buurtwerk', domain: 'work', frequency: 'biweekly', roster: [8, 14], tilt: { age_band: [0, 0, 1.5, 2, 1, 0, 0], origin: [0.6, 1.2, 2] } },
  { key: 'wooncafe', name: 'Wooncafé', provider: 'buurtwerk', domain: 'housing', frequency: 'biweekly', roster: [8, 16], tilt: { age_band: [0, 0, 0.6, 1.4, 1.2, 1, 0.6] } },
  { key: 'wandelclub', name: 'Wandelclub', provider: 'buurtwerk', domain: 'health', frequency: 'weekly', roster: [10, 18], tilt: { age_band: [0, 0, 0.2, 0.6, 1.4, 2, 0.8] }, summer: true },
  { key: 'kookatelier', name: 'Kookatelier', provider: 'buurtwerk', domain: 'health', frequency: 'biweekly', roster: [8, 14], tilt: { age_band: ADULTS, gender: [0.6, 1.4, 1] } },
  { key: 'tiener', name: 'Tienerwerking', provider: 'buurtwerk', domain: 'leisure', frequency: 'weekly', roster: [10, 20], tilt: { age_band: [0.1, 3, 1, 0, 0, 0, 0] } },
  { key: 'kinderatelier', name: 'Kinderatelier', provider: 'buurtwerk', domain: 'leisure', frequency: 'weekly', roster: [10, 20], tilt: { age_band: [3, 0.8, 0, 0.05, 0, 0, 0] }, summer: true },
  { key: 'computer', name: 'Computerles', provider: 'buurtwerk', domain: 'education', frequency: 'weekly', roster: [6, 12], tilt: { age_band: [0, 0, 0.2, 0.6, 1.2, 2, 0.6] } },
  { key: 'naaiatelier', name: 'Naaiatelier', provider: 'buurtwerk', domain: 'leisure', frequency: 'weekly', roster: [8, 14], tilt: { age_band: ADULTS, gender: [0.1, 1, 0.5] } },
  { key: 'ontbijt', name: 'Buurtontbijt', provider: 'buurtwerk', domain: 'meeting', frequency: 'monthly', roster: [15, 30], tilt: {} },
  { key: 'wijkoverleg', name: 'Wijkoverleg', provider: 'ggw', domain: 'meeting', frequency: 'monthly', roster: [12, 25], tilt: { age_band: [0, 0, 0.3, 1, 1.5, 1.3, 0.5], origin: [1.3, 0.8, 0.6] } },
  { key: 'buurtbudget', name: 'Buurtbudget', provider: 'ggw', domain: 'meeting', frequency: 'monthly', roster: [8, 16], tilt: { age_band: ADULTS } },
  { key: 'woonspreekuur', name: 'Woonspreekuur', provider: 'ggw', domain: 'housing', frequency: 'biweekly', roster: [8, 14], tilt: { age_band: ADULTS, origin: [0.8, 1, 1.5] } },
  { key: 'sport', name: 'Sporten in de wijk', provider: 'ggw', domain: 'health', frequency: 'weekly', roster: [10, 18], tilt: { age_band: [0.5, 1.5, 1.5, 1.2, 0.8, 0.3, 0] } },
  { key: 'opvoeding', name: 'Opvoedingscafé', provider: 'ggw', domain: 'education', frequency: 'monthly', roster: [8, 14], tilt: { age_band: [0, 0, 0.5, 2.5, 0.5, 0, 0], gender: [0.4, 1, 0.5] } },
  { key: 'groen', name: 'Groen in de straat', provider: 'ggw', domain: 'leisure', frequency: 'monthly', roster: [10, 18], tilt: { age_band: [0.3, 0.3, 0.4, 1.2, 1.4, 1, 0.2] } },
  { key: 'renovatie', name: 'Renovatie-infomoment', provider: 'ggw', domain: 'housing', frequency: 'monthly', roster: [10, 20], tilt: { age_band: [0, 0, 0.3, 1.5, 1.5, 0.8, 0.2] } }
];

function template(key: string): Template {
  const t = TEMPLATES.find((x) => x.key === key);
  if (!t) throw new Error(`no activity template ${key}`);
  return t;
}

/** Fictional organisations; any likeness to a real one is accidental. */
export const BW_ORGANISATIONS: Record<string, string[]> = {
  Leuven: ['Buurtwerk De Lantaarn vzw', "Buurtwerk 't Pleintje vzw", 'Wijkhuis De Vlierboom vzw', 'Buurtwerk Den Appelaar vzw'],
  'Sint-Niklaas': ['Buurtwerk De Waaier vzw', "Buurtcentrum 't Molenrad vzw", 'Wijkwerking De Klaproos vzw']
};
export const GGW_ORGANISATION: Record<string, string> = {
  Leuven: 'Stad Leuven – gebiedsgerichte werking',
  'Sint-Niklaas': 'Stad Sint-Niklaas – gebiedsgerichte werking'
};

export interface Activity {
  activity_id: string;
  provider_type: Provider;
  wijk_id: string;
  city: string;
  organisation: string;
  domain: string;
  initiator: 'organisation' | 'residents';
  partner_organisation: string;
  name: string;
  templateKey: string;
  tilt: Tilt;
  frequency: Frequency;
  roster: number;
  /** Attendance is balanced by origin at every session (planted pattern 2). */
  mixing: boolean;
  /** This organisation's export leaves role empty for ordinary participants. */
  roleBlank: boolean;
  sessions: Day[];
}

/** Which templates a wijk runs: planted wijken get a fixed programme. */
function programme(w: WijkRow, rng: Rng): { bw: string[]; ggw: string[] } {
  const id = w.wijk_id;
  if (id === PLANTED.narrowAge) return { bw: ['kaartclub', 'buurtsoep', 'computer', 'wandelclub'], ggw: ['wijkoverleg'] };
  if (id === PLANTED.narrowOrigin) return { bw: ['taalcafe', 'praatgroep', 'huiswerk', 'jobcafe', 'kookatelier'], ggw: ['woonspreekuur'] };
  if (id === PLANTED.mixingHigh) return { bw: ['taalcafe', 'buurtsoep', 'repaircafe', 'kookatelier', 'samentuin'], ggw: ['buurtbudget', 'groen'] };
  if (id === PLANTED.mixingLow) return { bw: ['kaartclub', 'praatgroep', 'huiswerk', 'wandelclub', 'naaiatelier', 'jobcafe'], ggw: ['wijkoverleg', 'woonspreekuur'] };
  if (id === PLANTED.viaBwHigh) return { bw: ['buurtsoep', 'taalcafe', 'huiswerk', 'wooncafe', 'praatgroep'], ggw: ['woonspreekuur', 'buurtbudget', 'opvoeding'] };
  if (id === PLANTED.viaBwLow) return { bw: ['kaartclub', 'tiener', 'samentuin', 'buurtsoep'], ggw: ['wijkoverleg', 'renovatie', 'sport'] };
  if (id === PLANTED.residentInitiated) return { bw: ['samentuin', 'repaircafe', 'ontbijt', 'wandelclub', 'kinderatelier'], ggw: ['groen'] };
  if (id === PLANTED.concentration) return { bw: ['buurtsoep', 'kaartclub', 'wandelclub', 'computer'], ggw: ['sport'] };
  if (id === PLANTED.newcomersDryUp) return { bw: ['buurtsoep', 'taalcafe', 'kinderatelier', 'wooncafe'], ggw: ['wijkoverleg'] };
  const bwKeys = TEMPLATES.filter((t) => t.provider === 'buurtwerk').map((t) => t.key);
  const ggwKeys = TEMPLATES.filter((t) => t.provider === 'ggw').map((t) => t.key);
  const nBw = Math.max(2, Math.min(7, Math.round(2 + w.sector_count / 2 + rng.normal())));
  const nGgw = rng.int(1, 3);
  return { bw: rng.shuffle([...bwKeys]).slice(0, nBw), ggw: rng.shuffle([...ggwKeys]).slice(0, nGgw) };
}

/** Planted tilts override the template's, so a wijk's buurtwerk draws one group. */
function plantedTilt(w: WijkRow, t: Template, index: number): Tilt {
  if (t.provider === 'buurtwerk' && w.wijk_id === PLANTED.narrowAge) return { ...t.tilt, age_band: NARROW_AGE };
  if (t.provider === 'buurtwerk' && w.wijk_id === PLANTED.narrowOrigin) return { ...t.tilt, origin: NARROW_ORIGIN };
  // About half Belgian, half not, so every session can pair the two.
  if (w.wijk_id === PLANTED.mixingHigh) return { ...t.tilt, origin: [1, 1.3, 1.3] };
  if (w.wijk_id === PLANTED.mixingLow) {
    const dominant = [0, 2, 2, 0, 2, 1, 0, 2][index % 8];
    return { ...t.tilt, origin: DIMENSIONS.origin.map((_, g) => (g === dominant ? 1 : 0.02)) };
  }
  return t.tilt;
}

/** Session days of one activity between two days, skipping holidays and (mostly) summer. */
export function scheduleSessions(
  frequency: Exclude<Frequency, 'party'>,
  day0: number,
  from: Day,
  to: Day,
  summer: boolean,
  weekOfMonth: number
): Day[] {
  const holidays = new Set<Day>();
  for (let y = new Date(from * 86_400_000).getUTCFullYear(); y <= new Date(to * 86_400_000).getUTCFullYear(); y++) {
    for (const h of publicHolidays(y)) holidays.add(h);
  }
  const out: Day[] = [];
  let first = from;
  while (weekday(first) !== day0) first++;
  const seenInMonth = new Map<string, number>();
  for (let d = first, k = 0; d <= to; d += 7, k++) {
    if (frequency === 'biweekly' && k % 2 === 1) continue;
    if (frequency === 'monthly') {
      const m = new Date(d * 86_400_000).toISOString().slice(0, 7);
      const n = (seenInMonth.get(m) ?? 0) + 1;
      seenInMonth.set(m, n);
      if (n !== weekOfMonth) continue;
    }
    if (holidays.has(d) || isChristmasBreak(d)) continue;
    if (!summer && isSummer(d)) continue;
    if (!summer && frequency === 'weekly' && isEasterBreak(d) && k % 2 === 0) continue;
    out.push(d);
  }
  return out;
}

/** Street parties: a Saturday in mid-June and one in mid-September, every year in range. */
function partyDays(from: Day, to: Day, rng: Rng): Day[] {
  const out: Day[] = [];
  const y0 = new Date(from * 86_400_000).getUTCFullYear();
  const y1 = new Date(to * 86_400_000).getUTCFullYear();
  for (let y = y0; y <= y1; y++) {
    for (const [m, d0] of [[6, 8], [9, 12]] as const) {
      let d = toDay(y, m, d0 + rng.int(0, 6));
      while (weekday(d) !== 5) d++;
      if (d >= from && d <= to) out.push(d);
    }
  }
  return out;
}

/** Monday to Friday; activities for families and repair cafés often on Saturday. */
function dayOfWeek(key: string, rng: Rng): number {
  if ((key === 'kinderatelier' || key === 'repaircafe' || key === 'ontbijt') && rng.chance(0.5)) return 5;
  return rng.int(0, 4);
}

const STREETS = ['Lindestraat', 'Kerkplein', 'Molenstraat', 'Bloemenhof', 'Pastoriestraat', 'Beukenlaan', 'Schoolstraat', 'Vijverstraat'];

export function generateActivities(rng: Rng, months: Month[]): Activity[] {
  const from = months[0].first;
  const to = months[months.length - 1].last;
  const activities: Activity[] = [];
  let seq = 0;
  const nextId = () => `A${String(++seq).padStart(4, '0')}`;
  const planted = new Set<string>(Object.values(PLANTED).flat());
  REAL_WIJKEN.forEach((w, wi) => {
    const orgs = BW_ORGANISATIONS[w.city];
    const homeOrg = orgs[wi % orgs.length];
    const prog = programme(w, rng);
    const keys = [...prog.bw, ...prog.ggw];
    keys.forEach((key, i) => {
      const t = template(key);
      const isBw = t.provider === 'buurtwerk';
      // Some activities start later or stop early, but never in a planted wijk, where they would blur the pattern.
      let m0 = 0;
      let m1 = months.length - 1;
      if (!planted.has(w.wijk_id)) {
        if (rng.chance(0.1)) m0 = rng.int(3, 12);
        else if (rng.chance(0.08)) m1 = rng.int(12, 20);
      }
      const residents =
        isBw && (w.wijk_id === PLANTED.residentInitiated ? i < 4 : rng.chance(0.12)) && w.wijk_id !== PLANTED.narrowAge;
      const frequency: Exclude<Frequency, 'party'> =
        w.wijk_id === PLANTED.concentration ? 'weekly' : t.frequency;
      activities.push({
        activity_id: nextId(),
        provider_type: t.provider,
        wijk_id: w.wijk_id,
        city: w.city,
        organisation: isBw ? (rng.chance(0.85) ? homeOrg : rng.pick(orgs)) : GGW_ORGANISATION[w.city],
        domain: t.domain,
        initiator: residents ? 'residents' : 'organisation',
        partner_organisation: partnerOf(w, isBw, homeOrg, orgs, rng),
        name: `${t.name} ${w.wijk_name}`,
        templateKey: key,
        tilt: plantedTilt(w, t, i),
        frequency,
        // Small groups make the session-by-session pairing of the mixing wijk visible.
        roster: Math.round(rng.int(t.roster[0], t.roster[1]) * (w.wijk_id === PLANTED.mixingHigh ? 0.6 : 1)),
        mixing: w.wijk_id === PLANTED.mixingHigh,
        roleBlank: rng.chance(0.12),
        // About a third of the activities carry on through the summer holiday.
        sessions: scheduleSessions(frequency, dayOfWeek(key, rng), months[m0].first, months[m1].last, t.summer === true || rng.chance(0.35), rng.int(1, 3))
      });
    });
    if ((PLANTED.streetParties as readonly string[]).includes(w.wijk_id)) {
      activities.push({
        activity_id: nextId(),
        provider_type: 'buurtwerk',
        wijk_id: w.wijk_id,
        city: w.city,
        organisation: homeOrg,
        domain: 'meeting',
        initiator: 'residents',
        partner_organisation: '',
        name: `Straatfeest ${rng.pick(STREETS)} ${w.wijk_name}`,
        templateKey: 'straatfeest',
        tilt: {},
        frequency: 'party',
        roster: 0,
        mixing: false,
        roleBlank: false,
        sessions: partyDays(from, to, rng)
      });
    }
  });
  return activities;
}

/**
 * Area-based work names a partner: in the planted "via buurtwerk" wijk always the local
 * buurtwerk, in the planted "apart" wijk never; elsewhere often one of the city's buurtwerk.
 */
function partnerOf(w: WijkRow, isBw: boolean, homeOrg: string, orgs: string[], rng: Rng): string {
  if (isBw) return rng.chance(0.1) ? GGW_ORGANISATION[w.city] : '';
  if (w.wijk_id === PLANTED.viaBwHigh) return homeOrg;
  if (w.wijk_id === PLANTED.viaBwLow) return '';
  return rng.chance(0.6) ? (rng.chance(0.7) ? homeOrg : rng.pick(orgs)) : '';
}
