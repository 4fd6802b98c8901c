import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { createNodeEngine } from '../engine/node';
import type { Engine } from '../engine/types';
import { loadExport, LoadError, type InputFile } from './index';
import {
  doubledFields,
  guessColumns,
  guessFile,
  headerHash,
  missingFields,
  needsConfirmation,
  recall,
  rememberable,
  tableFromName,
  toLoadMapping
} from './mapping';
import { sampleFile } from './sample';

const targets = (g: { columns: Array<{ source: string; target: string | null }> }) => Object.fromEntries(g.columns.map((c) => [c.source, c.target]));

describe('which table a file holds', () => {
  it('reads the table from Dutch and English file names', () => {
    expect(tableFromName('participations.csv')).toBe('participations');
    expect(tableFromName('deelnames_2025.csv.gz')).toBe('participations');
    expect(tableFromName('Deelnemers buurtwerk.xlsx')).toBe('participants');
    expect(tableFromName('activiteiten.parquet')).toBe('activities');
    expect(tableFromName('wijken-leuven.csv')).toBe('wijken');
    expect(tableFromName('bevolkingscijfers 2025.csv')).toBe('population');
    expect(tableFromName('signalen.csv')).toBe('signals');
    // two tables named, or none: the columns decide
    expect(tableFromName('deelnemers_en_deelnames.csv')).toBeNull();
    expect(tableFromName('export.csv')).toBeNull();
  });

  it('recognises every canonical file by its columns alone', () => {
    const dir = 'tests/fixtures/bad-input/base';
    for (const name of readdirSync(dir)) {
      const lines = readFileSync(`${dir}/${name}`, 'utf8').trim().split('\n');
      const g = guessFile('export.csv', lines[0].split(','), lines.slice(1).map((l) => l.split(',')));
      expect(g.table, name).toBe(name.replace('.csv', ''));
      expect(g.tableBy).toBe('columns');
    }
  });

  it('recognises a Dutch participations export by its columns and maps them', () => {
    const g = guessFile('export_registratie.csv', ['Deelnemer', 'Activiteit', 'Datum', 'Werkvorm', 'Opmerking'], [['P1', 'A1', '03/02/2025', 'vrijwilliger', '']]);
    expect(g.table).toBe('participations');
    expect(targets(g)).toEqual({ deelnemer: 'participant_id', activiteit: 'activity_id', datum: 'date', werkvorm: 'role', opmerking: null });
    expect(needsConfirmation(g)).toBe(true);
  });

  it('takes the most specific table that fits: participations over participants', () => {
    const g = guessFile('registratie.csv', ['Deelnemer', 'Activiteit', 'Dag', 'Werkvorm'], [['P1', 'A1', '2025-02-03', '']]);
    expect(g.table).toBe('participations');
    expect(g.tableConfidence).toBe(0.75);
    expect(guessFile('mensen.csv', ['Deelnemer', 'Leeftijd', 'Wijk']).table).toBe('participants');
  });

  it('finds no table when nothing fits', () => {
    const g = guessFile('notities.csv', ['a', 'b'], [['1', '2']]);
    expect(g.table).toBeNull();
    expect(needsConfirmation(g)).toBe(true);
  });
});

