/**
 * The attack as equations. Every person count of the publication gets two integer
 * unknowns: x, the true count, and p, the count as published (perturbed). The additive
 * relations hold between true counts; the published figures (counts, "<k", rates,
 * shares, indices, intervals, z-scores, each as the interval its rounding allows) hold
 * between published counts; the noise model ties the two:
 *   p = max(0, x + d), d in -noise..+noise, x = 0 gives p = 0
 *   <=>  x - noise <= p <= x + noise,  p <= (noise + 1) x,  p >= 0.
 * With noise 0 the two are one unknown. Written from METRICS.md alone; it shares no code
 * with the disclosure layer or the engine.
 */
import type { Provider } from '../../src/lib/metrics/types';
import { lastDayOf, monthsOf, previous } from './months';
import type { Population } from './population';
import { periodKey, type Period, type Publication, type Published } from './publication';
import { System } from './system';

export interface AttackOptions {
  /** Largest |d| of the noise: 2 for METRICS.md's cell-key perturbation, 0 for none. */
  noise: number;
  /** Whether a hidden "<k" count may be 0 (METRICS.md: 0 is shown as "<k" too). Default: unless the publication shows a count of 0 anywhere. */
  zeroHidden?: boolean;
  /**
   * Whether a group row is published only for a group with someone in it, so a missing row
   * means 0 persons and a present one at least 1. Default: when rows are missing for some
   * groups in some units and no group count is shown as 0.
   */
  rowsMeanNonzero?: boolean;
  /**
   * Whether residents take part only in their own city, so the residents' counts per
   * provider and the overlap counts are the same sets of persons. Default: when every
   * pair of them that is shown agrees.
   */
  sameCity?: boolean;
}

/** The person counts the auditor scores: published, and computable by the reference. */
export const PERSON_COUNTS = new Set(['participants', 'newcomers', 'bw', 'ggw', 'both', 'bw_only', 'ggw_only', 'involved_participants']);

const OVERLAP = ['bw', 'ggw', 'both', 'bw_only', 'ggw_only'];
const GATEWAY = ['gateway_bw_first', 'gateway_ggw_first', 'gateway_same_day'];

/** Figures the model reads; the rest are listed as unused in the report. */
export const USED_METRICS = new Set([
  ...PERSON_COUNTS,
  'reach_rate', 'group_reach_rate', 'representation_index', 'newcomer_share', 'retention', 'multi_domain_share',
  'jaccard', 'ggw_via_bw', ...GATEWAY, 'reach_rate_low', 'reach_rate_high', 'reach_rate_z', 'newcomer_share_z',
  // read for the R7 rule check only
  'top20_share', 'gini', 'lorenz_share'
]);

/** A person count in the equations: its true and its published unknown, and the row that published it. */
export interface Cell {
  key: string;
  x: number;
  p: number;
  /** The published row, for a count the publication carries. */
  row?: Published;
}

/** One key per figure, across files: period, city, wijk, provider, dimension, group, metric. */
export const cellKey = (period: string, city: string, wijk: string, provider: string, dimension: string, group: string, metric: string) =>
  [period, city, wijk, provider, dimension, group, metric].join('|');

/** A figure in words, for the chains of evidence. */
export function label(r: Pick<Published, 'period' | 'city' | 'wijk_id' | 'provider' | 'dimension' | 'group' | 'metric'>): string {
  const where = r.wijk_id || `${r.city} (city)`;
  const what = r.dimension ? `${r.metric}[${r.dimension}=${r.group}]` : r.metric;
  return `${r.period} ${r.provider} ${where} ${what}`;
}

/** The equations of one publication against one public population (see the top of this file). */
export class AttackModel {
  readonly sys = new System();
  readonly cells = new Map<string, Cell>();
  /** Published person counts that are hidden ("<k" or not available). */
  readonly hidden: Cell[] = [];
  /** Shown person counts (for the certainty check of perturbed small counts). */
  readonly shown: Cell[] = [];
  readonly assumptions: string[] = [];
  readonly inconsistencies: string[] = [];
  /** Figures shown against a rule of METRICS.md that the publication itself proves (R7: the top 20% must be k persons). */
  readonly ruleBreaches: string[] = [];
  readonly unused = new Map<string, number>();
  readonly noise: number;
  private fig = new Map<string, Published>();
  /** Each shown derived figure with the published counts it rests on. */
  private resting: Array<{ row: Published; num: number; den?: number }> = [];
  /** Figures by unit and metric whatever their dimension and group (for the rule checks). */
  private byUnitMetric = new Map<string, Published[]>();
  private decimals = new Map<string, number>();
  private zeroHidden: boolean;
  private rowsMeanNonzero: boolean;
  private sameCity: boolean;

