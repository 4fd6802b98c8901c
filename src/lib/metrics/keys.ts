/**
 * Record keys (METRICS.md, Disclosure control): each participant's rk is the first 4 bytes
 * of HMAC-SHA-256(secret, participant_id as UTF-8), big-endian, as an unsigned 32-bit
 * integer. They live in the engine as a column (wb_record_keys), so every cell key is a
 * sum(rk) in the same GROUP BY as its distinct count. @noble/hashes computes the same bytes
 * in the browser and in Node, synchronously: no second implementation per platform.
 */
import { hmac } from '@noble/hashes/hmac.js';
import { sha256 } from '@noble/hashes/sha2.js';
import * as arrow from 'apache-arrow';
import { utf8Vector } from '../load/raw';
import type { Engine } from '../engine/types';

/** Refuses what is not a usable secret: the noise must never silently fall back to none. */
export function checkSecret(secret: Uint8Array | null | undefined): Uint8Array {
  if (!secret || secret.length === 0) throw new Error('no secret: the cell-key perturbation needs the deployment secret (METRICS.md, Disclosure control)');
  return secret;
}

const encoder = new TextEncoder();

/** rk of one participant: a function of the secret, so the same person gets the same noise every month. */
export function recordKeyer(secret: Uint8Array): (participantId: string) => number {
  const keyed = hmac.create(sha256, checkSecret(secret));
  return (id) => {
    const mac = keyed.clone().update(encoder.encode(id)).digest();
    return ((mac[0] << 24) | (mac[1] << 16) | (mac[2] << 8) | mac[3]) >>> 0;
  };
}

/**
 * Creates wb_record_keys (participant_id, rk) for every participant of the loaded data.
 * Without a secret (perturbation switched off, tests only) every rk is 0.
 */
export async function createRecordKeys(engine: Engine, secret: Uint8Array | null): Promise<void> {
  await engine.exec('DROP TABLE IF EXISTS wb_record_keys; DROP TABLE IF EXISTS wb_record_keys_in');
  if (!secret) {
    await engine.exec('CREATE TEMP TABLE wb_record_keys AS SELECT DISTINCT participant_id, 0::UBIGINT AS rk FROM participants');
    return;
  }
  const cols = await engine.queryColumns('SELECT DISTINCT participant_id FROM participants');
  const ids = Array.from(cols.participant_id ?? [], String);
  const key = recordKeyer(secret);
  const rk = new Float64Array(ids.length);
  for (let i = 0; i < ids.length; i++) rk[i] = key(ids[i]);
  // Not tableFromArrays: its builders compile a function from a string, which the site's CSP forbids in the browser.
  const table = new arrow.Table({ participant_id: utf8Vector(arrow, ids), rk: arrow.makeVector(rk) });
  await engine.insertArrowIPC('wb_record_keys_in', arrow.tableToIPC(table, 'stream'));
  // Typed once here: the native engine's IPC path lands every column as text.
  await engine.exec(`
    CREATE TEMP TABLE wb_record_keys AS
    SELECT CAST(participant_id AS VARCHAR) AS participant_id, CAST(CAST(rk AS DOUBLE) AS UBIGINT) AS rk FROM wb_record_keys_in;
    DROP TABLE wb_record_keys_in`);
}
