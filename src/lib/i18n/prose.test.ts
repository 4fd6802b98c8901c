import { describe, expect, it } from 'vitest';
import { en } from './en';
import { nl } from './nl';

/** Every key path of a text object; a function or a string is a leaf, an array counts its length. */
function paths(o: unknown, at = ''): string[] {
  if (Array.isArray(o)) return [`${at}[${o.length}]`];
  if (o && typeof o === 'object') return Object.entries(o).flatMap(([k, v]) => paths(v, at ? `${at}.${k}` : k));
  return [`${at}:${typeof o}`];
}

/** Lookup tables of the data's own words (signal themes): translated where Dutch needs it, kept in English. */
const LOOKUPS = ['sections.themes.'];
const keyed = (o: unknown) => paths(o).filter((p) => !LOOKUPS.some((l) => p.startsWith(l))).sort();

describe('the language files', () => {
  it('have the same keys, of the same kind, in both languages', () => {
    expect(keyed(en)).toEqual(keyed(nl));
  });
  it('differ in language: most texts are not the same in both', () => {
    const leaves = (o: unknown): string[] =>
      Array.isArray(o) ? o.flatMap(leaves) : o && typeof o === 'object' ? Object.values(o).flatMap(leaves) : typeof o === 'string' ? [o] : [];
    const [a, b] = [leaves(nl), leaves(en)];
    const same = a.filter((s, i) => s === b[i]).length;
    expect(same / a.length).toBeLessThan(0.2);
  });
});
