/**
 * Periods as data (METRICS.md "period"): the figures of every requested period come out of
 * one set-based pass, so the periods are a table the queries join to, not a loop around
 * them. Each period is a run of whole months; its month index is year * 12 + month - 1,
 * the same number SQL computes from a date.
 *
 * R9 retention compares a period with the period of equal length just before it. That
 * earlier period is added to the table as a helper (`emit` false) when it was not asked
 * for, so its persons are there to compare with; helpers never reach the output.
 */
import type { Engine } from '../engine/types';
import { quoteLiteral } from '../engine/sql';
import { lastDay, monthFromIndex, monthIndex } from './period';

export interface PeriodRequest {
  /** First and last month, 'YYYY-MM', inclusive. */
  from: string;
  to: string;
}

export interface PeriodRow {
  id: number;
  from: number;
  to: number;
  /** The period of equal length just before this one (always in the table). */
  prev: number;
  /** Asked for: its figures are written. Helpers (previous periods only) are not. */
  emit: boolean;
}

/** The periods table for these requests: the requested ones first, in order, then helpers. */
export function periodRows(requests: readonly PeriodRequest[]): PeriodRow[] {
  const rows: PeriodRow[] = [];
  const byRange = new Map<string, PeriodRow>();
  const add = (from: number, to: number, emit: boolean): PeriodRow => {
    const key = `${from}:${to}`;
    let row = byRange.get(key);
    if (row) {
      if (emit) row.emit = true;
      return row;
    }
    row = { id: rows.length, from, to, prev: -1, emit };
    rows.push(row);
    byRange.set(key, row);
    return row;
  };
  for (const r of requests) {
    const from = monthIndex(r.from);
    const to = monthIndex(r.to);
    if (to < from) throw new Error(`period ends before it starts: ${r.from} .. ${r.to}`);
    add(from, to, true);
  }
  // Only the requested periods need a previous one; a helper's own predecessor is never read.
  for (const row of rows.filter((r) => r.emit)) {
    const len = row.to - row.from + 1;
    row.prev = add(row.from - len, row.from - 1, false).id;
  }
  return rows;
}

/**
 * Creates ww_periods (period_id, from_m, to_m, prev_id, emit, end_date) and
 * ww_period_months (period_id, m): the months each period covers.
 */
export async function createPeriodTables(engine: Engine, rows: readonly PeriodRow[]): Promise<void> {
  await engine.exec('DROP TABLE IF EXISTS ww_periods; DROP TABLE IF EXISTS ww_period_months');
  const values = rows
    .map((r) => `(${r.id}, ${r.from}, ${r.to}, ${r.prev < 0 ? 'NULL' : r.prev}, ${r.emit}, DATE ${quoteLiteral(lastDay(monthFromIndex(r.to)))})`)
    .join(',\n');
  await engine.exec(`
    CREATE TEMP TABLE ww_periods AS
    SELECT * FROM (VALUES ${values}) AS t(period_id, from_m, to_m, prev_id, emit, end_date)`);
  await engine.exec(`
    CREATE TEMP TABLE ww_period_months AS
    SELECT period_id, unnest(range(from_m, to_m + 1))::INTEGER AS m FROM ww_periods`);
}

/** SQL: the month index of a DATE expression, as ww_period_months has it. */
export const monthOf = (date: string) => `(year(${date}) * 12 + month(${date}) - 1)::INTEGER`;