describe('which column is which field', () => {
  it('maps Dutch headers of every table', () => {
    expect(targets({ columns: guessColumns('wijken', ['Wijkcode', 'Wijknaam', 'Gemeente']) })).toEqual({ wijkcode: 'wijk_id', wijknaam: 'wijk_name', gemeente: 'city' });
    expect(targets({ columns: guessColumns('population', ['wijk', 'peildatum', 'kenmerk', 'groep', 'aantal']) })).toEqual({
      wijk: 'wijk_id', peildatum: 'ref_date', kenmerk: 'dimension', groep: 'group', aantal: 'population'
    });
    expect(targets({ columns: guessColumns('activities', ['Activiteit', 'Aanbieder', 'Wijk', 'Naam', 'Domein']) })).toEqual({
      activiteit: 'activity_id', aanbieder: 'provider_type', wijk: 'wijk_id', naam: 'name', domein: 'domain'
    });
    expect(targets({ columns: guessColumns('signals', ['Signaal', 'Wijk', 'Datum melding', 'Bron', 'Thema', 'Datum antwoord']) })).toEqual({
      signaal: 'signal_id', wijk: 'wijk_id', datum_melding: 'date_raised', bron: 'source', thema: 'theme', datum_antwoord: 'date_answered'
    });
  });

  it('gives participants their dimensions under the usual names and leaves identifiers out', () => {
    const cols = guessColumns('participants', ['Deelnemer_ID', 'Woonwijk', 'Leeftijdsgroep', 'Geslacht', 'Herkomst', 'Naam', 'Opleiding']);
    expect(targets({ columns: cols })).toEqual({
      deelnemer_id: 'participant_id', woonwijk: 'residence_wijk_id', leeftijdsgroep: 'age_band', geslacht: 'gender', herkomst: 'origin', naam: null, opleiding: 'opleiding'
    });
    expect(cols.find((c) => c.source === 'naam')?.why).toBe('identifier');
    expect(cols.find((c) => c.source === 'opleiding')?.why).toBe('dimension');
  });

  it('leaves out a participant column whose values name a person (a pseudonym, or a value per person)', () => {
    const rows = Array.from({ length: 12 }, (_, i) => [`p${i}`, `${i % 3}`, `K${1000 + i}`, `P${String(i).padStart(20, 'b')}`]);
    const cols = guessColumns('participants', ['id', 'groep', 'klantnummer', 'oud_pseudoniem'], rows);
    expect(targets({ columns: cols })).toEqual({ id: 'participant_id', groep: 'groep', klantnummer: null, oud_pseudoniem: null });
    expect(cols.filter((c) => c.why === 'identifier').map((c) => c.source)).toEqual(['klantnummer', 'oud_pseudoniem']);
    expect(cols.map((c) => c.leftOut ?? null)).toEqual([null, null, 'mostlyUnique', 'personalValues']);
  });

  it('leaves out a remark with a phone number, long text and more than 30 values, saying why (dimensions.ts)', () => {
    const rows = Array.from({ length: 40 }, (_, i) => [`p${i}`, i === 3 ? 'Jan Peeters 0475123456' : '', i % 2 ? 'x'.repeat(60) : 'kort', String(1950 + i), i % 2 ? 'a' : 'b']);
    const cols = guessColumns('participants', ['id', 'info', 'studie', 'geboortejaar', 'groep'], rows);
    expect(cols.map((c) => [c.source, c.target, c.leftOut ?? null])).toEqual([
      ['id', 'participant_id', null],
      ['info', null, 'personalValues'],
      ['studie', null, 'longText'],
      ['geboortejaar', null, 'tooMany'],
      ['groep', 'groep', null]
    ]);
  });

  it('a header in the export\'s own name wins over a synonym, and each field takes one column', () => {
    const cols = guessColumns('participations', ['datum', 'date', 'participant_id', 'deelnemer', 'activity_id']);
    expect(targets({ columns: cols })).toEqual({ datum: null, date: 'date', participant_id: 'participant_id', deelnemer: null, activity_id: 'activity_id' });
  });

  it('recognises a column by its values when no header names the field', () => {
    const sample = [
      ['x1', 'a', '2025-03-01', 'Vrijwilliger'],
      ['x2', 'b', '02/03/2025', 'deelnemer'],
      ['x3', 'a', '2025-03-04', '']
    ];
    const cols = guessColumns('participations', ['pid', 'act', 'wanneer', 'hoe'], sample);
    expect(targets({ columns: cols })).toEqual({ pid: null, act: null, wanneer: 'date', hoe: 'role' });
    expect(cols[2]).toMatchObject({ why: 'values', confidence: 0.6 });
    expect(missingFields('participations', cols)).toEqual(['participant_id', 'activity_id']);
    // two date columns of a signal: raised first, answered second
    const s = guessColumns('signals', ['id', 'wijk', 'd1', 'd2', 'bron'], [['S1', 'W1', '2025-01-02', '2025-01-09', 'ggw']]);
    expect(targets({ columns: s })).toMatchObject({ d1: 'date_raised', d2: 'date_answered', bron: 'source' });
    // values that do not fit are not taken for a field
    expect(guessColumns('activities', ['a', 'b'], [['x', 'stad']]).every((c) => c.target === null)).toBe(true);
  });

  it('a file in the export\'s own names needs no confirmation and loads without renames', () => {
    const g = guessFile('participations.csv', ['participant_id', 'activity_id', 'date', 'role', 'remark']);
    expect(needsConfirmation(g)).toBe(false);
    expect(toLoadMapping(g.table!, g.columns)).toEqual({ table: 'participations' });
    const p = guessFile('participants.csv', ['participant_id', 'residence_wijk_id', 'age_band', 'buurtgroep']);
    expect(needsConfirmation(p)).toBe(false);
    expect(toLoadMapping(p.table!, p.columns)).toEqual({ table: 'participants' });
  });

  it('spots a field fed by two columns', () => {
    expect(doubledFields([{ target: 'date' }, { target: null }, { target: 'date' }, { target: 'role' }])).toEqual(['date']);
    expect(doubledFields([{ target: null }, { target: null }])).toEqual([]);
  });
});

