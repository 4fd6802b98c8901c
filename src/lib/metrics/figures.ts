/**
 * Every figure of METRICS.md for many periods and provider filters in one set-based pass:
 * the periods are a table, every family is a handful of GROUP BYs over persons, sessions
 * and months joined to it, and disclosure control runs once over the result. The figures
 * stay in the engine (ww_figures) as columns until a file or a page reads them.
 *
 * prepareFigures() builds what does not depend on the periods (record keys, persons, and the
 * per-month tables each family sums: distinct persons are counted per unit, month and previous
 * month, so a period's persons are the rows of its months whose previous month lies before it);
 * computeFigures() adds the figures of a batch of periods; readers take them out per scope.
 * The browser runs batches one after the other to show progress; the command line, one.
 */
import type { Columns, Engine } from '../engine/types';
import { quoteLiteral } from '../engine/sql';
import { activityFigures, createActivityBase } from './activities';
import { createBaseTables, dropWorkTables, firstDataMonth, participantDims, RESIDENCE_DIM } from './base';
import { checkK, createPerturbation, dropHiddenLabels } from './disclosure';
import { createFigureTable, figureRows, figuresWhere, readDictionary, readFigureColumns, readFigureParts, storeFigures, type FigureColumns, type TextColumn } from './figure-table';
import { checkSecret, createRecordKeys } from './keys';
import { createLocationPersons, createNetworkBase, networkFigures } from './network';
import { createOverlapBase, overlapFigures } from './overlap';
import { monthIndex } from './period';
import { createPeriodTables, periodRows, type PeriodRequest, type PeriodRow } from './periods';
import { createReachBase, reachFigures } from './reach';
import { selfOrganisationFigures } from './selforg';
import { signalFigures } from './signals';
import { createRawTable, type FigureContext } from './sql';
import { PROVIDERS, type FigureRow, type Provider, type SuppressReason } from './types';

export interface FigureOptions {
  /** Participant dimension columns (composition, O5, network); residence_wijk is added for the network. */
  dimensions: string[];
  /** Disclosure threshold (METRICS.md: default 5, never below 3). */
  k: number;
  /** Sessions with more distinct participants than this are left out of network figures. */
  cap: number;
  /** The provider filters to compute; default all three. */
  providers?: Provider[];
  /** The deployment secret behind the record keys. Required unless perturbation is off. */
  secret: Uint8Array | null;
  /** Tests and the auditor's negative control only: publish unperturbed counts. */
  perturb?: boolean;
  /** Property tests only: keep full precision instead of the published one. */
  round?: boolean;
  /** B8 by residence wijk (one cell per pair of wijken per unit): the command line's full export. */
  residenceMatrix?: boolean;
  /** The Lorenz deciles of R7 (lorenz_share): the wijk page's chart; not in METRICS.md's export list. */
  lorenz?: boolean;
  /**
   * Property tests only: keep every figure before the threshold (ww_raw_kept), so the
   * formulas are compared with the reference also where k would hide them.
   */
  keepRaw?: boolean;
}

/** A computation under way: its context and the periods computed so far. */
export interface FigureRun {
  ctx: FigureContext;
  opt: FigureOptions;
  firstMonth: number | null;
  /** Every period computed, by request, with its id in ww_figures. */
  periods: Array<PeriodRequest & { id: number }>;
  /** The months the base holds (null: all). */
  months: { from: number; to: number } | null;
  /** The dictionary of the figures' text columns, read after each batch. */
  dict: Record<TextColumn, string[]> | null;
}

/**
 * Starts a computation over the loaded data: record keys, the perturbation macro, the
 * dimensions and the base tables every batch of periods reads. `reach`, when given, are the
 * periods this run will compute: the base then holds only the months they (and the periods
 * before them) cover. Drops the figures of any earlier run.
 */
