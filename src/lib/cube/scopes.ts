/**
 * The periods the dashboard offers (METRICS.md "period": one month, a quarter, the
 * rolling 12 months ending at a month) as scope keys. A key names one precomputed
 * or computed set of figures: kind, last month, provider.
 */
import { addMonths, monthIndex } from '../metrics/period';
import { PROVIDERS, type Provider } from '../metrics/types';

export type PeriodKind = 'month' | 'quarter' | 'year';
export const PERIOD_KINDS: PeriodKind[] = ['month', 'quarter', 'year'];
const LENGTH: Record<PeriodKind, number> = { month: 1, quarter: 3, year: 12 };

export interface ScopeRef {
  kind: PeriodKind;
  /** Last month of the period, 'YYYY-MM'. */
  end: string;
  provider: Provider;
}

export interface Period {
  from: string;
  to: string;
}

/** The months a period covers. A quarter is a calendar quarter, so `end` must close one. */
export function periodOf(kind: PeriodKind, end: string): Period {
  if (kind === 'quarter' && (monthIndex(end) % 12) % 3 !== 2) throw new Error(`${end} does not close a calendar quarter`);
  return { from: addMonths(end, 1 - LENGTH[kind]), to: end };
}

/** 'month-2026-11-all': safe as a file name and a URL value. */
export function scopeKey(s: ScopeRef): string {
  return `${s.kind}-${s.end}-${s.provider}`;
}

export function parseScopeKey(key: string): ScopeRef | null {
  const m = /^(month|quarter|year)-(\d{4}-\d{2})-(all|buurtwerk|ggw)$/.exec(key);
  if (!m) return null;
  return { kind: m[1] as PeriodKind, end: m[2], provider: m[3] as Provider };
}

/**
 * Every period of a kind that lies wholly inside the data's months, latest last:
 * a quarter or a year cut off by the start of the data would compare unlike with like.
 */
export function periodEnds(kind: PeriodKind, first: string, last: string): string[] {
  const out: string[] = [];
  for (let i = monthIndex(first) + LENGTH[kind] - 1; i <= monthIndex(last); i++) {
    const end = addMonths(first, i - monthIndex(first));
    if (kind === 'quarter' && (i % 12) % 3 !== 2) continue;
    out.push(end);
  }
  return out;
}

/** Every scope the dashboard offers for data covering [first, last]. */
export function offeredScopes(first: string, last: string, providers: Provider[] = PROVIDERS): ScopeRef[] {
  const out: ScopeRef[] = [];
  for (const kind of PERIOD_KINDS) for (const end of periodEnds(kind, first, last)) for (const provider of providers) out.push({ kind, end, provider });
  return out;
}
