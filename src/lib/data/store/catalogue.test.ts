import { describe, expect, it } from 'vitest';
import { CATALOGUE_FORMAT, EXPORT_FORMAT, emptyCatalogue, formatOf, readCatalogue, type CatalogueEntry } from './catalogue';
import { KEPT_TABLES } from './tables';

const ref = (file: string) => ({ file, bytes: 3, sha256: 'a'.repeat(64) });
const entry = (over: Partial<CatalogueEntry> = {}): CatalogueEntry => ({
  format: EXPORT_FORMAT,
  id: '0123456789abcdef',
  name: 'Stad 2025',
  kind: 'both',
  fingerprint: 'abcdefabcdef',
  kept: '2026-01-01T00:00:00.000Z',
  cities: ['Stad'],
  months: { first: '2025-01', last: '2025-12' },
  tables: Object.fromEntries(KEPT_TABLES.map((t) => [t, { ...ref(`tables/${t}.arrow`), rows: 1 }])) as CatalogueEntry['tables'],
  report: ref('report.json'),
  mapping: ref('mapping.json'),
  figures: { 'scope/month-2025-01-all.json': ref('figures/0.bin') },
  nextFigure: 1,
  ...over
});
const cat = (exports: unknown[], current: string | null = null) => JSON.parse(JSON.stringify({ format: CATALOGUE_FORMAT, keep: true, current, exports }));

describe('reading the catalogue back', () => {
  it('takes a whole catalogue as it is', () => {
    expect(readCatalogue(cat([entry()], '0123456789abcdef'))).toEqual(cat([entry()], '0123456789abcdef'));
    expect(readCatalogue(emptyCatalogue())).toEqual(emptyCatalogue());
  });

  it.each([
    ['a path that leaves the export folder', entry({ report: ref('../../secret.bin') })],
    ['a bad checksum', entry({ mapping: { ...ref('mapping.json'), sha256: 'xyz' } })],
    ['a negative size', entry({ report: { ...ref('report.json'), bytes: -1 } })],
    ['a missing table', entry({ tables: { ...entry().tables, signals: undefined } as unknown as CatalogueEntry['tables'] })],
    ['an id that could be a path', entry({ id: '../x' })],
    ['an unknown kind', entry({ kind: 'city' as never })]
  ])('refuses an entry with %s', (_, e) => {
    expect(readCatalogue(cat([e]))).toBeNull();
  });

  it('refuses two entries with one id, and a catalogue of another shape', () => {
    expect(readCatalogue(cat([entry(), entry()]))).toBeNull();
    expect(readCatalogue({ ...cat([]), keep: 'yes' })).toBeNull();
    expect(readCatalogue({ ...cat([]), format: CATALOGUE_FORMAT + 1 })).toBeNull();
    expect(readCatalogue([])).toBeNull();
  });

  it('lists an entry of another export format by what it shows, and forgets a current export that is gone', () => {
    const old = { format: EXPORT_FORMAT - 1, id: 'fedcba9876543210', name: 'Oud', fingerprint: '111111111111' };
    expect(readCatalogue(cat([old]))?.exports).toEqual([old]);
    expect(readCatalogue(cat([entry()], 'ffffffffffffffff'))?.current).toBeNull();
  });

  it('tells the format of anything with one', () => {
    expect(formatOf({ format: 7 })).toBe(7);
    expect(formatOf({ v: 1 })).toBeNull();
    expect(formatOf('x')).toBeNull();
  });
});
