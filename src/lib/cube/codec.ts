/**
 * A compact, lossless JSON form for lists of figures: the text columns are coded against
 * small dictionaries, so a scope of ~12,000 figures is a few hundred kB instead of a few MB
 * of repeated keys. Published sites ship only this. It is the engine's own column form
 * (metrics/figure-table.ts) with a version: files are written from the engine without an
 * object per figure, and read back into rows.
 */
import { figureRows, TEXT_COLUMNS, type FigureColumns } from '../metrics/figure-table';
import type { FigureRow } from '../metrics/types';

export interface EncodedFigures extends FigureColumns {
  v: 1;
}

export function encodeColumns(f: FigureColumns): EncodedFigures {
  return { v: 1, n: f.n, dict: f.dict, codes: f.codes, value: f.value };
}

export function encodeFigures(rows: readonly FigureRow[]): EncodedFigures {
  const dict = {} as FigureColumns['dict'];
  const codes = {} as FigureColumns['codes'];
  for (const c of TEXT_COLUMNS) {
    const index = new Map<string, number>();
    const d: string[] = [];
    codes[c] = rows.map((r) => {
      const text = (r[c] ?? '') as string;
      let i = index.get(text);
      if (i === undefined) index.set(text, (i = d.push(text) - 1));
      return i;
    });
    dict[c] = d;
  }
  return { v: 1, n: rows.length, dict, codes, value: rows.map((r) => r.value) };
}

export function decodeFigures(e: EncodedFigures): FigureRow[] {
  if (e?.v !== 1 || !Array.isArray(e.value) || e.value.length !== e.n) throw new Error('not a figures file of this version');
  return figureRows(e);
}
