/**
 * The page of measure-restore.mjs: keeps a generated export of N participations in this
 * browser's OPFS with the real store, and (after a reload) opens it into a fresh DuckDB-WASM,
 * timing each step. Not part of the site.
 */
import { createBrowserEngine } from '../../../src/lib/engine/browser';
import { createStore, snapshot, type StoreBackend } from '../../../src/lib/data/store';
import { opfsBackend } from '../../../src/lib/data/store/opfs';
import { createDerivedViews } from '../../../src/lib/load/canonical';
import type { LoadReport } from '../../../src/lib/load/report';

/** A backend that adds up the time spent in reads (the files, checked later by the store). */
function timed(inner: StoreBackend, spent: { read: number; write: number }): StoreBackend {
  return {
    ...inner,
    async read(p) {
      const t = performance.now();
      try {
        return await inner.read(p);
      } finally {
        spent.read += performance.now() - t;
      }
    },
    async write(p, b) {
      const t = performance.now();
      try {
        return await inner.write(p, b);
      } finally {
        spent.write += performance.now() - t;
      }
    }
  };
}

async function backend() {
  const b = await opfsBackend();
  if (!b) throw new Error('no OPFS in this browser');
  return b;
}

/** Canonical tables made in SQL: pseudonyms of 16 hex characters, as the export's keyed hashes are. */
async function generate(n: number) {
  const e = await createBrowserEngine();
  const people = Math.max(100, Math.round(n / 16));
  await e.exec(`CREATE TABLE wijken AS SELECT 'W' || lpad(i::VARCHAR, 3, '0') AS wijk_id, 'Wijk ' || i AS wijk_name, 'Stad' AS city, NULL::VARCHAR AS nis_code FROM range(40) r(i)`);
  await e.exec(`CREATE TABLE population AS SELECT wijk_id, DATE '2025-01-01' AS ref_date, 'total' AS dimension, 'total' AS "group", 1000::INTEGER AS population FROM wijken`);
  await e.exec(`CREATE TABLE participants AS SELECT substr(md5('p' || i), 1, 16) AS participant_id, 'W' || lpad((i % 40)::VARCHAR, 3, '0') AS residence_wijk_id,
    ['0-17','18-25','26-64','65+'][1 + i % 4] AS age_band, ['m','v','x'][1 + i % 3] AS gender FROM range(${people}) r(i)`);
  await e.exec(`CREATE TABLE activities AS SELECT 'A' || i AS activity_id, CASE WHEN i % 3 = 0 THEN 'ggw' ELSE 'buurtwerk' END AS provider_type,
    'W' || lpad((i % 40)::VARCHAR, 3, '0') AS wijk_id, NULL::VARCHAR AS organisation, 'ontmoeting' AS domain, NULL::VARCHAR AS initiator, NULL::VARCHAR AS partner_organisation, NULL::VARCHAR AS name FROM range(2000) r(i)`);
  await e.exec(`CREATE TABLE participations AS SELECT DISTINCT substr(md5('p' || ((i * 7919) % ${people})), 1, 16) AS participant_id, 'A' || (i % 2000) AS activity_id,
    DATE '2024-01-01' + ((i // 2000) % 730)::INTEGER AS date, CASE WHEN i % 10 = 0 THEN 'vrijwilliger' ELSE 'participant' END AS role FROM range(${n}) r(i)`);
  await e.exec(`CREATE TABLE signals (signal_id VARCHAR, wijk_id VARCHAR, date_raised DATE, source VARCHAR, theme VARCHAR, date_answered DATE)`);
  await createDerivedViews(e);
  return e;
}

const w = window as unknown as Record<string, unknown>;

/** Step 1 of keeping: a fresh store and an engine holding a generated export of n participations. */
w.generate = async (n: number) => {
  await createStore(await backend()).removeAll();
  w.engine = await generate(n);
};

/** Step 2: the snapshot (tables out of DuckDB, checksums, fingerprint) and keeping it in OPFS. */
w.keepGenerated = async () => {
  const e = w.engine as Awaited<ReturnType<typeof createBrowserEngine>>;
  const [{ rows }] = await e.query<{ rows: number }>('SELECT count(*)::INTEGER AS rows FROM participations');
  const t0 = performance.now();
  const snap = await snapshot(e);
  const t1 = performance.now();
  const report = { files: [], tables: {}, months: { first: '2024-01', last: '2025-12' }, wijken: 40, cities: ['Stad'], dimensions: ['age_band', 'gender'] } as unknown as LoadReport;
  const spent = { read: 0, write: 0 };
  const timedStore = createStore(timed(await backend(), spent));
  const { entry } = await timedStore.keep(snap, { report, mapping: [] });
  const t2 = performance.now();
  await e.close();
  return { participations: rows, fingerprint: entry.fingerprint, bytes: entry.bytes, snapshotMs: t1 - t0, keepMs: t2 - t1, writeMs: spent.write };
};

/** Step 1 of an open after a reload: the engine (as every page starting DuckDB pays for it). */
w.startEngine = async () => {
  const t0 = performance.now();
  w.engine = await createBrowserEngine();
  return performance.now() - t0;
};

/** Step 2: the open itself, into the engine of step 1, with where its time goes. */
w.openKept = async (fingerprint: string) => {
  const e = w.engine as Awaited<ReturnType<typeof createBrowserEngine>>;
  const t1 = performance.now();
  const spent = { read: 0, write: 0 };
  const store = createStore(timed(await backend(), spent));
  const engineSpent = { insert: 0, exec: 0 };
  const te: typeof e = {
    ...e,
    async insertArrowIPC(t, b) {
      const s = performance.now();
      await e.insertArrowIPC(t, b);
      engineSpent.insert += performance.now() - s;
    },
    async exec(sql) {
      const s = performance.now();
      await e.exec(sql);
      engineSpent.exec += performance.now() - s;
    }
  };
  const opened = await store.open(te, fingerprint);
  const t2 = performance.now();
  return { openMs: t2 - t1, readMs: spent.read, insertMs: engineSpent.insert, execMs: engineSpent.exec, rows: opened.entry.rows };
};

/** Step 3: a first query over the restored data (the views work). */
w.firstQuery = async () => {
  const e = w.engine as Awaited<ReturnType<typeof createBrowserEngine>>;
  const t0 = performance.now();
  const [{ n }] = await e.query<{ n: number }>('SELECT count(*)::INTEGER AS n FROM sessions');
  const ms = performance.now() - t0;
  await e.close();
  return { ms, sessions: n };
};

document.getElementById('state')!.textContent = 'ready';

/** Where the time of an open goes: each table read, hashed and inserted on its own. */
w.breakdown = async () => {
  const b = await backend();
  const ids = await b.list('wijkweefsel-store/exports');
  const e = await createBrowserEngine();
  const out: Record<string, number> = { read: 0, sha: 0, insert: 0, views: 0 };
  const { sha256 } = await import('../../../src/lib/data/store/hash');
  for (const t of ['wijken', 'population', 'participants', 'activities', 'participations', 'signals']) {
    let t0 = performance.now();
    const bytes = (await b.read(`wijkweefsel-store/exports/${ids[0]}/tables/${t}.arrow`))!;
    out.read += performance.now() - t0;
    t0 = performance.now();
    await sha256(bytes);
    out.sha += performance.now() - t0;
    t0 = performance.now();
    await e.insertArrowIPC(t, bytes);
    out.insert += performance.now() - t0;
    if (t === 'participations') out.participationsInsert = performance.now() - t0;
  }
  const t0 = performance.now();
  await createDerivedViews(e);
  out.views = performance.now() - t0;
  await e.close();
  return out;
};