  constructor(
    readonly pub: Publication,
    readonly population: Population,
    opts: AttackOptions
  ) {
    this.noise = opts.noise;
    for (const f of pub.figures) {
      const key = cellKey(f.period, f.city, f.wijk_id, f.provider, f.dimension, f.group, f.metric);
      const seen = this.fig.get(key);
      if (!seen) this.fig.set(key, f);
      else if (seen.value !== f.value || seen.suppressed !== f.suppressed) {
        this.inconsistencies.push(`${label(f)}: ${seen.file} says ${seen.value ?? seen.suppressed}, ${f.file} says ${f.value ?? f.suppressed}`);
      }
      const um = cellKey(f.period, f.city, f.wijk_id, f.provider, '', '', f.metric);
      if (!this.byUnitMetric.has(um)) this.byUnitMetric.set(um, []);
      this.byUnitMetric.get(um)!.push(f);
      if (f.value !== null) this.decimals.set(f.metric, Math.max(this.decimals.get(f.metric) ?? 0, decimalsOf(f.value)));
      if (!USED_METRICS.has(f.metric)) this.unused.set(f.metric, (this.unused.get(f.metric) ?? 0) + 1);
    }
    for (const [m, n] of pub.skipped) this.unused.set(m, (this.unused.get(m) ?? 0) + n);
    const counts = [...this.fig.values()].filter((f) => PERSON_COUNTS.has(f.metric));
    this.zeroHidden = opts.zeroHidden ?? !counts.some((f) => f.value === 0);
    this.assumptions.push(this.zeroHidden ? 'a hidden count may be 0 (no count of 0 is shown anywhere)' : 'a hidden count is at least 1 (counts of 0 are shown as 0)');
    this.rowsMeanNonzero = opts.rowsMeanNonzero ?? (!counts.some((f) => f.dimension !== '' && f.value === 0) && this.someGroupRowMissing());
    if (this.rowsMeanNonzero) this.assumptions.push('a group row is published only for a group with someone in it (rows come and go, and no group count is shown as 0)');
    this.sameCity = opts.sameCity ?? this.sameCityHolds();
    if (this.sameCity) this.assumptions.push('residents take part in their own city only (every shown pair of residents per provider and overlap counts agrees)');
    this.assumptions.push(opts.noise > 0 ? `published counts carry noise of at most ${opts.noise} (p = max(0, x + d), 0 stays 0)` : 'published counts are the true counts (no noise)');
    this.build();
  }

  private get(period: string, city: string, wijk: string, provider: string, dimension: string, group: string, metric: string) {
    return this.fig.get(cellKey(period, city, wijk, provider, dimension, group, metric));
  }

  /** The true and published unknowns of a person count, tied by the noise model. */
  cell(key: string): Cell {
    let c = this.cells.get(key);
    if (c) return c;
    const s = this.sys;
    const x = s.v(`x:${key}`);
    let p = x;
    if (this.noise > 0) {
      p = s.v(`p:${key}`);
      const why = () => `noise model of ${key}`;
      s.add([[p, 1], [x, -1]], -this.noise, this.noise, why);
      s.add([[p, 1], [x, -(this.noise + 1)]], -Infinity, 0, why);
    }
    c = { key, x, p };
    this.cells.set(key, c);
    return c;
  }

  /** What one published count says about its published value. */
  private observe(c: Cell, r: Published | undefined, absent: 'zero' | 'free'): void {
    const s = this.sys;
    if (!r) {
      if (absent === 'zero') {
        s.eq([[c.p, 1]], 0, () => `no row for ${c.key}: nobody`);
        if (this.rowsMeanNonzero) s.eq([[c.x, 1]], 0, () => `no row for ${c.key}: nobody`);
      }
      return;
    }
    c.row = r;
    if (r.suppressed === 'not_available') return;
    if (PERSON_COUNTS.has(r.metric) && r.suppressed !== null) this.hidden.push(c);
    if (PERSON_COUNTS.has(r.metric) && r.suppressed === null) this.shown.push(c);
    if (r.value !== null) s.eq([[c.p, 1]], r.value, () => `${r.file}: ${label(r)} = ${r.value}`);
    else if (r.suppressed === 'below_k') s.add([[c.p, 1]], this.zeroHidden ? 0 : 1, this.pub.k - 1, () => `${r.file}: ${label(r)} = <${this.pub.k}`);
    if (this.rowsMeanNonzero && r.dimension !== '') s.add([[c.x, 1]], 1, Infinity, () => `${r.file}: ${label(r)} has a row: someone`);
  }