export async function prepareFigures(engine: Engine, opt: FigureOptions, reach?: readonly PeriodRequest[]): Promise<FigureRun> {
  checkK(opt.k);
  if (!Number.isFinite(opt.cap) || opt.cap < 2) throw new Error(`cap must be at least 2, got ${opt.cap}`);
  const perturb = opt.perturb ?? true;
  if (perturb) checkSecret(opt.secret);
  const providers = opt.providers ?? PROVIDERS;
  for (const p of providers) if (!PROVIDERS.includes(p)) throw new Error(`unknown provider ${JSON.stringify(p)}`);
  await dropWorkTables(engine, true);
  await engine.exec('DROP TABLE IF EXISTS ww_raw_kept');
  await createFigureTable(engine);
  await createRecordKeys(engine, perturb ? opt.secret : null);
  await createPerturbation(engine, perturb);
  const dims = await participantDims(engine, opt.dimensions);
  const [{ n }] = await engine.query<{ n: number }>('SELECT count(*)::DOUBLE AS n FROM signals');
  const ctx: FigureContext = {
    engine,
    k: opt.k,
    cap: opt.cap,
    providers,
    dims,
    netDims: [...dims, RESIDENCE_DIM],
    residenceMatrix: opt.residenceMatrix ?? false,
    lorenz: opt.lorenz ?? false,
    hasSignals: Number(n) > 0
  };
  let months: { from: number; to: number } | null = null;
  if (reach?.length) {
    const rows = periodRows(reach);
    months = { from: Math.min(...rows.map((r) => r.from)), to: Math.max(...rows.map((r) => r.to)) };
  }
  await createBaseTables(ctx, months);
  await createReachBase(ctx);
  await createNetworkBase(ctx);
  await createActivityBase(ctx);
  await createOverlapBase(ctx);
  return { ctx, opt, firstMonth: await firstDataMonth(engine), periods: [], months, dict: null };
}

/** Computes every figure of these periods (all provider filters of the run) into ww_figures. */
export async function computeFigures(run: FigureRun, requests: readonly PeriodRequest[]): Promise<void> {
  if (!requests.length) return;
  const { ctx } = run;
  const offset = run.periods.length ? Math.max(...run.periods.map((p) => p.id)) + 1 : 0;
  const rows: PeriodRow[] = periodRows(requests).map((r) => ({ ...r, id: r.id + offset, prev: r.prev < 0 ? -1 : r.prev + offset }));
  if (run.months) {
    const outside = rows.find((r) => r.from < run.months!.from || r.to > run.months!.to);
    if (outside) throw new Error('a period outside the months this computation was prepared for');
  }
  await createPeriodTables(ctx.engine, rows);
  await createRawTable(ctx.engine);
  await reachFigures(ctx, run.firstMonth);
  await createLocationPersons(ctx);
  await networkFigures(ctx);
  await selfOrganisationFigures(ctx);
  await overlapFigures(ctx);
  await signalFigures(ctx);
  await activityFigures(ctx);
  if (run.opt.keepRaw) {
    await ctx.engine.exec(`
      CREATE TEMP TABLE IF NOT EXISTS ww_raw_kept AS SELECT * FROM ww_raw WHERE FALSE;
      INSERT INTO ww_raw_kept SELECT r.* FROM ww_raw r JOIN ww_periods p USING (period_id) WHERE p.emit`);
  }
  await dropHiddenLabels(ctx.engine, ctx.k, ctx.dims.map((d) => d.name));
  await storeFigures(ctx.engine, ctx.k, run.opt.round ?? true);
  await dropWorkTables(ctx.engine);
  run.dict = await readDictionary(ctx.engine);
  for (const r of requests) {
    const from = monthIndex(r.from);
    const to = monthIndex(r.to);
    const row = rows.find((x) => x.emit && x.from === from && x.to === to)!;
    if (!run.periods.some((p) => p.from === r.from && p.to === r.to)) run.periods.push({ ...r, id: row.id });
  }
}

export function periodId(run: FigureRun, request: PeriodRequest): number {
  const p = run.periods.find((x) => x.from === request.from && x.to === request.to);
  if (!p) throw new Error(`period ${request.from} .. ${request.to} was not computed`);
  return p.id;
}

