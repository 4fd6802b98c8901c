/**
 * The independent reference implementation of every metric of METRICS.md, in plain
 * TypeScript, one scope at a time: `referenceScope` gives each figure before the threshold
 * (values from perturbed counts), `referenceDisclose` applies the threshold, and
 * `referencePeriod` gives every figure of one period as the engine publishes it: each
 * provider filter's scope, the provider-free families once, and the group-label rule.
 * Property tests assert that src/lib/metrics publishes the same rows.
 */
import type { CanonicalData } from '../../src/lib/load/canonical';
import type { FigureRow, Provider, SuppressReason } from '../../src/lib/metrics/types';
import { buildModel, RESIDENCE, type RefFigure, type Scope, units } from './model';
import { reachFigures } from './reach';
import { activityFigures, networkFigures } from './network';
import { overlapFigures } from './overlap';
import { selfOrganisationFigures, signalFigures } from './other';

export type { RefFigure, Scope } from './model';

export interface ReferenceOptions {
  /** The Lorenz deciles (an extension the wijk page draws). */
  lorenz?: boolean;
  /** B8 for residence_wijk too. */
  residenceMatrix?: boolean;
}

/** The figures of one scope that depend on the provider filter, before the threshold. */
export function referenceScope(data: CanonicalData, scope: Scope, opt: ReferenceOptions = {}): RefFigure[] {
  const m = buildModel(data, scope);
  const out: RefFigure[] = [];
  const inTable = new Set(data.wijken.map((w) => w.wijk_id));
  const matrixDims = opt.residenceMatrix ? [...scope.dimensions, RESIDENCE] : scope.dimensions;
  const all = units(m);
  for (const u of all) {
    const city = all.find((c) => c.city === u.city && c.wijk_id === '')!;
    out.push(...reachFigures(m, u, city, opt.lorenz ?? false));
    // The synthetic `<city>-ONB` wijk (the wijken table lacks it) is a place of residence
    // only: no location figures of its own; its activities still count for the city.
    if (u.wijk_id === '' || inTable.has(u.wijk_id)) {
      out.push(...networkFigures(m, u, city, matrixDims));
      out.push(...selfOrganisationFigures(m, u));
    }
  }
  return out;
}

/** The figures of a period that do not depend on the provider filter (overlap, signals, B9), before the threshold. */
export function referenceProviderFree(data: CanonicalData, scope: Scope): RefFigure[] {
  const m = buildModel(data, { ...scope, provider: 'all' });
  const out: RefFigure[] = [];
  const inTable = new Set(data.wijken.map((w) => w.wijk_id));
  for (const u of units(m)) {
    out.push(...overlapFigures(m, u));
    if (u.wijk_id === '' || inTable.has(u.wijk_id)) out.push(...signalFigures(m, u));
  }
  out.push(...activityFigures(m));
  return out;
}

/** METRICS.md's threshold, written apart from src/lib/metrics/disclosure.ts. */
export function referenceReason(f: RefFigure, k: number): SuppressReason | null {
  if (f.na) return 'not_available';
  if (f.kind === 'count' && f.value !== null && f.value < k) return 'below_k';
  if (f.kind === 'share' && (f.basis === null || f.basis < k)) return 'below_k';
  if (f.kind === 'network' && (f.basis === null || f.basis < k || (f.sessions ?? 0) < 3)) return 'below_k';
  if (f.value === null) return 'not_available';
  return null;
}

export function referenceDisclose(figs: RefFigure[], k: number): FigureRow[] {
  return figs.map((f) => {
    const suppressed = referenceReason(f, k);
    return {
      city: f.city,
      wijk_id: f.wijk_id,
      provider: f.provider,
      dimension: f.dimension,
      group: f.group,
      metric: f.metric,
      value: suppressed ? null : f.value,
      suppressed
    };
  });
}

/** A published row and the scope it belongs to (null: every provider filter's scope). */
export type ScopedRow = FigureRow & { scope: Provider | null };

/**
 * Every figure of one period as published, unrounded: each provider filter's scope, the
 * provider-free families once, and the group-label rule (a participant dimension's group
 * appears only when some figure of it is shown in this period, or the population names it).
 */
export function referencePeriod(
  data: CanonicalData,
  period: Omit<Scope, 'provider'>,
  providers: Provider[],
  opt: ReferenceOptions = {}
): ScopedRow[] {
  const rows: ScopedRow[] = [];
  for (const provider of providers) {
    for (const r of referenceDisclose(referenceScope(data, { ...period, provider }, opt), period.k)) rows.push({ ...r, scope: provider });
  }
  for (const r of referenceDisclose(referenceProviderFree(data, { ...period, provider: 'all' }), period.k)) rows.push({ ...r, scope: null });
  const dims = new Set(period.dimensions);
  const own = (r: FigureRow) => dims.has(r.dimension) && r.group !== '' && !r.metric.startsWith('activity_');
  const matrix = (r: FigureRow) => r.metric === 'mixing' || r.metric === 'mixing_expected';
  const shown = new Set<string>();
  const label = (d: string, g: string) => `${d}\u0000${g}`;
  for (const r of rows) if (own(r) && !matrix(r) && r.suppressed === null) shown.add(label(r.dimension, r.group));
  for (const p of data.population) shown.add(label(p.dimension, p.group));
  for (const d of dims) shown.add(label(d, 'unknown'));
  return rows.filter((r) => {
    if (!own(r)) return true;
    if (!matrix(r)) return shown.has(label(r.dimension, r.group));
    const [g, h] = r.group.split('|');
    return shown.has(label(r.dimension, g)) && shown.has(label(r.dimension, h));
  });
}

/** Key of a figure: what identifies it in an export. */
export function figureKey(f: Pick<FigureRow, 'city' | 'wijk_id' | 'provider' | 'dimension' | 'group' | 'metric'>): string {
  return [f.city, f.wijk_id, f.provider, f.dimension, f.group, f.metric].join(' / ');
}

/**
 * METRICS.md's published precision, stated apart from src/lib/metrics/disclosure.ts: rates
 * per 1,000 and medians of days to 1 decimal, counts (persons, sessions, pairs, signals)
 * whole, shares, indices and ratios to 4 decimals. Half away from zero.
 */
export function referenceDigits(metric: string): number {
  if (/^(participants|newcomers|bw|ggw|both|bw_only|ggw_only|involved_participants|activity_participants|pairs|pairs_within|pairs_between|activity_pairs|sessions_used|sessions_excluded|signals)$/.test(metric)) return 0;
  if (/^(reach_rate|group_reach_rate|reach_rate_low|reach_rate_high|gateway_median_days|signal_median_days)$/.test(metric)) return 1;
  return 4;
}

export function referenceRound(metric: string, value: number | null): number | null {
  if (value === null) return null;
  const f = 10 ** referenceDigits(metric);
  return (Math.sign(value) * Math.round(Math.abs(value) * f)) / f;
}