  /** The interval a published value stands for, given the precision the publication uses for its metric. */
  private interval(r: Published): [number, number] {
    const v = r.value as number;
    const d = this.decimals.get(r.metric) ?? 0;
    if (d <= 6) {
      const h = 0.5 * 10 ** -d;
      return [v - h * (1 + 1e-9), v + h * (1 + 1e-9)];
    }
    const tol = 1e-9 * Math.max(1, Math.abs(v));
    return [v - tol, v + tol];
  }

  /**
   * num / den in [lo, hi] over published counts (a shown ratio needs den >= 1). A share shown
   * as 1 may stand for more: noise can lift a numerator above its denominator, and the site
   * shows such a share as 100% (a share, scale 1, is never published above 1).
   */
  private ratio(num: number, den: number, r: Published, scale = 1): void {
    this.resting.push({ row: r, num, den });
    const [lo, hi] = this.interval(r);
    const why = () => `${r.file}: ${label(r)} = ${r.value}`;
    const capped = scale === 1 && (r.value as number) >= 1;
    if (!capped) this.sys.add([[num, 1], [den, -hi / scale]], -Infinity, 0, why);
    this.sys.add([[num, 1], [den, -lo / scale]], 0, Infinity, why);
    this.sys.add([[den, 1]], 1, Infinity, why);
  }

  /** A count from a rate against a public population: count = rate x pop / 1000. */
  private rate(num: number, pop: number, r: Published): void {
    this.resting.push({ row: r, num });
    const [lo, hi] = this.interval(r);
    this.sys.add([[num, 1]], (lo * pop) / 1000, (hi * pop) / 1000, () => `${r.file}: ${label(r)} = ${r.value} per 1,000 of ${pop}`);
  }

  /**
   * After solving: shown figures whose published numerator is certainly 1..k-1, or whose
   * denominator is certainly below k. METRICS.md hides those, so showing one is a breach
   * (and its value gives the small count back).
   */
  thresholdBreaches(): string[] {
    const { lo, hi } = this.sys;
    const k = this.pub.k;
    const out: string[] = [];
    for (const { row, num, den } of this.resting) {
      const smallNum = lo[num] >= 1 && hi[num] <= k - 1;
      const smallDen = den !== undefined && hi[den] <= k - 1;
      if (smallNum || smallDen) out.push(`${row.file}: ${label(row)} = ${row.value} is shown, but its ${smallNum ? `numerator is ${lo[num]}..${hi[num]}` : `denominator is at most ${hi[den!]}`} persons (below k = ${k})`);
    }
    return out;
  }

  /** The first shown figure of a metric in a unit (any group), if any. */
  private firstShown(P: string, city: string, u: string, t: string, metric: string): Published | undefined {
    return this.byUnitMetric.get(cellKey(P, city, u, t, '', '', metric))?.find((f) => f.value !== null);
  }

  /** Whether some unit's participants lack a row for a group other units have: rows then depend on the data. */
  private someGroupRowMissing(): boolean {
    const groups = new Map<string, Set<string>>();
    const units = new Map<string, Set<string>>();
    for (const f of this.fig.values()) {
      if (f.metric !== 'participants' || f.dimension === '') continue;
      if (!groups.has(f.dimension)) groups.set(f.dimension, new Set());
      groups.get(f.dimension)!.add(f.group);
      const unit = cellKey(f.period, f.city, f.wijk_id, f.provider, f.dimension, '', '');
      if (!units.has(unit)) units.set(unit, new Set());
      units.get(unit)!.add(f.group);
    }
    for (const [unit, present] of units) {
      const d = unit.split('|')[4];
      if (present.size < groups.get(d)!.size) return true;
    }
    return false;
  }

  private sameCityHolds(): boolean {
    let pairs = 0;
    for (const f of this.fig.values()) {
      if (f.metric !== 'participants' || f.dimension !== '' || f.provider === 'all' || f.value === null) continue;
      const o = this.get(f.period, f.city, f.wijk_id, 'all', '', '', f.provider === 'buurtwerk' ? 'bw' : 'ggw');
      if (!o || o.value === null) continue;
      if (o.value !== f.value) return false;
      pairs++;
    }
    return pairs > 0;
  }