describe('remembering a confirmed mapping', () => {
  const headers = ['Deelnemer', 'Activiteit', 'Datum', 'Werkvorm'];
  const cols = guessColumns('participations', headers);

  it('keys it by the header row only, normalised', () => {
    expect(headerHash(headers)).toBe(headerHash(['deelnemer ', 'ACTIVITEIT', 'datum', 'werkvorm']));
    expect(headerHash(headers)).not.toBe(headerHash(['Deelnemer', 'Activiteit', 'Datum']));
    expect(headerHash(headers)).not.toBe(headerHash(['Activiteit', 'Deelnemer', 'Datum', 'Werkvorm']));
    expect(headerHash(headers)).toMatch(/^[0-9a-f]{14}$/);
  });

  it('stores header and field names, never values, and applies them again', () => {
    const stored = JSON.parse(JSON.stringify(rememberable('participations', cols.map((c) => (c.source === 'werkvorm' ? { ...c, target: null } : c)))));
    expect(JSON.stringify(stored)).toBe('{"v":1,"table":"participations","columns":{"deelnemer":"participant_id","activiteit":"activity_id","datum":"date","werkvorm":null}}');
    const back = recall(stored, headers)!;
    expect(back.table).toBe('participations');
    expect(targets(back)).toEqual({ deelnemer: 'participant_id', activiteit: 'activity_id', datum: 'date', werkvorm: null });
  });

  it('refuses what does not fit', () => {
    const stored = rememberable('participations', cols);
    expect(recall(stored, ['Deelnemer', 'Activiteit'])).toBeNull();
    expect(recall({ ...stored, table: 'other' }, headers)).toBeNull();
    expect(recall({ ...stored, columns: { ...stored.columns, datum: 'birthday' } }, headers)).toBeNull();
    expect(recall('junk', headers)).toBeNull();
    expect(recall(null, headers)).toBeNull();
  });
});

describe('a first look at a file', () => {
  const enc = (s: string) => new TextEncoder().encode(s);
  it('reads the header and first rows of a semicolon CSV, quotes and all', async () => {
    const s = await sampleFile('x.csv', enc('\uFEFFDeelnemer;Activiteit;Datum\r\nP1;"A;1";03/02/2025\r\nP2;"A ""2""";04/02/2025\r\n'));
    expect(s).toEqual({ format: 'csv', headers: ['Deelnemer', 'Activiteit', 'Datum'], rows: [['P1', 'A;1', '03/02/2025'], ['P2', 'A "2"', '04/02/2025']] });
  });
  it('reads Windows-1252 and gzip', async () => {
    const latin = new Uint8Array([...enc('wijk;naam\nA1;R'), 0xe9, ...enc('gio\n')]);
    expect((await sampleFile('w.csv', latin)).rows).toEqual([['A1', 'Régio']]);
    const { gzipSync } = await import('node:zlib');
    expect((await sampleFile('w.csv.gz', gzipSync(enc('a,b\n1,2\n')))).rows).toEqual([['1', '2']]);
  });
  it('does not throw on what the loader will refuse', async () => {
    expect((await sampleFile('x.csv', new Uint8Array([0x50, 0x4b, 3, 4, 0, 0]))).problem).toBe('unreadable');
    expect((await sampleFile('x.csv', new Uint8Array([1, 0, 2, 0]))).problem).toBe('unreadable');
    expect((await sampleFile('x.csv', enc(''))).problem).toBe('unreadable');
    expect((await sampleFile('x.csv.gz', new Uint8Array([0x1f, 0x8b, 1, 2]))).problem).toBe('unreadable');
  });
  it('keeps at most the rows asked for and drops a record cut off at the end', async () => {
    const enc = (s: string) => new TextEncoder().encode(s);
    expect((await sampleFile('x.csv', enc('a,b\n1,2\n3,4\n5,6\n'), 2)).rows).toEqual([['1', '2'], ['3', '4']]);
    // Longer than the part sampled (256 KB), which ends inside a quoted value: that record is left out.
    const big = await sampleFile('x.csv', enc(`a,b\n${'1,2\n'.repeat(65534)}3,"${'x'.repeat(1000)}"\n`), 100_000);
    expect(big.rows).toHaveLength(65534);
    expect(big.rows.at(-1)).toEqual(['1', '2']);
  });
});

// ---- the loader applies the mapping -------------------------------------------------------

