import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { createNodeEngine } from '../engine/node';
import type { Engine } from '../engine/types';
import { loadExport, LoadError, type InputFile } from '../load';
import { explainReason } from '../load/reasons';
import { generate } from '../../../tests/fixtures/bad-input/make.mjs';
import { fieldName, groupText, leftOutText, reasonText, stopText, tableName, warningText } from './load';
import type { LeftOutReason } from '../load/dimensions';

/**
 * The page words the loader's problems in Dutch and English from codes: every message and
 * reason the bad-input corpus produces must have a code (not the English text passed
 * through), and both languages a text naming what went wrong.
 */

const DIR = 'tests/fixtures/bad-input';
const expected = JSON.parse(readFileSync(`${DIR}/expected.json`, 'utf8')) as Record<string, { replaces: string; name?: string; error?: string }>;
const generated = generate({ big: false });
const base: InputFile[] = readdirSync(`${DIR}/base`).sort().map((name) => ({ name, bytes: new Uint8Array(readFileSync(path.join(DIR, 'base', name))) }));
const cases = Object.entries(expected).filter(([k]) => !k.startsWith('_') && (k.startsWith('cases/') || generated[k.slice('generated/'.length)]));

let engine: Engine;
beforeAll(async () => {
  engine = await createNodeEngine();
});
afterAll(() => engine.close());

describe('the loader\'s problems in the reader\'s words', () => {
  const stops: Array<{ key: string; e: LoadError }> = [];
  const reasons = new Set<string>();
  beforeAll(async () => {
    for (const [key, c] of cases) {
      const bytes = key.startsWith('generated/') ? generated[key.slice('generated/'.length)] : new Uint8Array(readFileSync(path.join(DIR, key)));
      const files = [...base.filter((b) => b.name !== c.replaces), { name: c.name ?? c.replaces, bytes }];
      try {
        const r = await loadExport(engine, files);
        for (const f of r.files) for (const x of f.rejects) reasons.add(x.reason);
      } catch (e) {
        if (!(e instanceof LoadError)) throw e;
        stops.push({ key, e });
      }
    }
  }, 600_000);

  it('every stop of the corpus has a code, worded in both languages with what to do', () => {
    expect(stops.length).toBe(cases.filter(([, c]) => c.error).length);
    for (const { key, e } of stops) {
      expect(e.detail?.code, `${key}: ${e.message}`).toBeDefined();
      for (const locale of ['nl', 'en'] as const) {
        const t = stopText(locale, e.detail!.code, { file: e.file ?? '', ...e.detail!.params });
        expect(t.message, key).toContain(e.file ?? '');
        expect(t.action.length, key).toBeGreaterThan(20);
      }
    }
    // The Dutch text is Dutch, not the loader's English.
    const empty = stops.find((s) => s.key === 'cases/empty.csv')!.e;
    expect(stopText('nl', empty.detail!.code, { file: empty.file! }).message).toBe('participations.csv is leeg.');
    const missing = stops.find((s) => s.key === 'cases/missing-required-column.csv')!.e;
    expect(stopText('nl', missing.detail!.code, { file: missing.file!, ...missing.detail!.params }).message).toBe(
      'In participations.csv ontbreekt de verplichte kolom date voor de tabel deelnames. Gevonden: participant_id, activity_id, role.'
    );
  });

  it('every reason of the corpus has a code, worded in both languages', () => {
    expect(reasons.size).toBeGreaterThan(15);
    for (const text of reasons) {
      const r = explainReason(text);
      expect(r.code, text).not.toBe('other');
      // English from codes gives back the loader's own words (so nothing is lost in translation).
      if (r.code !== 'unknownPerson') expect(reasonText('en', r).toLowerCase()).toBe(text.toLowerCase());
      expect(reasonText('nl', r)).not.toBe(reasonText('en', r));
      expect(groupText('nl', r).label.length).toBeGreaterThan(5);
    }
  });

  it('names tables and fields in the reader\'s words', () => {
    expect(tableName('nl', 'participations')).toBe('deelnames');
    expect(fieldName('nl', 'date')).toBe('datum (date)');
    expect(fieldName('en', 'residence_wijk_id')).toBe('home wijk (residence_wijk_id)');
    expect(fieldName('nl', 'opleiding')).toBe('opleiding');
    expect(reasonText('nl', explainReason('unknown wijk_id "Z9": not in the wijken table'))).toBe('onbekende wijk_id "Z9": niet in de tabel wijken');
  });

  it('words a row rejected for its rejected parent with the parent\'s own reason, in the reader\'s language', () => {
    const r = explainReason('activity_id "A7" was rejected in the activities table (activities.csv, line 4: unknown wijk_id "Z9": not in the wijken table)');
    expect(r.cause?.code).toBe('unknownRef');
    expect(reasonText('nl', r)).toBe('activity_id "A7" is geweigerd in de tabel activiteiten (activities.csv, regel 4: onbekende wijk_id "Z9": niet in de tabel wijken)');
  });
});

describe('a load\'s warnings and left-out columns in the reader\'s words', () => {
  it('writes counts, days and sizes the reader\'s way', () => {
    const future = { code: 'futureDates' as const, params: { count: '1234', total: '5000', column: 'date', today: '2025-03-31', first: '2025-04-01', last: '2026-01-02' } };
    expect(warningText('nl', 'deelnames.csv', future)).toBe(
      'deelnames.csv: 1.234 van de 5.000 datums in date liggen na vandaag (31 maart 2025), van 1 april 2025 tot 2 januari 2026. Controleer ze: dag en maand verwisseld, een verkeerd jaar, of geplande in plaats van gehouden sessies?'
    );
    expect(warningText('en', 'deelnames.csv', future)).toContain('1,234 of the 5,000 dates in date lie after today (31 March 2025), from 1 April 2025 to 2 January 2026.');
    const empty = { code: 'noRows' as const, params: { bytes: String(16 * (1 << 20)), blank: '2000' } };
    expect(warningText('nl', 'p.csv', empty)).toBe('p.csv (16 MB) bevat geen rijen: alleen een kopregel en 2.000 lege regels. Is dit het juiste bestand?');
    expect(warningText('en', 'p.csv', { code: 'noRows', params: { blank: '0' } })).toBe('p.csv holds no rows: a header only. Is this the right file?');
    expect(warningText('nl', 'p.csv', { code: 'idsNormalised', params: { count: '1' } })).toContain('in 1 rij stond een code');
  });
  it('says in both languages why a column is not a dimension, each reason its own text', () => {
    const reasons: LeftOutReason[] = ['identifierName', 'personalValues', 'longText', 'empty', 'single', 'tooMany', 'mostlyUnique'];
    for (const locale of ['nl', 'en'] as const) expect(new Set(reasons.map((r) => leftOutText(locale, r))).size).toBe(reasons.length);
    for (const r of reasons) expect(leftOutText('nl', r)).not.toBe(leftOutText('en', r));
  });
});
