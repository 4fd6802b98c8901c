import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gzipSync } from 'node:zlib';
import { parquetWriteBuffer } from 'hyparquet-writer';
import { makeXlsx, zip } from '../../../tests/fixtures/xlsx.mjs';
import { createNodeEngine } from '../engine/node';
import type { Engine } from '../engine/types';
import { loadExport, LoadError, type InputFile } from './index';

const utf8 = (s: string) => new TextEncoder().encode(s);
const f = (name: string, text: string): InputFile => ({ name, bytes: utf8(text) });

/** A small valid data set in the canonical dialect; tests swap single files. */
const base = {
  wijken: 'wijk_id,wijk_name,city\nA1,Noord,Stad\nA2,Zuid,Stad\n',
  population: 'wijk_id,ref_date,dimension,group,population\nA1,2025-01-01,total,total,100\nA2,2025-01-01,total,total,50\n',
  participants: 'participant_id,residence_wijk_id,age_band\n007,A1,18-24\n008,A2,65-79\n',
  activities: 'activity_id,provider_type,wijk_id\nx,buurtwerk,A1\ny,ggw,A2\n',
  participations: 'participant_id,activity_id,date,role\n007,x,2025-02-03,\n008,y,2025-02-04,volunteer\n'
};
const files = (over: Partial<Record<keyof typeof base, InputFile>> = {}) =>
  (Object.keys(base) as Array<keyof typeof base>).map((k) => over[k] ?? f(`${k}.csv`, base[k]));

let engine: Engine;
beforeAll(async () => {
  engine = await createNodeEngine();
});
afterAll(() => engine.close());

const accounted = (r: { read: number; loaded: number; rejected: number; duplicates: number }) =>
  expect(r.loaded + r.rejected + r.duplicates).toBe(r.read);