  private build(): void {
    const { pub } = this;
    const providers = [...new Set(pub.figures.filter((f) => f.metric === 'participants').map((f) => f.provider))] as Provider[];
    const groups = new Map<string, Set<string>>();
    for (const d of pub.dimensions) groups.set(d, new Set());
    for (const f of pub.figures) {
      if ((f.metric === 'participants' || f.metric === 'ggw_via_bw' || f.metric === 'group_reach_rate') && groups.has(f.dimension) && f.group !== 'unknown') groups.get(f.dimension)!.add(f.group);
    }
    const wijkenOf = new Map<string, string[]>();
    for (const w of pub.wijken) wijkenOf.set(w.city, [...(wijkenOf.get(w.city) ?? []), w.wijk_id]);
    for (const [P, period] of pub.periods) {
      const endDate = lastDayOf(period.to);
      for (const city of pub.cities) {
        const wijken = wijkenOf.get(city) ?? [];
        const units = ['', ...wijken];
        for (const u of units) {
          const popWijken = u === '' ? wijken : [u];
          const popTotal = this.population.of(popWijken, 'total', endDate).get('total') ?? 0;
          for (const t of providers) this.reachUnit(P, period, city, u, t, groups, popWijken, popTotal, endDate);
          this.overlapUnit(P, city, u, groups, providers);
        }
        this.citySums(P, city, wijken, providers, groups);
      }
    }
    this.timeRelations();
  }

  /** R1, R3, R4, R8, R9, R10 and R2, R11, R12 of one unit, period and provider. */
  private reachUnit(P: string, period: Period, city: string, u: string, t: Provider, groups: Map<string, Set<string>>, popWijken: string[], popTotal: number, endDate: string) {
    const s = this.sys;
    const totRow = this.get(P, city, u, t, '', '', 'participants');
    if (!totRow) return; // this unit has no residents' figures here
    const tot = this.cell(K(P, city, u, t, '', '', 'participants'));
    this.observe(tot, totRow, 'free');
    const where = `${P} ${t} ${u || city}`;
    for (const [d, gs] of groups) {
      const pop = this.population.of(popWijken, d, endDate);
      const popKnown = pop.has('unknown') ? 0 : [...pop.values()].reduce((a, b) => a + b, 0);
      const known = this.cell(K(P, city, u, t, d, '', '@known'));
      const terms: Array<[number, number]> = [[known.x, -1]];
      for (const g of gs) {
        const c = this.cell(K(P, city, u, t, d, g, 'participants'));
        this.observe(c, this.get(P, city, u, t, d, g, 'participants'), 'zero');
        terms.push([c.x, 1]);
        const rr = this.get(P, city, u, t, d, g, 'group_reach_rate');
        const pg = pop.get(g) ?? 0;
        if (rr?.value != null && pg > 0) this.rate(c.p, pg, rr);
        const ri = this.get(P, city, u, t, d, g, 'representation_index');
        if (ri?.value != null && pg > 0 && popKnown > 0) this.ratio(c.p, known.p, ri, popKnown / pg);
      }
      s.eq(terms, 0, () => `${where}: persons with a known ${d} = the sum of its groups`);
      const unk = this.cell(K(P, city, u, t, d, 'unknown', 'participants'));
      this.observe(unk, this.get(P, city, u, t, d, 'unknown', 'participants'), 'zero');
      s.eq([[tot.x, 1], [known.x, -1], [unk.x, -1]], 0, () => `${where}: groups of ${d} + unknown = total`);
    }
    const rr = this.get(P, city, u, t, '', '', 'reach_rate');
    if (rr?.value != null && popTotal > 0) this.rate(tot.p, popTotal, rr);
    for (const [m, side] of [['reach_rate_low', 0], ['reach_rate_high', 1]] as const) {
      const r = this.get(P, city, u, t, '', '', m);
      // METRICS.md names no z: accept either 1.96 or the exact quantile.
      if (r?.value != null && popTotal > 0) this.invert(tot.p, popTotal, r, [(n) => wilson(n, popTotal)[side] * 1000, (n) => wilson(n, popTotal, 1.96)[side] * 1000]);
    }
    const z = this.get(P, city, u, t, '', '', 'reach_rate_z');
    if (z?.value != null && u !== '' && popTotal > 0) {
      const cityRow = this.get(P, city, '', t, '', '', 'participants');
      const wijkenAll = this.pub.wijken.filter((w) => w.city === city).map((w) => w.wijk_id);
      const cityPop = this.population.of(wijkenAll, 'total', endDate).get('total') ?? 0;
      if (cityRow?.value != null && cityPop > 0) {
        const p0 = cityRow.value / cityPop;
        if (p0 > 0 && p0 < 1) this.invert(tot.p, popTotal + 2 * this.noise, z, [(n) => (Math.min(1, n / popTotal) - p0) / Math.sqrt((p0 * (1 - p0)) / popTotal)], `against the city's ${cityRow.value} of ${cityPop}`);
      }
    }
    // R7 and its Lorenz deciles need ceil(0.2 N) >= k; a shown N proves a breach when even N + noise falls short.
    if (totRow.value !== null && Math.ceil(0.2 * (totRow.value + this.noise)) < this.pub.k) {
      for (const m of ['top20_share', 'gini', 'lorenz_share']) {
        const shownRow = this.firstShown(P, city, u, t, m);
        if (shownRow) this.ruleBreaches.push(`${shownRow.file}: ${label(shownRow)} is shown for ${totRow.value} participants: the top 20% is fewer than ${this.pub.k} persons`);
      }
    }
    const newRow = this.get(P, city, u, t, '', '', 'newcomers');
    if (newRow && newRow.suppressed !== 'not_available') {
      const nc = this.cell(K(P, city, u, t, '', '', 'newcomers'));
      this.observe(nc, newRow, 'free');
      s.add([[tot.x, 1], [nc.x, -1]], 0, Infinity, () => `${where}: newcomers are participants`);
      const sh = this.get(P, city, u, t, '', '', 'newcomer_share');
      if (sh?.value != null) this.ratio(nc.p, tot.p, sh);
      const z2 = this.get(P, city, u, t, '', '', 'newcomer_share_z');
      const cN = this.get(P, city, '', t, '', '', 'participants');
      const cNew = this.get(P, city, '', t, '', '', 'newcomers');
      if (z2?.value != null && u !== '' && totRow.value != null && totRow.value > 0 && cN?.value && cNew?.value != null) {
        const s0 = cNew.value / cN.value;
        const n = totRow.value;
        // Noise can lift newcomers' above participants': the site then takes the share as 1.
        if (s0 > 0 && s0 < 1) this.invert(nc.p, n + 2 * this.noise, z2, [(m) => (Math.min(1, m / n) - s0) / Math.sqrt((s0 * (1 - s0)) / n)], `against the city's ${cNew.value} of ${cN.value}`);
      }
    }
    const ret = this.get(P, city, u, t, '', '', 'retention');
    if (ret?.value != null) {
      const prev = previous(period.from, period.to);
      const kept = this.cell(K(P, city, u, t, '', '', '@kept'));
      const before = this.cell(K(periodKey(prev), city, u, t, '', '', 'participants'));
      this.ratio(kept.p, before.p, ret);
      s.add([[before.x, 1], [kept.x, -1]], 0, Infinity, () => `${where}: the retained took part in the period before`);
      const nc = this.cells.get(K(P, city, u, t, '', '', 'newcomers'));
      s.add([[tot.x, 1], [kept.x, -1], ...(nc ? ([[nc.x, -1]] as Array<[number, number]>) : [])], 0, Infinity, () => `${where}: the retained and the newcomers are participants, and never both`);
    }
    const multi = this.get(P, city, u, t, '', '', 'multi_domain_share');
    if (multi?.value != null) {
      const m = this.cell(K(P, city, u, t, '', '', '@multi'));
      this.ratio(m.p, tot.p, multi);
      s.add([[tot.x, 1], [m.x, -1]], 0, Infinity, () => `${where}: persons in two domains are participants`);
    }
    const inv = this.get(P, city, u, t, '', '', 'involved_participants');
    if (inv) this.observe(this.cell(K(P, city, u, t, '', '', 'involved_participants')), inv, 'free');
  }