let engine: Engine;
beforeAll(async () => {
  engine = await createNodeEngine();
});
afterAll(() => engine.close());

const f = (name: string, text: string, mapping?: InputFile['mapping']): InputFile => ({ name, bytes: new TextEncoder().encode(text), mapping });
const reference = [
  f('wijken.csv', 'wijk_id,wijk_name,city\nA1,Noord,Stad\n'),
  f('population.csv', 'wijk_id,ref_date,dimension,group,population\nA1,2025-01-01,total,total,100\n'),
  f('activities.csv', 'activity_id,provider_type,wijk_id\nx,buurtwerk,A1\n')
];

describe('the loader with a mapping', () => {
  it('renames and leaves out columns before validation, and reports what it left out', async () => {
    const people = 'Deelnemer;Woonwijk;Leeftijdsgroep;Naam\n007;A1;18-24;Jan\n008;A1;65-79;Piet\n';
    const visits = 'Deelnemer;Activiteit;Datum;Werkvorm;Opmerking\n007;x;03/02/2025;vrijwilliger;a\n008;x;03/02/2025;;b\n008;x;30/02/2025;;c\n';
    const pg = guessFile('mensen.csv', ['Deelnemer', 'Woonwijk', 'Leeftijdsgroep', 'Naam']);
    const vg = guessFile('export.csv', ['Deelnemer', 'Activiteit', 'Datum', 'Werkvorm', 'Opmerking']);
    expect([pg.table, vg.table]).toEqual(['participants', 'participations']);
    const r = await loadExport(engine, [
      ...reference,
      f('mensen.csv', people, toLoadMapping(pg.table!, pg.columns)),
      f('export.csv', visits, toLoadMapping(vg.table!, vg.columns))
    ]);
    expect(r.dimensions).toEqual(['age_band']);
    expect(r.files.find((x) => x.file === 'mensen.csv')).toMatchObject({ table: 'participants', read: 2, loaded: 2, ignoredColumns: ['naam'] });
    const visitsReport = r.files.find((x) => x.file === 'export.csv')!;
    expect(visitsReport).toMatchObject({ table: 'participations', read: 3, loaded: 2, rejected: 1 });
    // line numbers survive the renames and the column left out
    expect(visitsReport.rejects.map((x) => [x.line, x.reason])).toEqual([[4, 'not a valid date in date: "30/02/2025" (expected YYYY-MM-DD or DD/MM/YYYY)']]);
    const rows = await engine.query("SELECT participant_id AS p, role FROM participations ORDER BY 1");
    expect(rows).toEqual([{ p: '007', role: 'volunteer' }, { p: '008', role: 'participant' }]);
    const cols = await engine.query<{ c: string }>("SELECT column_name AS c FROM information_schema.columns WHERE table_name = 'participants' ORDER BY ordinal_position");
    expect(cols.map((c) => c.c)).toEqual(['participant_id', 'residence_wijk_id', 'age_band']);
  });

  it('lets a column take a name another one gives up', async () => {
    const visits = 'date,datum,participant_id,activity_id\nnot a date,2025-02-03,007,x\n';
    const r = await loadExport(engine, [
      ...reference,
      f('participants.csv', 'participant_id\n007\n'),
      f('participations.csv', visits, { table: 'participations', columns: { date: null, datum: 'date', participant_id: 'participant_id', activity_id: 'activity_id' } })
    ]);
    expect(r.files.find((x) => x.table === 'participations')).toMatchObject({ loaded: 1, rejected: 0, ignoredColumns: ['date'] });
    expect(r.months).toEqual({ first: '2025-02', last: '2025-02' });
  });

  it('stops with a clear message when two columns are mapped to one field', async () => {
    const err = await loadExport(engine, [
      ...reference,
      f('participants.csv', 'participant_id\n007\n'),
      f('participations.csv', 'a,b,c\n007,x,2025-01-01\n', { table: 'participations', columns: { a: 'participant_id', b: 'participant_id', c: 'date' } })
    ]).catch((e) => e);
    expect(err).toBeInstanceOf(LoadError);
    expect(err.message).toMatch(/participations\.csv: two columns are both mapped to "participant_id"/);
  });

  it('takes the table from the mapping over the file name', async () => {
    const r = await loadExport(engine, [
      ...reference,
      f('participants.csv', 'participant_id\n007\n'),
      f('wijken_bezoek.csv', 'participant_id,activity_id,date\n007,x,2025-01-01\n', { table: 'participations' })
    ]);
    expect(r.files.find((x) => x.file === 'wijken_bezoek.csv')?.table).toBe('participations');
  });
});
