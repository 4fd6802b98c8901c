import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { readCsv } from './csv';
import { GuardError } from './guard';
import { webCryptoPseudonymiser } from './key';
import { nodePseudonymiser } from './node';
import { outputsToCsv, transform, type Mapping } from './transform';
import { readWijkTable } from './wijken';

const enc = (s: string) => new TextEncoder().encode(s);
const fixture = (n: string) => new Uint8Array(readFileSync(`tests/fixtures/pseudonymise/${n}`));
const json = (n: string) => JSON.parse(readFileSync(`tests/fixtures/pseudonymise/${n}`, 'utf8')) as Mapping;
const PASS = 'partners agreed this in person 2025';

describe('transform', () => {
  it('gives the same person the same pseudonym in two differently formatted files (name + date of birth)', async () => {
    const a = readCsv('a.csv', enc('Naam;Voornaam;Geboren;Act;Dag\r\nPEETERS;Jan;30/07/1985;x;03/03/2025\r\nDe Smet;Élise;01-02-1990;x;03/03/2025\r\n'));
    const b = readCsv('b.csv', enc('volledige naam,dob,activity,date\n"Peeters, Jan",1985-07-30,y,2025-03-04\nelise de smet,1990-02-01,y,2025-03-04\nJan Peeters,1985-07-31,y,2025-03-04\n'));
    const ps = nodePseudonymiser(PASS);
    const ra = await transform(a, { identifier: 'name_dob', name: 'Naam', first_name: 'Voornaam', date_of_birth: 'Geboren', activity_id: 'Act', date: 'Dag' }, ps);
    const rb = await transform(b, { name: 'volledige naam', date_of_birth: 'dob', activity_id: 'activity', date: 'date' }, await webCryptoPseudonymiser(PASS));
    const ida = ra.participations.map((r) => r.participant_id);
    const idb = rb.participations.map((r) => r.participant_id);
    expect(new Set(ida).size).toBe(2);
    for (const id of ida) expect(idb).toContain(id);
    // Another birth date is another person.
    expect(new Set(idb).size).toBe(3);
  });

  it('gives the overlapping people of the two partner files one pseudonym each, and nobody else', async () => {
    const ps = nodePseudonymiser(PASS);
    const wijken = readWijkTable('wijk-table.csv', fixture('wijk-table.csv'));
    const bw = await transform(readCsv('buurtwerk-raw.csv', fixture('buurtwerk-raw.csv')), json('buurtwerk-map.json'), ps, wijken);
    const city = await transform(readCsv('city-raw.csv', fixture('city-raw.csv')), json('city-map.json'), ps, wijken);
    const a = new Set(bw.participants.map((p) => p.participant_id));
    const b = new Set(city.participants.map((p) => p.participant_id));
    // Buurtwerk: Peeters, Dubois, Celik, El Amrani, Janssens (the typo row is rejected); city: Dubois, Celik, El Amrani, Van den Broeck, De Smet.
    expect(a.size).toBe(5);
    expect(b.size).toBe(5);
    expect([...a].filter((x) => b.has(x)).length).toBe(3);
    expect(bw.rejected).toEqual([{ line: 9, reason: expect.stringMatching(/national register number/), code: 'national_number' }]);
    // The shared people have identical participant rows on both sides (same age band and wijk).
    for (const p of city.participants.filter((x) => a.has(x.participant_id))) {
      const q = bw.participants.find((x) => x.participant_id === p.participant_id)!;
      expect([p.residence_wijk_id, p.age_band]).toEqual([q.residence_wijk_id, q.age_band]);
    }
    expect(bw.participants.map((p) => p.residence_wijk_id).sort()).toEqual(['W1', 'W1', 'W1', 'W2', 'W2']);
    expect(city.participants.map((p) => p.residence_wijk_id).sort()).toEqual(['W1', 'W1', 'W2', 'W2', 'W2']);
    expect(bw.participants.map((p) => p.age_band).sort()).toEqual(['12-17', '18-24', '25-44', '45-64', '65-79']);
    expect(bw.participantColumns).toEqual(['participant_id', 'residence_wijk_id', 'age_band', 'geslacht']);
  });

  it('lets no identifier survive into the outputs', async () => {
    const ps = nodePseudonymiser(PASS);
    const wijken = readWijkTable('wijk-table.csv', fixture('wijk-table.csv'));
    for (const [raw, map] of [['buurtwerk-raw.csv', 'buurtwerk-map.json'], ['city-raw.csv', 'city-map.json']]) {
      const r = await transform(readCsv(raw, fixture(raw)), json(map), ps, wijken);
      // Pseudonyms are hex: take them out first, so a digit run inside one is not mistaken for a survivor.
      const out = Object.values(outputsToCsv(r)).join('\n').replace(/P[0-9a-f]{20}/g, 'P').toLowerCase();
      const secrets = ['peeters', 'dubois', 'marie', 'celik', 'çelik', 'amrani', 'mohamed', 'broeck', 'lotte', 'smet', 'janssens', 'sara', 'typfout',
        '85073003328', '62021412592', '01050308705', '47091123401', '99122501540', '78010132133', '12112045678', '85.07.30', '033',
        '@', 'example', 'kerkstraat', 'molenstraat', 'stationsstraat', 'onbekende', '0470', '1985', '1962', '2001', '1947', '1999', '1978', '2012', '9000', '9050'];
      for (const s of secrets) expect(out, `${raw}: ${s}`).not.toContain(s);
    }
  });

  it('refuses to write a mapped dimension that is an identifier', async () => {
    const ps = nodePseudonymiser(PASS);
    const m = { ...json('buurtwerk-map.json'), dimensions: ['Geslacht', 'E-mail'] };
    await expect(transform(readCsv('b.csv', fixture('buurtwerk-raw.csv')), m, ps)).rejects.toThrow(GuardError);
    await expect(transform(readCsv('b.csv', fixture('buurtwerk-raw.csv')), m, ps)).rejects.toThrow(/participants\.csv: column "e_mail" is named like an e-mail address/);
    // Under an innocent name the values give it away.
    const t = readCsv('x.csv', enc('rrn,act,date,info\n85073003328,a,2025-03-03,jan.peeters@example.be\n'));
    await expect(transform(t, { national_number: 'rrn', activity_id: 'act', date: 'date', dimensions: ['info'] }, ps)).rejects.toThrow(/column "info" holds e-mail addresses/);
    const u = readCsv('x.csv', enc('rrn,act,date,wie\n85073003328,a,2025-03-03,85.07.30-033.28\n'));
    await expect(transform(u, { national_number: 'rrn', activity_id: 'act', date: 'date', dimensions: ['wie'] }, ps)).rejects.toThrow(/column "wie" holds national register numbers/);
  });

  it('explains a mapping that does not fit the file', async () => {
    const ps = nodePseudonymiser(PASS);
    const t = readCsv('x.csv', enc('rrn,act,date\n85073003328,a,2025-03-03\n'));
    await expect(transform(t, { national_number: 'nummer', activity_id: 'act', date: 'date' }, ps)).rejects.toThrow(/column "nummer" \(for national_number\) is not in the file/);
    await expect(transform(t, { activity_id: 'act', date: 'date' }, ps)).rejects.toThrow(/"name" and "date_of_birth" are required/);
    await expect(transform(t, { national_number: 'rrn', activity_id: 'act', date: 'date', reference_date: '2025-13-01' }, ps)).rejects.toThrow(/reference_date/);
  });
});
