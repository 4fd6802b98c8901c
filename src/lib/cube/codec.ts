/**
 * A compact, lossless JSON form for lists of figures: the text columns are coded
 * against small dictionaries, so a scope of ~12,000 figures is a few hundred kB
 * instead of a few MB of repeated keys. Published sites ship only this.
 */
import type { FigureRow, Provider, SuppressReason } from '../metrics/types';

const TEXT = ['city', 'wijk_id', 'provider', 'dimension', 'group', 'metric', 'suppressed'] as const;
type TextColumn = (typeof TEXT)[number];

export interface EncodedFigures {
  v: 1;
  n: number;
  dict: Record<TextColumn, string[]>;
  codes: Record<TextColumn, number[]>;
  /** null where suppressed; numbers are kept exactly as JSON writes doubles. */
  value: (number | null)[];
}

export function encodeFigures(rows: readonly FigureRow[]): EncodedFigures {
  const dict = {} as Record<TextColumn, string[]>;
  const codes = {} as Record<TextColumn, number[]>;
  for (const c of TEXT) {
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
  const rows: FigureRow[] = new Array(e.n);
  const at = (c: TextColumn, i: number) => e.dict[c][e.codes[c][i]];
  for (let i = 0; i < e.n; i++) {
    const suppressed = at('suppressed', i);
    rows[i] = {
      city: at('city', i),
      wijk_id: at('wijk_id', i),
      provider: at('provider', i) as Provider,
      dimension: at('dimension', i),
      group: at('group', i),
      metric: at('metric', i),
      value: e.value[i],
      suppressed: suppressed === '' ? null : (suppressed as SuppressReason)
    };
  }
  return rows;
}