  /** O1-O5 of one unit and period (their rows carry provider 'all'). */
  private overlapUnit(P: string, city: string, u: string, groups: Map<string, Set<string>>, providers: Provider[]) {
    const s = this.sys;
    if (!this.get(P, city, u, 'all', '', '', 'bw')) return;
    const where = `${P} ${u || city}`;
    const c: Record<string, Cell> = {};
    for (const m of OVERLAP) {
      c[m] = this.cell(K(P, city, u, 'all', '', '', m));
      this.observe(c[m], this.get(P, city, u, 'all', '', '', m), 'free');
    }
    const union = this.cell(K(P, city, u, 'all', '', '', '@union'));
    s.eq([[c.bw.x, 1], [c.both.x, -1], [c.bw_only.x, -1]], 0, () => `${where}: buurtwerk = both + buurtwerk only`);
    s.eq([[c.ggw.x, 1], [c.both.x, -1], [c.ggw_only.x, -1]], 0, () => `${where}: GGW = both + GGW only`);
    s.eq([[union.x, 1], [c.bw.x, -1], [c.ggw_only.x, -1]], 0, () => `${where}: all = buurtwerk + GGW - both`);
    const jac = this.get(P, city, u, 'all', '', '', 'jaccard');
    if (jac?.value != null) this.ratio(c.both.p, union.p, jac);
    const via = this.get(P, city, u, 'all', '', '', 'ggw_via_bw');
    if (via?.value != null) this.ratio(c.both.p, c.ggw.p, via);
    const gw: Array<[number, number]> = [[c.both.x, -1]];
    let anyGateway = false;
    for (const m of GATEWAY) {
      const g = this.cell(K(P, city, u, 'all', '', '', `@${m}`));
      gw.push([g.x, 1]);
      const r = this.get(P, city, u, 'all', '', '', m);
      if (r) anyGateway = true;
      if (r?.value != null) this.ratio(g.p, c.both.p, r);
    }
    if (anyGateway) s.eq(gw, 0, () => `${where}: BW first + GGW first + same day = both`);
    const has = (t: Provider) => providers.includes(t) && this.get(P, city, u, t, '', '', 'participants');
    if (this.sameCity) {
      for (const [t, o] of [['all', union], ['buurtwerk', c.bw], ['ggw', c.ggw]] as const) {
        if (!has(t)) continue;
        const r = this.cell(K(P, city, u, t, '', '', 'participants'));
        s.eq([[r.x, 1], [o.x, -1]], 0, () => `${where}: ${t} participants and the overlap's count are the same persons`);
        if (this.noise > 0) s.eq([[r.p, 1], [o.p, -1]], 0, () => `${where}: ${t} participants and the overlap's count are the same persons, so the same noise`);
      }
    } else {
      for (const [t, o] of [['all', union], ['buurtwerk', c.bw], ['ggw', c.ggw]] as const) {
        if (!has(t)) continue;
        const r = this.cell(K(P, city, u, t, '', '', 'participants'));
        s.add([[r.x, 1], [o.x, -1]], 0, Infinity, () => `${where}: the overlap counts activities in the city only`);
      }
    }
    // O5: GGW via buurtwerk per group
    for (const [d, gs] of groups) {
      const rows = [...gs].map((g) => [g, this.get(P, city, u, 'all', d, g, 'ggw_via_bw')] as const);
      if (!rows.some(([, r]) => r)) continue;
      const sumG: Array<[number, number]> = [[c.ggw.x, -1]];
      const sumB: Array<[number, number]> = [[c.both.x, -1]];
      for (const [g, r] of rows) {
        const gg = this.cell(K(P, city, u, 'all', d, g, '@o5ggw'));
        const bb = this.cell(K(P, city, u, 'all', d, g, '@o5both'));
        sumG.push([gg.x, 1]);
        sumB.push([bb.x, 1]);
        s.add([[gg.x, 1], [bb.x, -1]], 0, Infinity, () => `${where}: both of ${d}=${g} are in GGW`);
        if (!r) {
          if (this.rowsMeanNonzero) s.eq([[gg.x, 1]], 0, () => `no ggw_via_bw row for ${where} ${d}=${g}: no GGW resident of that group`);
        } else {
          if (this.rowsMeanNonzero) s.add([[gg.x, 1]], 1, Infinity, () => `${r.file}: ${label(r)} has a row`);
          if (r.value != null) this.ratio(bb.p, gg.p, r);
        }
        if (this.sameCity && has('ggw') && has('buurtwerk') && has('all')) {
          const rg = this.cell(K(P, city, u, 'ggw', d, g, 'participants'));
          const rb = this.cell(K(P, city, u, 'buurtwerk', d, g, 'participants'));
          const ra = this.cell(K(P, city, u, 'all', d, g, 'participants'));
          s.eq([[rg.x, 1], [gg.x, -1]], 0, () => `${where}: GGW participants of ${d}=${g} are O5's denominator`);
          if (this.noise > 0) s.eq([[rg.p, 1], [gg.p, -1]], 0, () => `${where}: GGW participants of ${d}=${g} are O5's denominator, so the same noise`);
          s.eq([[ra.x, 1], [rb.x, -1], [rg.x, -1], [bb.x, 1]], 0, () => `${where}: all = buurtwerk + GGW - both, for ${d}=${g}`);
        }
      }
      s.add(sumG, -Infinity, 0, () => `${where}: GGW residents with a known ${d} are GGW residents`);
      s.add(sumB, -Infinity, 0, () => `${where}: both with a known ${d} are both`);
    }
  }

