/**
 * The independent reference implementation of every metric of METRICS.md, in plain
 * TypeScript: `referenceRawFigures(data, scope)` returns the figures in the export shape,
 * one row per figure, for every wijk of wijk_all and one city-wide row set per city
 * (wijk_id ''). Property tests assert the SQL of src/lib/metrics gives the same rows.
 */
import type { CanonicalData } from '../../src/lib/load/canonical';
import type { RawFigure, Scope } from '../../src/lib/metrics/types';
import { buildModel, units } from './model';
import { reachFigures } from './reach';
import { networkFigures } from './network';
import { overlapFigures } from './overlap';
import { selfOrganisationFigures, signalFigures } from './other';

export function referenceRawFigures(data: CanonicalData, scope: Scope): RawFigure[] {
  const m = buildModel(data, scope);
  const out: RawFigure[] = [];
  const inTable = new Set(data.wijken.map((w) => w.wijk_id));
  for (const u of units(m)) {
    // The synthetic `<city>-ONB` wijk (the wijken table lacks it) is a place of residence
    // only: resident figures (reach, overlap) but no location figures of its own. Its
    // activities, if any, still count in the city-wide location figures.
    const located = u.wijk_id === '' || inTable.has(u.wijk_id);
    out.push(...reachFigures(m, u));
    if (located) out.push(...networkFigures(m, u));
    out.push(...overlapFigures(m, u));
    if (located) out.push(...selfOrganisationFigures(m, u));
    if (located) out.push(...signalFigures(m, u));
  }
  return out;
}

/** Key of a figure: what identifies it in an export. */
export function figureKey(f: Pick<RawFigure, 'city' | 'wijk_id' | 'provider' | 'dimension' | 'group' | 'metric'>): string {
  return [f.city, f.wijk_id, f.provider, f.dimension, f.group, f.metric].join(' / ');
}
