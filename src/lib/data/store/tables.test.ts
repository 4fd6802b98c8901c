import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../engine/types';
import { createNodeEngine } from '../../engine/node';
import { insertCanonical } from '../../load/canonical';
import { tableFromIPC } from 'apache-arrow';
import { sha256 } from './hash';
import { FINGERPRINT_LENGTH, KEPT_TABLES, fingerprintInEngine, fingerprintOf, restoreTables, snapshot } from './tables';
import { DATA, contents, emptyEngine } from './testing';

// Two engines for the file: one the data come from, one they go to.
let a: Engine;
let b: Engine;
beforeAll(async () => {
  [a, b] = await Promise.all([createNodeEngine(), createNodeEngine()]);
});
afterAll(async () => {
  await a.close();
  await b.close();
});

/** `e`, calling `before(n)` ahead of its n-th insert (it may throw, as a full memory does). */
const onInsert = (e: Engine, before: (n: number) => void): Engine => {
  let n = 0;
  return { ...e, insertArrowIPC: async (table, ipc) => (before(++n), e.insertArrowIPC(table, ipc)) };
};
const noStaged = async (e: Engine) => expect(await e.query(`SELECT table_name AS t FROM information_schema.tables WHERE table_name LIKE '__kept%'`)).toEqual([]);

const snapOf = async (e: Engine, data = DATA) => {
  await insertCanonical(e, data);
  return snapshot(e);
};

describe('snapshot and fingerprint', () => {
  it('reads every canonical table once, with rows, checksums and the kind of export', async () => {
    const snap = await snapOf(a);
    expect(snap.tables.map((t) => t.table)).toEqual(KEPT_TABLES);
    expect(snap.tables.map((t) => t.rows)).toEqual([3, 2, 3, 2, 3, 1]);
    for (const t of snap.tables) expect(t.sha256).toBe(await sha256(t.bytes));
    for (const t of snap.tables) expect(tableFromIPC(t.bytes).numRows).toBe(t.rows);
    expect(snap.kind).toBe('both');
    expect(snap.fingerprint).toMatch(new RegExp(`^[0-9a-f]{${FINGERPRINT_LENGTH}}$`));
    const partner = await snapOf(b, { ...DATA, activities: DATA.activities.filter((x) => x.provider_type === 'buurtwerk'), participations: DATA.participations.slice(0, 2) });
    expect(partner.kind).toBe('buurtwerk');
  });

  it('is the same for the same rows loaded in another order, with columns in another order, in another engine', async () => {
    const shuffled = {
      ...DATA,
      wijken: [...DATA.wijken].reverse(),
      participants: [...DATA.participants].reverse(),
      participations: [DATA.participations[2], DATA.participations[0], DATA.participations[1]]
    };
    const x = await snapOf(a);
    await insertCanonical(b, shuffled);
    await b.exec(`CREATE OR REPLACE TABLE participants AS SELECT age_band, residence_wijk_id, participant_id FROM participants`);
    const y = await snapshot(b);
    expect(y.fingerprint).toBe(x.fingerprint);
    expect(y.tables.map((t) => t.content)).toEqual(x.tables.map((t) => t.content));
    // Without reading the tables out: the same fingerprint (own data not kept carry it too).
    expect(await fingerprintInEngine(b)).toBe(x.fingerprint);
  });

  it('changes when any value changes, even to one that reads as the same number', async () => {
    const prints = [(await snapOf(a)).fingerprint];
    const changed = [
      { ...DATA, wijken: DATA.wijken.map((w, i) => (i === 0 ? { ...w, wijk_name: 'Sint-Jans "hof"' } : w)) },
      { ...DATA, participations: DATA.participations.map((p, i) => (i === 0 ? { ...p, participant_id: '1', activity_id: '1' } : p)) },
      { ...DATA, participations: DATA.participations.map((p, i) => (i === 2 ? { ...p, date: '2025-03-30' } : p)) },
      { ...DATA, signals: [] },
      // A row twice (a sum of hashes counts it twice; an exclusive or would not see it).
      { ...DATA, population: [...DATA.population, DATA.population[0]] }
    ];
    for (const d of changed) prints.push((await snapOf(a, d)).fingerprint);
    expect(new Set(prints).size).toBe(prints.length);
  });

  it('needs every table and does not depend on the order their contents come in', async () => {
    const snap = await snapOf(a);
    expect(await fingerprintOf([...snap.tables].reverse())).toBe(snap.fingerprint);
    await expect(fingerprintOf(snap.tables.slice(1))).rejects.toThrow(/wijken/);
  });
});