/** One scope's figures as codes and numbers (a figure file is written from these). */
export async function scopeColumns(run: FigureRun, request: PeriodRequest, provider: Provider): Promise<FigureColumns> {
  return readFigureColumns(run.ctx.engine, run.dict!, figuresWhere(periodId(run, request), provider));
}

/** One scope's figures as rows (the pages read these). */
export async function scopeRows(run: FigureRun, request: PeriodRequest, provider: Provider): Promise<FigureRow[]> {
  return figureRows(await scopeColumns(run, request, provider));
}

/**
 * Every figure of one period, each once: the provider-free families (overlap, signals,
 * activities) belong to every scope but are exported once. The command line's export.
 */
export async function periodFigures(run: FigureRun, request: PeriodRequest): Promise<FigureRow[]> {
  return figureRows(await readFigureColumns(run.ctx.engine, run.dict!, figuresWhere(periodId(run, request), null)));
}

/**
 * Every scope of one period from one read (the command line writes all of them): each
 * provider filter's own rows with the rows that belong in every scope.
 */
export async function periodScopes(run: FigureRun, request: PeriodRequest): Promise<Record<Provider, FigureColumns>> {
  const providers = run.ctx.providers;
  // The provider filter as its place in `providers` (-1: every scope's row): text would cost a string per row to read.
  const scopeNo = `CASE WHEN scope_prov IS NULL THEN -1 ${providers.map((p, i) => `WHEN scope_prov = ${quoteLiteral(p)} THEN ${i}`).join(' ')} ELSE -2 END::INTEGER AS scope_no`;
  const parts = await readFigureParts(run.ctx.engine, run.dict!, figuresWhere(periodId(run, request), null), { select: scopeNo, order: 'period_id' }, (more, n) => {
    const scope = more.scope_no;
    return providers.map((_, p) => rowsWhere(n, (i) => scope[i] === -1 || scope[i] === p));
  });
  return Object.fromEntries(providers.map((p, i) => [p, parts[i]])) as Record<Provider, FigureColumns>;
}

/**
 * The figures of many periods in one provider filter's scope, in one read, split per period
 * in the order given: the monthly series of the pages.
 */
export async function periodsColumns(run: FigureRun, requests: readonly PeriodRequest[], provider: Provider, where = 'TRUE'): Promise<FigureColumns[]> {
  const ids = requests.map((r) => periodId(run, r));
  return readFigureParts(
    run.ctx.engine,
    run.dict!,
    `(${ids.map((id) => `(${figuresWhere(id, provider)})`).join(' OR ') || 'FALSE'}) AND ${where}`,
    { select: 'period_id', order: 'period_id' },
    (more, n) => {
      // Each period's row numbers, in the read's order; a period asked for twice gets the same rows.
      const at = more.period_id;
      const rows = new Map<number, number[]>(ids.map((id) => [id, []]));
      for (let i = 0; i < n; i++) rows.get(Number(at[i]))?.push(i);
      return ids.map((id) => rows.get(id)!);
    }
  );
}

/** The row numbers below n that pass `keep`. */
function rowsWhere(n: number, keep: (i: number) => boolean): Int32Array {
  const out = new Int32Array(n);
  let m = 0;
  for (let i = 0; i < n; i++) if (keep(i)) out[m++] = i;
  return out.subarray(0, m);
}

/** Property tests only (keepRaw): one scope's figures before the threshold, as the reference states them. */
export async function rawScopeRows(run: FigureRun, request: PeriodRequest, provider: Provider): Promise<Array<Record<string, unknown>>> {
  return run.ctx.engine.query(
    `SELECT city, wijk_id, provider, dimension, grp AS "group", metric, value, kind, basis, sessions, na
     FROM ww_raw_kept WHERE ${figuresWhere(periodId(run, request), provider)} ORDER BY city, wijk_id, provider, dimension, grp, metric`
  );
}