describe('loadExport', () => {
  it('loads the canonical dialect and keeps identifiers as text', async () => {
    const r = await loadExport(engine, files());
    expect(r.tables).toMatchObject({ wijken: 2, population: 2, participants: 2, activities: 2, participations: 2, signals: 0 });
    expect(r.months).toEqual({ first: '2025-02', last: '2025-02' });
    expect(r.dimensions).toEqual(['age_band']);
    const ids = await engine.query<{ id: string }>('SELECT participant_id AS id FROM participants ORDER BY 1');
    expect(ids.map((x) => x.id)).toEqual(['007', '008']);
    for (const fr of r.files) accounted(fr);
  });

  it('reads another dialect: semicolons, BOM, CRLF, DD/MM/YYYY, an extra column, duplicates, an unknown activity', async () => {
    const participations =
      '\uFEFFparticipant_id;activity_id;date;role;remark\r\n' +
      '007;x;03/02/2025;;a\r\n' + // line 2: loaded
      '007;x;2025-02-03;volunteer;b\r\n' + // line 3: same person, same session -> merged; most involved role kept
      '008;y;04-02-2025;;c\r\n' + // line 4: DD-MM-YYYY
      '008;zz;04/02/2025;;d\r\n'; // line 5: unknown activity -> rejected
    const r = await loadExport(engine, files({ participations: f('participations.csv', participations) }));
    const p = r.files.find((x) => x.table === 'participations')!;
    expect(p).toMatchObject({ read: 4, loaded: 2, rejected: 1, duplicates: 1, ignoredColumns: ['remark'] });
    expect(p.rejects).toHaveLength(1);
    expect(p.rejects[0]).toMatchObject({ line: 5, reason: 'unknown activity_id "zz": not in the activities table' });
    const rows = await engine.query('SELECT participant_id, activity_id, strftime(date, \'%Y-%m-%d\') AS d, role FROM participations ORDER BY 1');
    expect(rows).toEqual([
      { participant_id: '007', activity_id: 'x', d: '2025-02-03', role: 'volunteer' },
      { participant_id: '008', activity_id: 'y', d: '2025-02-04', role: 'participant' }
    ]);
  });

  it('rejects impossible dates and rows with the wrong number of fields, with their line numbers', async () => {
    const participations = 'participant_id,activity_id,date\n007,x,31/02/2025\n007,x,2025-02-03,extra\n008,y,2025-13-01\n008,y,2025-02-05\n';
    const r = await loadExport(engine, files({ participations: f('participations.csv', participations) }));
    const p = r.files.find((x) => x.table === 'participations')!;
    accounted(p);
    expect(p.loaded).toBe(1);
    expect(p.rejects.map((x) => [x.line, x.reason.split(':')[0]])).toEqual([
      [2, 'not a valid date in date'],
      [3, 'wrong number of fields'],
      [4, 'not a valid date in date']
    ]);
  });

  it('converts Windows-1252 so accents survive', async () => {
    const latin = new Uint8Array([...utf8('wijk_id,wijk_name,city\nA1,'), 0x52, 0xe9, 0x67, 0x69, 0x6f, ...utf8(',Stad\nA2,Zuid,Stad\n')]);
    await loadExport(engine, files({ wijken: { name: 'wijken.csv', bytes: latin } }));
    const [w] = await engine.query<{ n: string }>("SELECT wijk_name AS n FROM wijken WHERE wijk_id = 'A1'");
    expect(w.n).toBe('Régio');
  });

  it('reads gzip-compressed CSV and Parquet', async () => {
    const pq = parquetWriteBuffer({
      columnData: [
        { name: 'participant_id', data: ['007', '008'], type: 'STRING' },
        { name: 'activity_id', data: ['x', 'y'], type: 'STRING' },
        { name: 'date', data: ['2025-03-01', '01/03/2025'], type: 'STRING' }
      ]
    });
    const r = await loadExport(engine, [
      ...files().filter((x) => !x.name.startsWith('participations') && !x.name.startsWith('wijken')),
      { name: 'wijken.csv.gz', bytes: gzipSync(utf8(base.wijken)) },
      { name: 'participations.parquet', bytes: new Uint8Array(pq) }
    ]);
    expect(r.tables.wijken).toBe(2);
    expect(r.tables.participations).toBe(2);
    expect(r.months).toEqual({ first: '2025-03', last: '2025-03' });
  });

  it('evaluates no string as code while loading CSV, Parquet and XLSX (the Content-Security-Policy forbids it)', async () => {
    const pq = parquetWriteBuffer({
      columnData: [
        { name: 'participant_id', data: ['007', null], type: 'STRING' },
        { name: 'activity_id', data: ['x', 'y'], type: 'STRING' },
        { name: 'date', data: ['2025-03-01', '01/03/2025'], type: 'STRING' }
      ]
    });
    const xlsx = makeXlsx([{ name: 'S', rows: [['wijk_id', 'wijk_name', 'city'], ['A1', 'Noord', 'Stad'], ['A2', null, 'Stad']] }]);
    const original = globalThis.Function;
    const refuse = () => {
      throw new Error('code from a string');
    };
    globalThis.Function = new Proxy(original, { apply: refuse, construct: refuse });
    let r;
    try {
      r = await loadExport(engine, [
        ...files().filter((x) => !x.name.startsWith('participations') && !x.name.startsWith('wijken')),
        { name: 'wijken.xlsx', bytes: xlsx },
        { name: 'participations.parquet', bytes: new Uint8Array(pq) }
      ]);
    } finally {
      globalThis.Function = original;
    }
    expect(r.files.find((x) => x.table === 'wijken')).toMatchObject({ read: 2, loaded: 1, rejected: 1 });
    expect(r.files.find((x) => x.table === 'participations')).toMatchObject({ read: 2, loaded: 1, rejected: 1 });
  });

  it('merges duplicates across two files of one table and rejects conflicting repeats', async () => {
    const second = f('participants_ggw.csv', 'participant_id,residence_wijk_id,age_band\n007,A1,18-24\n008,A1,65-79\n');
    const r = await loadExport(engine, [...files(), second]);
    const g = r.files.find((x) => x.file === 'participants_ggw.csv')!;
    expect(g).toMatchObject({ read: 2, loaded: 0, duplicates: 1, rejected: 1 });
    expect(g.rejects[0].reason).toBe('conflicts with line 3 (same participant_id, other values)');
  });

  it('reads the first sheet of an XLSX workbook: text ids stay text, date cells become dates, rows keep their sheet row numbers', async () => {
    const participations = makeXlsx([
      {
        name: 'Deelnames',
        rows: [
          ['participant_id', 'activity_id', 'date', 'role'],
          ['007', 'x', new Date(Date.UTC(2025, 1, 3)), null], // row 2: a date cell
          [], // row 3: empty, skipped
          ['008', 'y', '04/02/2025', 'vrijwilliger'], // row 4: a date typed as text
          ['008', 'zz', new Date(Date.UTC(2025, 1, 4)), null], // row 5: unknown activity
          ['007', 'x', '2025-02-03', 'volunteer'], // row 6: same session as row 2
          ['008', 'y', '31/02/2025', null], // row 7: impossible date
          ['008', 'y', '2025-02-05', null, 'stray'] // row 8: a value under no column name
        ]
      },
      { name: 'Notes', rows: [['participant_id', 'activity_id', 'date'], ['999', 'x', '2025-01-01']] }
    ]);
    const participants = makeXlsx([
      { name: 'Sheet1', rows: [['Participant ID', 'residence_wijk_id', 'age_band'], ['007', 'A1', '18-24'], ['008', 'A2', '65-79'], [9, 'A2', '65-79']] }
    ]);
    const r = await loadExport(engine, [
      ...files().filter((x) => !x.name.startsWith('participa')),
      { name: 'deelnames.xlsx', bytes: participations },
      { name: 'participants.xlsx', bytes: participants }
    ]);
    const p = r.files.find((x) => x.table === 'participations')!;
    accounted(p);
    expect(p).toMatchObject({ file: 'deelnames.xlsx', read: 6, loaded: 2, rejected: 3, duplicates: 1 });
    expect(p.rejects.map((x) => [x.line, x.reason.split(':')[0]])).toEqual([
      [5, 'unknown activity_id "zz"'],
      [7, 'not a valid date in date'],
      [8, 'wrong number of fields']
    ]);
    const rows = await engine.query("SELECT participant_id, activity_id, strftime(date, '%Y-%m-%d') AS d, role FROM participations ORDER BY 1");
    expect(rows).toEqual([
      { participant_id: '007', activity_id: 'x', d: '2025-02-03', role: 'volunteer' },
      { participant_id: '008', activity_id: 'y', d: '2025-02-04', role: 'volunteer' }
    ]);
    // A text cell keeps its leading zeros; a numeric cell is read as the number it holds.
    const ids = await engine.query<{ id: string }>('SELECT participant_id AS id FROM participants ORDER BY 1');
    expect(ids.map((x) => x.id)).toEqual(['007', '008', '9']);
  });

  it.each([
    ['a ZIP named .xlsx that is not a workbook', { name: 'participations.xlsx', bytes: zip([['readme.txt', utf8('hello')]]) }, /participations\.xlsx: the file could not be read as an Excel workbook/],
    ['a workbook whose first sheet is empty', { name: 'participations.xlsx', bytes: makeXlsx([{ name: 'S', rows: [] }]) }, /participations\.xlsx: the first sheet is empty/],
    ['a workbook with a duplicate header', { name: 'participations.xlsx', bytes: makeXlsx([{ name: 'S', rows: [['participant_id', 'activity_id', 'date', 'Date']] }]) }, /"date" appears twice/]
  ])('stops with a clear message on %s', async (_label, file, message) => {
    const err = await loadExport(engine, files({ participations: file })).catch((e) => e);
    expect(err).toBeInstanceOf(LoadError);
    expect(err.message).toMatch(message);
  });

  it.each([
    ['an empty file', f('participations.csv', ''), /participations\.csv: the file is empty/],
    ['a ZIP renamed .csv', { name: 'participations.csv', bytes: new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]) }, /ZIP archive/],
    ['binary garbage', { name: 'participations.csv', bytes: new Uint8Array([1, 0, 2, 0, 255, 0]) }, /binary data/],
    ['a missing required column', f('participations.csv', 'participant_id,activity_id\n007,x\n'), /required column "date" missing/],
    ['a duplicate header', f('participations.csv', 'participant_id,activity_id,date,date\n007,x,2025-01-01,2025-01-01\n'), /"date" appears twice/]
  ])('stops with a clear message on %s', async (_label, file, message) => {
    const err = await loadExport(engine, files({ participations: file })).catch((e) => e);
    expect(err).toBeInstanceOf(LoadError);
    expect(err.message).toMatch(message);
  });

  it('loads a header-only file as zero rows', async () => {
    const r = await loadExport(engine, files({ participations: f('participations.csv', 'participant_id,activity_id,date\n') }));
    expect(r.files.find((x) => x.table === 'participations')).toMatchObject({ read: 0, loaded: 0 });
    expect(r.months).toBeNull();
  });
  it('never puts a pseudonym in the load report, whatever was rejected', async () => {
    const participants = 'participant_id,residence_wijk_id,age_band\nPX-007,A1,18-24\nPX-008,A2,65-79\nPX-007,A2,18-24\nPX-009,A1,1,2\n';
    const participations = 'participant_id,activity_id,date\nPX-007,x,2025-02-03\nPX-404,x,2025-02-03\nPX-008,y,31/02/2025\nPX-008,y,2025-02-04,extra\n';
    const r = await loadExport(engine, files({ participants: f('participants.csv', participants), participations: f('participations.csv', participations) }));
    const rejects = r.files.flatMap((x) => x.rejects);
    // conflict (PX-007), unreadable (PX-009), unknown person (PX-404), bad date and unreadable (PX-008)
    expect(rejects).toHaveLength(5);
    expect(JSON.stringify(r)).not.toMatch(/PX-\d{3}/);
  });
});