describe('restoreTables', () => {
  it('fills a fresh engine, and replaces other data in a used one, views included', async () => {
    const snap = await snapOf(a);
    const want = await contents(a);
    await restoreTables(await emptyEngine(b), snap.tables);
    expect(await contents(b)).toEqual(want);
    const sessions = 'SELECT participant_id, activity_wijk_id, month, activity_city FROM sessions ORDER BY ALL';
    expect(await b.query(sessions)).toEqual(await a.query(sessions));
    expect((await b.query<{ participant_id: string }>('SELECT participant_id FROM participants ORDER BY 1')).map((r) => r.participant_id)).toEqual(['0001', '1', "o'brien"]);

    await insertCanonical(b, { ...DATA, participations: DATA.participations.slice(0, 1) });
    await restoreTables(b, snap.tables);
    expect(await contents(b)).toEqual(want);
    await noStaged(b);
  });

  it('leaves the engine as it was when a table cannot be inserted', async () => {
    const snap = await snapOf(a);
    await insertCanonical(b, { ...DATA, participations: DATA.participations.slice(0, 1) });
    const before = await contents(b);
    let inserts = 0;
    const failing = onInsert(b, (n) => {
      inserts = n;
      if (n === 5) throw new Error('Out of Memory Error: failed to allocate');
    });
    await expect(restoreTables(failing, snap.tables)).rejects.toThrow(/Out of Memory/);
    expect(inserts).toBe(5);
    expect(await contents(b)).toEqual(before);
    await noStaged(b);
  });

  it('undoes the whole swap when one table cannot be swapped in', async () => {
    const snap = await snapOf(a);
    await insertCanonical(b, { ...DATA, participations: DATA.participations.slice(0, 1) });
    const before = await contents(b);
    // The last table never arrives, so its rename fails after the others were swapped.
    const losing: Engine = { ...b, insertArrowIPC: async (table, ipc) => (table.endsWith('signals') ? undefined : b.insertArrowIPC(table, ipc)) };
    await expect(restoreTables(losing, snap.tables)).rejects.toThrow(/__kept_signals/);
    expect(await contents(b)).toEqual(before);
    await noStaged(b);
  });

  it('replaces nothing when the checks it was given fail, and stops inserting', async () => {
    const snap = await snapOf(a);
    await insertCanonical(b, { ...DATA, participations: DATA.participations.slice(0, 1) });
    const before = await contents(b);
    let inserts = 0;
    let fail!: (e: Error) => void;
    const checks = new Promise((_, reject) => (fail = reject));
    const counting = onInsert(b, (n) => {
      inserts = n;
      if (n === 2) fail(new Error('checksum differs'));
    });
    await expect(restoreTables(counting, snap.tables, checks)).rejects.toThrow(/checksum differs/);
    expect(inserts).toBe(2);
    expect(await contents(b)).toEqual(before);
    await noStaged(b);
  });

  it('refuses a set of tables with one missing, touching nothing', async () => {
    const snap = await snapOf(a);
    await insertCanonical(b, { ...DATA, signals: [] });
    const before = await contents(b);
    await expect(restoreTables(b, snap.tables.filter((t) => t.table !== 'signals'))).rejects.toThrow(/signals/);
    expect(await contents(b)).toEqual(before);
  });
});