  /** Wijken + location unknown = city (residents); a city's involved persons lie between its largest wijk and their sum (location). */
  private citySums(P: string, city: string, wijken: string[], providers: Provider[], groups: Map<string, Set<string>>) {
    const s = this.sys;
    const families: Array<[string, string, string, string]> = []; // provider, dimension, group, metric
    for (const t of providers) {
      families.push([t, '', '', 'participants'], [t, '', '', 'newcomers'], [t, '', '', '@kept'], [t, '', '', '@multi']);
      for (const [d, gs] of groups) {
        for (const g of [...gs, 'unknown']) families.push([t, d, g, 'participants']);
        families.push([t, d, '', '@known']);
      }
    }
    for (const m of [...OVERLAP, '@union', ...GATEWAY.map((g) => `@${g}`)]) families.push(['all', '', '', m]);
    for (const [d, gs] of groups) for (const g of gs) families.push(['all', d, g, '@o5ggw'], ['all', d, g, '@o5both']);
    for (const [t, d, g, m] of families) {
      const total = this.cells.get(K(P, city, '', t, d, g, m));
      if (!total) continue;
      const parts = wijken.map((w) => this.cells.get(K(P, city, w, t, d, g, m)));
      // A wijk without this figure (e.g. no retention there) still has its persons: an unknown of its own.
      const terms: Array<[number, number]> = [[total.x, -1], ...parts.map((c, i) => [(c ?? this.cell(K(P, city, wijken[i], t, d, g, m))).x, 1] as [number, number])];
      s.eq(terms, 0, () => `${P} ${t} ${city}: wijken + location unknown = city, ${d ? `${m}[${d}=${g}]` : m}`);
    }
    for (const t of providers) {
      const total = this.cells.get(K(P, city, '', t, '', '', 'involved_participants'));
      if (!total) continue;
      const parts = wijken.map((w) => this.cells.get(K(P, city, w, t, '', '', 'involved_participants'))).filter((c): c is Cell => !!c);
      s.add([[total.x, -1], ...parts.map((c) => [c.x, 1] as [number, number])], 0, Infinity, () => `${P} ${t} ${city}: the city's involved persons are at most the wijken's together`);
      for (const c of parts) s.add([[total.x, 1], [c.x, -1]], 0, Infinity, () => `${P} ${t} ${city}: the city's involved persons include each wijk's`);
    }
    // all lies between the larger of buurtwerk and GGW and their sum
    if (providers.includes('all') && providers.includes('buurtwerk') && providers.includes('ggw')) {
      for (const u of ['', ...wijken]) {
        const keys: Array<[string, string, string]> = [['', '', 'participants'], ['', '', 'involved_participants']];
        for (const [d, gs] of groups) for (const g of [...gs, 'unknown']) keys.push([d, g, 'participants']);
        for (const [d, g, m] of keys) {
          const a = this.cells.get(K(P, city, u, 'all', d, g, m));
          const b = this.cells.get(K(P, city, u, 'buurtwerk', d, g, m));
          const c = this.cells.get(K(P, city, u, 'ggw', d, g, m));
          if (!a || !b || !c) continue;
          const why = () => `${P} ${u || city}: all lies between max(buurtwerk, GGW) and their sum, ${d ? `${m}[${d}=${g}]` : m}`;
          s.add([[a.x, 1], [b.x, -1], [c.x, -1]], -Infinity, 0, why);
          s.add([[a.x, 1], [b.x, -1]], 0, Infinity, why);
          s.add([[a.x, 1], [c.x, -1]], 0, Infinity, why);
        }
        const a = this.cells.get(K(P, city, u, 'all', '', '', 'newcomers'));
        const b = this.cells.get(K(P, city, u, 'buurtwerk', '', '', 'newcomers'));
        const c = this.cells.get(K(P, city, u, 'ggw', '', '', 'newcomers'));
        if (a && b && c) s.add([[a.x, 1], [b.x, -1], [c.x, -1]], -Infinity, 0, () => `${P} ${u || city}: a newcomer to all is a newcomer to buurtwerk or GGW`);
      }
    }
  }

