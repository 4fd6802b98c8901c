/**
 * Which activities bond and which bridge (METRICS.md B9), read from a scope's rows: one
 * line per activity with a figure in the period, its name, wijk and provider type from
 * the index (names of activities, never of persons), and its B9 figures for one
 * dimension as the engine published them (hidden ones stay hidden). Pure.
 */
import { classOf, divergingClasses } from '../charts/choropleth';
import { byName, shownValue } from '../cube/read';
import type { CubeIndex } from '../cube/types';
import type { MetricId } from '../metrics/catalogue';
import type { FigureRow, Provider } from '../metrics/types';

/** The B9 figures an activity line shows, by their export names. */
export const ACTIVITY_METRICS = ['activity_participants', 'activity_pairs', 'activity_bridging_share', 'activity_expected_bridging_share', 'activity_mixing_ratio'] as const satisfies readonly MetricId[];
export type ActivityMetric = (typeof ACTIVITY_METRICS)[number];

/** One activity as the page lists it. */
export interface ActivityLine {
  activity_id: string;
  name: string;
  wijk_id: string;
  wijk_name: string;
  provider: Exclude<Provider, 'all'>;
  participants: FigureRow | undefined;
  pairs: FigureRow | undefined;
  bridging: FigureRow | undefined;
  expected: FigureRow | undefined;
  ratio: FigureRow | undefined;
  /** The mixing ratio when shown, else null (then the line is hidden under the usual rules). */
  value: number | null;
  /** Its band of the Overzicht's mixing-ratio classes (0 = groups keep to themselves ... 4 = far more than chance); null when hidden. */
  band: number | null;
}

/** What the list is filtered by: a city, a provider type ('all' = both) and optionally one wijk. */
export interface ActivityFilter {
  city: string;
  dimension: string;
  provider: Provider;
  /** '' = every wijk of the city. */
  wijk: string;
}

const MIXING = divergingClasses();

/** Every activity of the city (and wijk, and provider type) with a B9 figure in the scope's rows. */
export function activityLines(rows: readonly FigureRow[], index: Pick<CubeIndex, 'activities' | 'wijken'>, f: ActivityFilter): ActivityLine[] {
  const wijken = new Map(index.wijken.filter((w) => w.city === f.city).map((w) => [w.wijk_id, w.wijk_name]));
  const figures = new Map<string, Partial<Record<ActivityMetric, FigureRow>>>();
  for (const r of rows) {
    if (r.city !== f.city || !r.metric.startsWith('activity_')) continue;
    if (r.metric !== 'activity_participants' && r.dimension !== f.dimension) continue;
    let m = figures.get(r.group);
    if (!m) figures.set(r.group, (m = {}));
    m[r.metric as ActivityMetric] = r;
  }
  const out: ActivityLine[] = [];
  for (const a of index.activities) {
    const m = figures.get(a.activity_id);
    if (!m || !wijken.has(a.wijk_id) || a.provider === 'all') continue;
    if (f.provider !== 'all' && a.provider !== f.provider) continue;
    if (f.wijk && a.wijk_id !== f.wijk) continue;
    const value = shownValue(m.activity_mixing_ratio);
    out.push({
      activity_id: a.activity_id,
      name: a.name,
      wijk_id: a.wijk_id,
      wijk_name: wijken.get(a.wijk_id)!,
      provider: a.provider,
      participants: m.activity_participants,
      pairs: m.activity_pairs,
      bridging: m.activity_bridging_share,
      expected: m.activity_expected_bridging_share,
      ratio: m.activity_mixing_ratio,
      value,
      band: value === null ? null : classOf(MIXING, value)
    });
  }
  return out;
}

/** The columns the list sorts on. */
export type ActivitySort = 'name' | 'wijk' | 'provider' | 'participants' | 'ratio' | 'bridging' | 'gap';

/** Bridging share minus the share expected by chance (B2 - B4), when both are shown. */
export function bridgingGap(a: ActivityLine): number | null {
  const b = shownValue(a.bridging);
  const e = shownValue(a.expected);
  return b === null || e === null ? null : b - e;
}

/** The lines in the order asked for; a value not shown always goes last, ties by name. */
export function sortActivities(lines: readonly ActivityLine[], by: ActivitySort, dir: 'ascending' | 'descending'): ActivityLine[] {
  const sign = dir === 'ascending' ? 1 : -1;
  const num = (a: number | null, b: number | null) => (a === null ? (b === null ? 0 : 1) : b === null ? -1 : sign * (a - b));
  const text = (a: string, b: string) => sign * byName(a, b);
  const cmp = (a: ActivityLine, b: ActivityLine): number => {
    switch (by) {
      case 'name':
        return text(a.name, b.name);
      case 'wijk':
        return text(a.wijk_name, b.wijk_name);
      case 'provider':
        return text(a.provider, b.provider);
      case 'participants':
        return num(shownValue(a.participants), shownValue(b.participants));
      case 'bridging':
        return num(shownValue(a.bridging), shownValue(b.bridging));
      case 'gap':
        return num(bridgingGap(a), bridgingGap(b));
      default:
        return num(a.value, b.value);
    }
  };
  return [...lines].sort((a, b) => cmp(a, b) || byName(a.name, b.name) || (a.activity_id < b.activity_id ? -1 : 1));
}

/** Whether a shown activity bridges (more mixing than chance), bonds (less) or mixes about as chance would, by its band. */
export function reading(line: ActivityLine): 'bridges' | 'bonds' | 'chance' | null {
  return line.band === null ? null : line.band >= 3 ? 'bridges' : line.band <= 1 ? 'bonds' : 'chance';
}

/** How many shown activities bridge and bond (see reading), and how many are hidden. */
export function activityCounts(lines: readonly ActivityLine[]): { bridging: number; bonding: number; shown: number; hidden: number } {
  const shown = lines.filter((l) => l.value !== null);
  return {
    bridging: shown.filter((l) => reading(l) === 'bridges').length,
    bonding: shown.filter((l) => reading(l) === 'bonds').length,
    shown: shown.length,
    hidden: lines.length - shown.length
  };
}
