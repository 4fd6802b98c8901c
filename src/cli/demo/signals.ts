import { PLANTED } from './config';
import { isoDate, type Month } from './calendar';
import type { Rng } from './prng';
import { REAL_WIJKEN } from './wijken';

export interface SignalRow {
  signal_id: string;
  wijk_id: string;
  date_raised: string;
  source: string;
  theme: string;
  date_answered: string;
}

/** Themes with their usual answer time in days (median) and chance of never being answered. */
const THEMES: Array<{ theme: string; weight: number; median: number; neverAnswered: number }> = [
  { theme: 'cleanliness', weight: 3, median: 9, neverAnswered: 0.05 },
  { theme: 'public space', weight: 3, median: 20, neverAnswered: 0.1 },
  { theme: 'mobility', weight: 2, median: 35, neverAnswered: 0.15 },
  { theme: 'safety', weight: 2, median: 14, neverAnswered: 0.08 },
  { theme: 'housing', weight: 2, median: 60, neverAnswered: 0.2 },
  { theme: 'loneliness', weight: 1, median: 25, neverAnswered: 0.15 },
  { theme: 'poverty', weight: 1, median: 30, neverAnswered: 0.15 },
  { theme: 'health', weight: 1, median: 21, neverAnswered: 0.1 }
];
const SOURCES = ['buurtwerk', 'ggw', 'residents'];

/**
 * Signals passed on to the city, about six a year per wijk. Planted: one wijk whose
 * signals (cleanliness, public space) are answered within days, one whose housing signals
 * wait months or stay open. An answer that would fall after the data end is open.
 */
export function generateSignals(rng: Rng, months: Month[]): SignalRow[] {
  const from = months[0].first;
  const to = months[months.length - 1].last;
  const years = months.length / 12;
  const rows: Array<Omit<SignalRow, 'signal_id'> & { raised: number }> = [];
  for (const w of REAL_WIJKEN) {
    const fast = w.wijk_id === PLANTED.signalsFast;
    const slow = w.wijk_id === PLANTED.signalsSlow;
    const n = rng.poisson((fast || slow ? 14 : 6) * years);
    for (let i = 0; i < n; i++) {
      const t = fast ? THEMES[rng.int(0, 1)] : slow ? THEMES[rng.chance(0.75) ? 4 : rng.int(0, 7)] : THEMES[rng.weighted(THEMES.map((x) => x.weight))];
      const raised = rng.int(from, to);
      const median = fast ? 6 : slow ? 110 : t.median;
      const never = fast ? 0 : slow ? 0.35 : t.neverAnswered;
      const delay = Math.max(1, Math.round(median * rng.lognormal(0.6)));
      const answered = !rng.chance(never) && raised + delay <= to ? isoDate(raised + delay) : '';
      rows.push({
        wijk_id: w.wijk_id,
        date_raised: isoDate(raised),
        raised,
        source: SOURCES[rng.weighted([0.45, 0.35, 0.2])],
        theme: t.theme,
        date_answered: answered
      });
    }
  }
  rows.sort((a, b) => a.raised - b.raised || a.wijk_id.localeCompare(b.wijk_id));
  return rows.map(({ raised, ...r }, i) => {
    void raised;
    return { signal_id: `S${String(i + 1).padStart(4, '0')}`, ...r };
  });
}