  /**
   * Periods inside periods: a month's persons are among its quarter's and year's; a
   * period's persons are at most the sum of its months'; a period's newcomers are the
   * sum of its months'; with retention, the persons of two adjacent periods together.
   */
  private timeRelations() {
    const s = this.sys;
    const periods = [...this.pub.periods.entries()];
    const monotone = new Set(['participants', '@known', 'newcomers', 'bw', 'ggw', 'both', '@union', 'involved_participants', '@o5ggw', '@o5both']);
    const subadditive = new Set(['participants', '@known', 'bw', 'ggw', '@union', 'involved_participants', '@o5ggw']);
    // Every cell by its period-free identity.
    const byRest = new Map<string, Map<string, Cell>>();
    for (const c of this.cells.values()) {
      const i = c.key.indexOf('|');
      const rest = c.key.slice(i + 1);
      const metric = rest.slice(rest.lastIndexOf('|') + 1);
      if (!monotone.has(metric) && metric !== '@kept') continue;
      let m = byRest.get(rest);
      if (!m) byRest.set(rest, (m = new Map()));
      m.set(c.key.slice(0, i), c);
    }
    const contains = (a: { from: string; to: string }, b: { from: string; to: string }) => a.from <= b.from && b.to <= a.to;
    for (const [rest, byPeriod] of byRest) {
      const metric = rest.slice(rest.lastIndexOf('|') + 1);
      if (metric === '@kept') continue;
      for (const [P, period] of periods) {
        const big = byPeriod.get(P);
        if (!big) continue;
        const months = monthsOf(period.from, period.to);
        if (months.length > 1) {
          // Only the largest published periods inside P: the rest follow through them.
          const inside = periods.filter(([S, sub]) => S !== P && contains(period, sub) && byPeriod.has(S));
          for (const [S, sub] of inside) {
            if (inside.some(([T, mid]) => T !== S && contains(mid, sub))) continue;
            const small = byPeriod.get(S);
            if (small) s.add([[big.x, 1], [small.x, -1]], 0, Infinity, () => `${rest}: the persons of ${S} are among those of ${P}`);
          }
          const monthCells = months.map((m) => byPeriod.get(periodKey({ from: m, to: m })));
          if (monthCells.every((c) => c)) {
            const terms: Array<[number, number]> = [[big.x, -1], ...monthCells.map((c) => [c!.x, 1] as [number, number])];
            if (metric === 'newcomers') {
              const rows = monthCells.map((c) => c!.row);
              if (rows.every((r) => r && r.suppressed !== 'not_available')) s.eq(terms, 0, () => `${rest}: the newcomers of ${P} are the sum of its months'`);
            } else if (subadditive.has(metric)) s.add(terms, 0, Infinity, () => `${rest}: the persons of ${P} are at most the sum of its months'`);
          }
        }
      }
    }
    // Retention: the persons of the period before and of this one together are within any published period covering both.
    for (const [rest, byPeriod] of byRest) {
      if (!rest.endsWith('|@kept')) continue;
      const partRest = rest.replace(/\|@kept$/, '|participants');
      const parts = byRest.get(partRest);
      if (!parts) continue;
      for (const [P, kept] of byPeriod) {
        const period = this.pub.periods.get(P);
        if (!period) continue;
        const prev = previous(period.from, period.to);
        const now = parts.get(P);
        const before = parts.get(periodKey(prev));
        if (!now || !before) continue;
        for (const [Z, zp] of periods) {
          if (!contains(zp, { from: prev.from, to: period.to })) continue;
          const z = parts.get(Z);
          if (z) s.add([[z.x, 1], [before.x, -1], [now.x, -1], [kept.x, 1]], 0, Infinity, () => `${rest}: ${periodKey(prev)} and ${P} together are among the persons of ${Z}`);
        }
      }
    }
  }

