/**
 * Record keys (METRICS.md, Disclosure control): rk = the first 4 bytes of
 * HMAC-SHA-256(secret, participant_id as UTF-8), big-endian, unsigned. The engine computes
 * them with @noble/hashes (the same code in the browser and in Node); here they are checked
 * against Node's own HMAC (node:crypto) and the Web Crypto API the browser offers, and in
 * the engine's wb_record_keys column, where a key above 2^31 must stay positive.
 */
import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Engine } from '../engine/types';
import { insertCanonical } from '../load/canonical';
import { prepareFigures } from './figures';
import { checkSecret, createRecordKeys, recordKeyer } from './keys';
import { useEngine } from './testing';

let engine: Engine;
useEngine((e) => (engine = e));

const enc = new TextEncoder();

/** rk by Node's HMAC. */
const nodeKey = (secret: Uint8Array, id: string) => createHmac('sha256', secret).update(id, 'utf8').digest().readUInt32BE(0);

/** rk by the Web Crypto API (what a browser has built in). */
async function webKey(secret: Uint8Array, id: string): Promise<number> {
  // a copy on its own ArrayBuffer: what Web Crypto's typings ask for
  const key = await crypto.subtle.importKey('raw', new Uint8Array(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  return new DataView(await crypto.subtle.sign('HMAC', key, enc.encode(id))).getUint32(0, false);
}

const IDS = [
  'p1',
  '007',
  'Zoë-0006', // ë as one code point (NFC): two bytes in UTF-8
  'Jörg-0013',
  '🙂-0001', // outside the BMP: a surrogate pair in JS, four bytes in UTF-8
  'x'.repeat(200)
];

const SECRETS: Array<[string, Uint8Array]> = [
  ['ascii', enc.encode('fixture secret')],
  ['raw bytes 0x00 and 0xff', new Uint8Array([0, 255, 1, 254, 0, 128])],
  // longer than SHA-256's 64-byte block: HMAC hashes the key first
  ['100 bytes', Uint8Array.from({ length: 100 }, (_, i) => (i * 37) % 256)]
];

describe('record keys', () => {
  it('equal node:crypto and Web Crypto for ASCII, accented, emoji and long ids, whatever the secret', async () => {
    for (const [name, secret] of SECRETS) {
      const rk = recordKeyer(secret);
      for (const id of IDS) {
        const want = nodeKey(secret, id);
        expect(rk(id), `${name} ${id}`).toBe(want);
        expect(await webKey(secret, id), `${name} ${id}`).toBe(want);
        expect(Number.isInteger(want) && want >= 0 && want < 2 ** 32).toBe(true);
      }
    }
  });

  it('by hand: HMAC-SHA-256("fixture secret", "p3") begins cf8e1a88 (openssl dgst -sha256 -hmac)', () => {
    // 0xcf8e1a88 = 3,482,196,616: above 2^31, where a signed 32-bit read would go negative
    expect(recordKeyer(enc.encode('fixture secret'))('p3')).toBe(0xcf8e1a88);
  });

  it('depend on the secret and the id only: the same every time, another secret other keys', () => {
    const a = recordKeyer(enc.encode('one'));
    const b = recordKeyer(enc.encode('one'));
    const c = recordKeyer(enc.encode('two'));
    expect(IDS.map(a)).toEqual(IDS.map(b));
    // the keyer is reusable: a second call on the same id gives the same key
    expect(IDS.map(a)).toEqual(IDS.map(a));
    expect(IDS.map(a)).not.toEqual(IDS.map(c));
  });

  it('land in the engine unchanged, as unsigned integers', async () => {
    await insertCanonical(engine, {
      wijken: [{ wijk_id: 'W1', wijk_name: 'Een', city: 'C' }],
      population: [],
      participants: IDS.map((id) => ({ participant_id: id, residence_wijk_id: 'W1' })),
      activities: [],
      participations: []
    });
    for (const [name, secret] of SECRETS) {
      await createRecordKeys(engine, secret);
      const rows = await engine.query<{ id: string; rk: number; t: string }>('SELECT participant_id AS id, rk, typeof(rk) AS t FROM wb_record_keys');
      expect(rows.length, name).toBe(IDS.length);
      for (const r of rows) {
        expect(r.t).toBe('UBIGINT');
        expect(Number(r.rk), `${name} ${r.id}`).toBe(nodeKey(secret, String(r.id)));
      }
    }
    // the sum of all keys as SQL sums them (a cell key) equals the sum in JS
    const [{ s }] = await engine.query<{ s: string }>('SELECT sum(rk)::VARCHAR AS s FROM wb_record_keys');
    const last = SECRETS[SECRETS.length - 1][1];
    expect(BigInt(s)).toBe(IDS.reduce((t, id) => t + BigInt(nodeKey(last, id)), 0n));
    // without a secret (perturbation off, tests only) every key is 0
    await createRecordKeys(engine, null);
    const zero = await engine.query<{ rk: number }>('SELECT rk FROM wb_record_keys');
    expect(zero.length).toBe(IDS.length);
    expect(zero.every((r) => Number(r.rk) === 0)).toBe(true);
  });
});

describe('the secret', () => {
  it('checkSecret refuses an empty or missing secret, and never falls back to none', () => {
    expect(() => checkSecret(new Uint8Array(0))).toThrow(/no secret/);
    expect(() => checkSecret(null)).toThrow(/no secret/);
    expect(() => checkSecret(undefined)).toThrow(/no secret/);
    expect(() => recordKeyer(new Uint8Array(0))).toThrow(/no secret/);
    const s = enc.encode('x');
    expect(checkSecret(s)).toBe(s);
  });

  it('a computation with perturbation on refuses to start without a secret', async () => {
    const base = { dimensions: [], k: 5, cap: 40 };
    await expect(prepareFigures(engine, { ...base, secret: null })).rejects.toThrow(/no secret/);
    await expect(prepareFigures(engine, { ...base, secret: new Uint8Array(0), perturb: true })).rejects.toThrow(/no secret/);
    // switched off explicitly (tests, the auditor's negative control): no secret needed
    await expect(prepareFigures(engine, { ...base, secret: null, perturb: false })).resolves.toBeDefined();
  });
});
