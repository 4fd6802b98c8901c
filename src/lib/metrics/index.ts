/**
 * Every figure of METRICS.md, computed by DuckDB set-based over many periods at once, with
 * disclosure control (cell-key perturbation, the threshold k, published precision) as its
 * own layer. See figures.ts for the order of work.
 */
export { prepareFigures, computeFigures, scopeRows, scopeColumns, periodFigures, periodScopes, periodsColumns, periodId, rawScopeRows } from './figures';
export { figureRows, TEXT_COLUMNS, type FigureColumns, type TextColumn } from './figure-table';
export type { FigureOptions, FigureRun } from './figures';
export { checkK, MIN_SESSIONS, NOISE, PRECISION, DEFAULT_PRECISION, noiseOf } from './disclosure';
export { checkSecret, recordKeyer } from './keys';
export { UNKNOWN_GROUP } from './sql';
export type { PeriodRequest } from './periods';
export * from './period';
export type { FigureRow, Provider, SuppressReason } from './types';
export { DEFAULT_CAP, DEFAULT_K, MIN_K, PROVIDERS } from './types';