  /** Bounds on a published count from a figure that grows with it (Wilson limits, z-scores): the counts whose figure rounds to the published value. */
  private invert(v: number, max: number, r: Published, fs: Array<(n: number) => number>, note = ''): void {
    this.resting.push({ row: r, num: v });
    const [lo, hi] = this.interval(r);
    const tol = 1e-6 * Math.max(1, Math.abs(r.value as number));
    // f grows with n: the first n with f(n) >= lo and the last with f(n) <= hi.
    const first = (pred: (n: number) => boolean) => {
      let a = 0;
      let b = max + 1;
      while (a < b) {
        const m = (a + b) >> 1;
        if (pred(m)) b = m;
        else a = m + 1;
      }
      return a;
    };
    const nLo = Math.min(...fs.map((f) => first((n) => f(n) >= lo - tol)));
    const nHi = Math.max(...fs.map((f) => first((n) => f(n) > hi + tol) - 1));
    this.sys.add([[v, 1]], nLo, nHi, () => `${r.file}: ${label(r)} = ${r.value}${note ? ` ${note}` : ''}`);
  }
}

const K = cellKey;

/** Digits after the decimal point in the shortest form of a number (exponent forms count as many). */
function decimalsOf(v: number): number {
  const s = String(v);
  if (/e/i.test(s)) return 99;
  const i = s.indexOf('.');
  return i < 0 ? 0 : s.length - i - 1;
}

/** The Wilson 95% interval of n out of N, as proportions. */
export function wilson(n: number, N: number, z = 1.959963984540054): [number, number] {
  if (N <= 0) return [0, 0];
  const p = n / N;
  const z2 = z * z;
  const centre = (p + z2 / (2 * N)) / (1 + z2 / N);
  const half = (z / (1 + z2 / N)) * Math.sqrt((p * (1 - p)) / N + z2 / (4 * N * N));
  return [Math.max(0, centre - half), Math.min(1, centre + half)];
}
