import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { PBKDF2_ITERATIONS, PSEUDONYM_SALT, deriveKeyBytes, toHex, webCryptoPseudonymiser } from './key';
import { nodeKeyBytes, nodePseudonymiser } from './node';
import { nameIdentifier, nationalNumberIdentifier } from './normalise';

interface Vector {
  passphrase: string;
  raw: { national_number?: string; name?: string; first_name?: string; date_of_birth?: string };
  identifier: string;
  pseudonym: string;
}
const file = JSON.parse(readFileSync('tests/fixtures/pseudonymise/vectors.json', 'utf8')) as { salt: string; iterations: number; vectors: Vector[] };

describe('pseudonyms: WebCrypto (browser) and node:crypto (command line)', () => {
  it('use the documented salt and production cost', () => {
    expect(PSEUDONYM_SALT).toBe('wijkweefsel-pseudonym-v1');
    expect(PBKDF2_ITERATIONS).toBe(600_000);
    expect(file.salt).toBe(PSEUDONYM_SALT);
    expect(file.iterations).toBe(PBKDF2_ITERATIONS);
  });

  it('agree with each other and with the shared test vectors', async () => {
    for (const v of file.vectors) {
      const id = v.raw.national_number ? nationalNumberIdentifier(v.raw.national_number) : nameIdentifier(v.raw.name ?? '', v.raw.first_name ?? '', v.raw.date_of_birth ?? '');
      expect(id).toBe(v.identifier);
      const web = await (await webCryptoPseudonymiser(v.passphrase)).pseudonym(v.identifier);
      const node = await nodePseudonymiser(v.passphrase).pseudonym(v.identifier);
      expect(web).toBe(v.pseudonym);
      expect(node).toBe(v.pseudonym);
      expect(web).toMatch(/^P[0-9a-f]{20}$/);
    }
  });

  it('derive the same key bytes', async () => {
    const p = 'correct horse battery staple';
    expect(toHex(await deriveKeyBytes(p, 1000))).toBe(toHex(nodeKeyBytes(p, 1000)));
  });

  it('another passphrase gives pseudonyms that cannot be linked', async () => {
    const ids = ['rrn:85073003328', 'rrn:62021412592', 'name:jan peeters|1985-07-30'];
    const a = nodePseudonymiser('partners 2025 passphrase');
    const b = nodePseudonymiser('partners 2026 passphrase');
    const pa = await Promise.all(ids.map((i) => a.pseudonym(i)));
    const pb = await Promise.all(ids.map((i) => b.pseudonym(i)));
    for (const p of pb) expect(pa).not.toContain(p);
    // No shared prefix structure either: the pseudonyms of one person differ in most positions.
    const same = [...pa[0]].filter((ch, i) => ch === pb[0][i]).length;
    expect(same).toBeLessThan(10);
    // The vectors: one national number, two passphrases, two unrelated pseudonyms.
    const [v1, , , , v5] = file.vectors;
    expect(v1.identifier).toBe(v5.identifier);
    expect(v1.pseudonym).not.toBe(v5.pseudonym);
  });

  it('refuse a short passphrase', async () => {
    expect(() => nodePseudonymiser('kort')).toThrow(/at least 12 characters/);
    await expect(webCryptoPseudonymiser('kort')).rejects.toThrow(/at least 12 characters/);
  });
});
