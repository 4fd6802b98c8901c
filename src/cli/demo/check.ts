/**
 * A plain, independent reading of the figures the planted patterns are meant to move
 * (METRICS.md), straight from the demo CSV rows. It is not the dashboard's
 * implementation: it exists so the generator can be tuned and its patterns verified.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

export type StrRow = Record<string, string>;
export type Tables = Record<'wijken' | 'population' | 'participants' | 'activities' | 'participations' | 'signals', StrRow[]>;

/** The demo never needs quoting, so a plain split reads it (asserted by the tests). */
export function parseCsv(text: string): StrRow[] {
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  const header = lines[0].split(',');
  return lines.slice(1).map((l) => {
    const f = l.split(',');
    const row: StrRow = {};
    header.forEach((h, i) => (row[h] = f[i] ?? ''));
    return row;
  });
}

export function readDemo(dir: string): Tables {
  const read = (name: string) => parseCsv(gunzipSync(readFileSync(join(dir, `${name}.csv.gz`))).toString('utf8'));
  return {
    wijken: read('wijken'),
    population: read('population'),
    participants: read('participants'),
    activities: read('activities'),
    participations: read('participations'),
    signals: read('signals')
  };
}

export interface Check {
  metric: string;
  provider: 'all' | 'buurtwerk' | 'ggw';
  wijk_id: string;
  dimension?: string;
  group?: string;
  first_month: string;
  last_month: string;
  op: '<' | '<=' | '>' | '>=';
  value: number;
}

interface Part {
  pid: string;
  aid: string;
  date: string;
  month: string;
  provider: string;
  loc: string;
}

/** Indexes built once per data set. */
export class Figures {
  private readonly parts: Part[];
  private readonly home = new Map<string, string>();
  private readonly person = new Map<string, StrRow>();
  private readonly activity = new Map<string, StrRow>();

