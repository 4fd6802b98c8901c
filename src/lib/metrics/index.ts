/**
 * Every figure of METRICS.md for a scope: the metric families, computed by
 * DuckDB, then the disclosure layer.
 */
import type { Engine } from '../engine/types';
import { applyDisclosure, checkK } from './disclosure';
import { networkFigures } from './network';
import { overlapFigures } from './overlap';
import { reachFigures } from './reach';
import { selfOrganisationFigures } from './selforg';
import { signalFigures } from './signals';
import { checkScope } from './sql';
import type { FigureRow, RawFigure, Scope } from './types';

export { applyDisclosure, checkK, MIN_SESSIONS, primaryReason } from './disclosure';
export { networkFigures } from './network';
export { overlapFigures } from './overlap';
export { reachFigures } from './reach';
export { selfOrganisationFigures } from './selforg';
export { signalFigures } from './signals';
export { UNKNOWN_GROUP, BREAKDOWN_SEP } from './sql';
export * from './period';
export type { FigureRow, RawFigure, Scope, Provider, SuppressReason } from './types';
export { DEFAULT_CAP, DEFAULT_K, MIN_K, PROVIDERS } from './types';

/** All figures of all families before disclosure control: stays inside the engine. */
export async function computeRawFigures(engine: Engine, scope: Scope): Promise<RawFigure[]> {
  checkScope(scope);
  // Sequential: one connection. concat, not push(...): a city has far more figures than a call has arguments.
  const families = [reachFigures, networkFigures, overlapFigures, selfOrganisationFigures, signalFigures];
  let out: RawFigure[] = [];
  for (const family of families) out = out.concat(await family(engine, scope));
  return out;
}

/** The figures as shown and exported: computeRawFigures through applyDisclosure(scope.k). */
export async function computeFigures(engine: Engine, scope: Scope): Promise<FigureRow[]> {
  checkK(scope.k);
  return applyDisclosure(await computeRawFigures(engine, scope), scope.k);
}