describe('identifiers compared in one form (ids.ts)', () => {
  it('reads a pseudonym in NFD, with a zero-width space or in full-width characters as the same person, and counts them', async () => {
    const nfc = 'Zo\u00eb-0006';
    const nfd = 'Zoe\u0308-0006';
    expect(nfd).not.toBe(nfc);
    const participants = `participant_id,residence_wijk_id,age_band\n${nfc},A1,18-24\n008,A2,65-79\n`;
    const participations = `participant_id,activity_id,date\n${nfd},x,2025-02-03\n\u200b008,x,2025-02-03\n\uff10\uff10\uff18,y,2025-02-04\n008,\u200bx\u200d,2025-02-05\n${nfc},y,2025-02-04\n`;
    const r = await loadExport(engine, files({ participants: f('participants.csv', participants), participations: f('participations.csv', participations) }));
    const p = r.files.find((x) => x.table === 'participations')!;
    expect(p).toMatchObject({ read: 5, loaded: 5, rejected: 0, duplicates: 0 });
    expect(p.warnings).toEqual([{ code: 'idsNormalised', params: { count: '4' } }]);
    expect(r.files.find((x) => x.table === 'participants')!.warnings).toEqual([]);
    const ids = await engine.query<{ id: string; n: number }>('SELECT participant_id AS id, count(*)::INTEGER AS n FROM participations GROUP BY 1 ORDER BY 1');
    expect(ids).toEqual([{ id: '008', n: 3 }, { id: nfc, n: 2 }]);
  });

  it('names the real cause when a participant was rejected, without the pseudonym', async () => {
    const participants = 'participant_id,residence_wijk_id,age_band\n007,A1,18-24\n008,A2,65-79\n';
    const wijken = 'wijk_id,wijk_name,city\nA1,Noord,Stad\nA2,Zuid,\n';
    const activities = 'activity_id,provider_type,wijk_id\nx,buurtwerk,A1\ny,ggw,A2\n';
    const r = await loadExport(engine, files({ participants: f('participants.csv', participants), wijken: f('wijken.csv', wijken), activities: f('activities.csv', activities) }));
    const a = r.files.find((x) => x.table === 'activities')!;
    expect(a.rejects.map((x) => `${x.line}: ${x.reason}`)).toEqual([
      '3: wijk_id "A2" was rejected in the wijken table (wijken.csv, line 3: missing required value in city)'
    ]);
    const p = r.files.find((x) => x.table === 'participations')!;
    expect(p.rejects.map((x) => `${x.line}: ${x.reason}`)).toEqual([
      '3: activity_id "y" was rejected in the activities table (activities.csv, line 3: wijk_id "A2" was rejected in the wijken table (wijken.csv, line 3: missing required value in city))'
    ]);
  });
});