  constructor(private readonly t: Tables) {
    const real = new Set(t.wijken.filter((w) => !w.wijk_id.endsWith('ONB')).map((w) => w.wijk_id));
    for (const a of t.activities) this.activity.set(a.activity_id, a);
    for (const p of t.participants) {
      this.person.set(p.participant_id, p);
      // People without a known residence never count for a real wijk; the pattern checks need no more.
      this.home.set(p.participant_id, real.has(p.residence_wijk_id) ? p.residence_wijk_id : 'unknown');
    }
    const seen = new Set<string>();
    this.parts = [];
    for (const r of t.participations) {
      const key = `${r.participant_id}|${r.activity_id}|${r.date}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const a = this.activity.get(r.activity_id)!;
      this.parts.push({ pid: r.participant_id, aid: r.activity_id, date: r.date, month: r.date.slice(0, 7), provider: a.provider_type, loc: a.wijk_id });
    }
  }

  private scoped(c: Pick<Check, 'provider' | 'first_month' | 'last_month'>, extra: (p: Part) => boolean): Part[] {
    return this.parts.filter(
      (p) => (c.provider === 'all' || p.provider === c.provider) && p.month >= c.first_month && p.month <= c.last_month && extra(p)
    );
  }

  /** Participations per resident of the wijk in scope (residents perspective). */
  private residentCounts(c: Check): Map<string, number> {
    const n = new Map<string, number>();
    for (const p of this.scoped(c, (x) => this.home.get(x.pid) === c.wijk_id)) n.set(p.pid, (n.get(p.pid) ?? 0) + 1);
    return n;
  }

  private populationShares(c: Check): Map<string, number> {
    const rows = this.t.population.filter((r) => r.wijk_id === c.wijk_id);
    const endDay = `${c.last_month}-31`;
    const dates = [...new Set(rows.map((r) => r.ref_date))].sort();
    const onOrBefore = dates.filter((d) => d <= endDay);
    const date = onOrBefore.length ? onOrBefore[onOrBefore.length - 1] : dates[0];
    const m = new Map<string, number>();
    for (const r of rows) if (r.ref_date === date && r.dimension === c.dimension) m.set(r.group, Number(r.population));
    return m;
  }

  private composition(c: Check): { reached: Map<string, number>; pop: Map<string, number> } {
    const reached = new Map<string, number>();
    for (const pid of this.residentCounts(c).keys()) {
      const g = this.person.get(pid)![c.dimension!];
      if (g) reached.set(g, (reached.get(g) ?? 0) + 1);
    }
    return { reached, pop: this.populationShares(c) };
  }

  representationIndex(c: Check): number {
    const { reached, pop } = this.composition(c);
    const nKnown = [...reached.values()].reduce((a, b) => a + b, 0);
    const popKnown = [...pop.values()].reduce((a, b) => a + b, 0);
    return ((reached.get(c.group!) ?? 0) / nKnown) / ((pop.get(c.group!) ?? 0) / popKnown);
  }

  representativeness(c: Check): number {
    const { reached, pop } = this.composition(c);
    const nKnown = [...reached.values()].reduce((a, b) => a + b, 0);
    const popKnown = [...pop.values()].reduce((a, b) => a + b, 0);
    let d = 0;
    for (const g of new Set([...reached.keys(), ...pop.keys()])) d += Math.abs((reached.get(g) ?? 0) / nKnown - (pop.get(g) ?? 0) / popKnown);
    return 1 - d / 2;
  }

  top20Share(c: Check): number {
    const a = [...this.residentCounts(c).values()].sort((x, y) => y - x);
    const top = a.slice(0, Math.ceil(0.2 * a.length)).reduce((s, x) => s + x, 0);
    return top / a.reduce((s, x) => s + x, 0);
  }

  newcomerShare(c: Check): number {
    const first = new Map<string, string>();
    for (const p of this.parts) {
      if (c.provider !== 'all' && p.provider !== c.provider) continue;
      const f = first.get(p.pid);
      if (!f || p.month < f) first.set(p.pid, p.month);
    }
    const ids = [...this.residentCounts(c).keys()];
    const fresh = ids.filter((id) => first.get(id)! >= c.first_month && first.get(id)! <= c.last_month).length;
    return fresh / ids.length;
  }

  private overlap(c: Check): { bw: Set<string>; ggw: Set<string> } {
    const bw = new Set<string>();
    const ggw = new Set<string>();
    for (const p of this.scoped({ ...c, provider: 'all' }, (x) => this.home.get(x.pid) === c.wijk_id)) (p.provider === 'buurtwerk' ? bw : ggw).add(p.pid);
    return { bw, ggw };
  }

  ggwViaBw(c: Check): number {
    const { bw, ggw } = this.overlap(c);
    return [...ggw].filter((x) => bw.has(x)).length / ggw.size;
  }

  gatewayBwFirst(c: Check): number {
    const firstBw = new Map<string, string>();
    const firstGgw = new Map<string, string>();
    for (const p of this.parts) {
      if (this.home.get(p.pid) !== c.wijk_id || p.month > c.last_month) continue;
      const m = p.provider === 'buurtwerk' ? firstBw : firstGgw;
      if (!m.has(p.pid) || p.date < m.get(p.pid)!) m.set(p.pid, p.date);
    }
    const both = [...firstBw.keys()].filter((k) => firstGgw.has(k));
    return both.filter((k) => firstBw.get(k)! < firstGgw.get(k)!).length / both.length;
  }

  /** Per-session group counts of activities located in the wijk, sessions of 2..40 people. */
  private sessionGroups(c: Check): { used: Array<Map<string, number>>; excluded: number } {
    const sessions = new Map<string, Set<string>>();
    for (const p of this.scoped(c, (x) => x.loc === c.wijk_id)) {
      const k = `${p.aid}|${p.date}`;
      const s = sessions.get(k) ?? new Set<string>();
      s.add(p.pid);
      sessions.set(k, s);
    }
    const used: Array<Map<string, number>> = [];
    let excluded = 0;
    for (const s of sessions.values()) {
      if (s.size < 2 || s.size > 40) {
        excluded++;
        continue;
      }
      const g = new Map<string, number>();
      for (const pid of s) {
        const v = this.person.get(pid)![c.dimension!];
        if (v) g.set(v, (g.get(v) ?? 0) + 1);
      }
      used.push(g);
    }
    return { used, excluded };
  }

  mixingRatio(c: Check): number {
    let total = 0;
    let within = 0;
    const m = new Map<string, number>();
    for (const g of this.sessionGroups(c).used) {
      let n = 0;
      for (const [k, v] of g) {
        n += v;
        within += (v * (v - 1)) / 2;
        m.set(k, (m.get(k) ?? 0) + v);
      }
      total += (n * (n - 1)) / 2;
    }
    const M = [...m.values()].reduce((a, b) => a + b, 0);
    const pSame = [...m.values()].reduce((a, v) => a + v * (v - 1), 0) / (M * (M - 1));
    return (1 - within / total) / (1 - pSame);
  }

  sessionsExcluded(c: Check): number {
    return this.sessionGroups(c).excluded;
  }

  residentInitiatedShare(c: Check): number {
    const ids = new Set(this.scoped(c, (x) => x.loc === c.wijk_id).map((p) => p.aid));
    return [...ids].filter((id) => this.activity.get(id)!.initiator === 'residents').length / ids.size;
  }

  private signals(c: Check): StrRow[] {
    return this.t.signals.filter((s) => s.wijk_id === c.wijk_id && s.date_raised.slice(0, 7) >= c.first_month && s.date_raised.slice(0, 7) <= c.last_month);
  }

  private static days(a: string, b: string): number {
    return Math.round((Date.parse(b) - Date.parse(a)) / 86_400_000);
  }

  signalsAnswered30d(c: Check): number {
    const s = this.signals(c);
    return s.filter((x) => x.date_answered && Figures.days(x.date_raised, x.date_answered) <= 30).length / s.length;
  }

  signalMedianDays(c: Check): number {
    const d = this.signals(c)
      .filter((x) => x.date_answered)
      .map((x) => Figures.days(x.date_raised, x.date_answered))
      .sort((a, b) => a - b);
    return d.length % 2 ? d[(d.length - 1) / 2] : (d[d.length / 2 - 1] + d[d.length / 2]) / 2;
  }

  signalsOpenShare(c: Check): number {
    const s = this.signals(c);
    return s.filter((x) => !x.date_answered).length / s.length;
  }

  value(c: Check): number {
    const f: Record<string, (c: Check) => number> = {
      representation_index: (x) => this.representationIndex(x),
      representativeness: (x) => this.representativeness(x),
      top20_share: (x) => this.top20Share(x),
      newcomer_share: (x) => this.newcomerShare(x),
      ggw_via_bw: (x) => this.ggwViaBw(x),
      gateway_bw_first: (x) => this.gatewayBwFirst(x),
      mixing_ratio: (x) => this.mixingRatio(x),
      sessions_excluded: (x) => this.sessionsExcluded(x),
      resident_initiated_share: (x) => this.residentInitiatedShare(x),
      signals_answered_30d: (x) => this.signalsAnswered30d(x),
      signal_median_days: (x) => this.signalMedianDays(x),
      signals_open_share: (x) => this.signalsOpenShare(x)
    };
    if (!f[c.metric]) throw new Error(`no independent figure for ${c.metric}`);
    return f[c.metric](c);
  }
}

export function holds(c: Check, v: number): boolean {
  return c.op === '<' ? v < c.value : c.op === '<=' ? v <= c.value : c.op === '>' ? v > c.value : v >= c.value;
}