describe('warnings', () => {
  it('warns about dates after the day of loading, per column', async () => {
    const participations = 'participant_id,activity_id,date\n007,x,2030-02-03\n008,y,2025-02-04\n';
    const r = await loadExport(engine, files({ participations: f('participations.csv', participations) }), { today: '2026-01-01' });
    expect(r.files.find((x) => x.table === 'participations')!.warnings).toEqual([
      { code: 'futureDates', params: { column: 'date', count: '1', total: '2', first: '2030-02-03', last: '2030-02-03', today: '2026-01-01' } }
    ]);
    const later = await loadExport(engine, files({ participations: f('participations.csv', participations) }), { today: '2030-12-31' });
    expect(later.files.find((x) => x.table === 'participations')!.warnings).toEqual([]);
  });
});

describe('dimensions follow DATA-FORMAT.md (2 to 30 distinct known values, no free text or identifier)', () => {
  it('leaves out every other participant column, with its reason, and drops it from the table', async () => {
    const header = 'participant_id,residence_wijk_id,age_band,opmerking,info,gender,leeg,leeftijd,klas,opleiding';
    const rows = Array.from({ length: 40 }, (_, i) => {
      const id = String(i + 1).padStart(3, '0');
      const info = i === 2 ? 'Jan Peeters 0475123456' : i === 6 ? 'jan.peeters@example.be' : '';
      const klas = i < 20 ? `K${i % 15}` : '';
      const opleiding = i < 10 ? (i % 2 ? '"Secundair onderwijs afgewerkt, daarna een jaar hoger onderwijs"' : 'Lager onderwijs') : '';
      return [id, i % 2 ? 'A1' : 'A2', i % 3 ? '18-24' : '65-79', i === 4 ? 'belt terug' : '', info, 'v', '', String(18 + i), klas, opleiding].join(',');
    });
    const people = `${header}\n${rows.join('\n')}\n`;
    const visits = 'participant_id,activity_id,date\n001,x,2025-02-03\n002,y,2025-02-04\n';
    const r = await loadExport(engine, files({ participants: f('participants.csv', people), participations: f('participations.csv', visits) }));
    expect(r.dimensions).toEqual(['age_band']);
    expect(r.dimensionsLeftOut).toEqual([
      { column: 'gender', reason: 'single', distinct: 1 },
      { column: 'info', reason: 'personalValues', distinct: 2 },
      { column: 'klas', reason: 'mostlyUnique', distinct: 15 },
      { column: 'leeftijd', reason: 'tooMany', distinct: 40 },
      { column: 'leeg', reason: 'empty', distinct: 0 },
      { column: 'opleiding', reason: 'longText', distinct: 2 },
      { column: 'opmerking', reason: 'identifierName', distinct: 1 }
    ]);
    const cols = await engine.query<{ c: string }>(`SELECT column_name AS c FROM information_schema.columns WHERE table_name = 'participants' ORDER BY ordinal_position`);
    expect(cols.map((x) => x.c)).toEqual(['participant_id', 'residence_wijk_id', 'age_band']);
  });
});
