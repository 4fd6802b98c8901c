/**
 * The keyed hash that turns a normalised identifier into a pseudonym, with WebCrypto
 * (globalThis.crypto.subtle): the same code runs in the browser and in Node 20+.
 *
 * Documented construction (both partners and every implementation must match it):
 * - key: PBKDF2-HMAC-SHA-256 of the passphrase (Unicode NFC, UTF-8), salt
 *   "wijkweefsel-pseudonym-v1" (UTF-8), 600 000 iterations, 32 bytes;
 * - pseudonym: HMAC-SHA-256 of the normalised identifier (UTF-8) under that key,
 *   lower-case hex, first 20 hex characters (80 bits), prefixed with "P":
 *   e.g. "P3f9c0a17b2e45d6c8e01". 80 bits keeps collisions negligible (about 1 in 10^12
 *   for a million people) while the id stays readable.
 * Without the passphrase, a pseudonym cannot be computed from a name or number.
 */
export const PSEUDONYM_SALT = 'wijkweefsel-pseudonym-v1';
export const PBKDF2_ITERATIONS = 600_000;
export const KEY_BYTES = 32;
export const PSEUDONYM_HEX_CHARS = 20;
export const PSEUDONYM_PREFIX = 'P';
export const MIN_PASSPHRASE_LENGTH = 12;

/** Something that maps a normalised identifier to its pseudonym. */
export interface Pseudonymiser {
  pseudonym(identifier: string): Promise<string>;
}

/** Refuse passphrases too short to resist guessing; returns the passphrase NFC-normalised. */
export function checkPassphrase(passphrase: string): string {
  const p = passphrase.normalize('NFC');
  if (p.trim().length < MIN_PASSPHRASE_LENGTH) {
    throw new Error(`The passphrase must have at least ${MIN_PASSPHRASE_LENGTH} characters; a few random words work well.`);
  }
  return p;
}

export const toHex = (bytes: Uint8Array) => Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
export const formatPseudonym = (hmacHex: string) => PSEUDONYM_PREFIX + hmacHex.slice(0, PSEUDONYM_HEX_CHARS);

/** The 32-byte HMAC key, as raw bytes (for tests and vectors). */
export async function deriveKeyBytes(passphrase: string, iterations = PBKDF2_ITERATIONS): Promise<Uint8Array> {
  const subtle = globalThis.crypto.subtle;
  const enc = new TextEncoder();
  const base = await subtle.importKey('raw', enc.encode(checkPassphrase(passphrase)), 'PBKDF2', false, ['deriveBits']);
  const bits = await subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt: enc.encode(PSEUDONYM_SALT), iterations }, base, KEY_BYTES * 8);
  return new Uint8Array(bits);
}

/** A pseudonymiser from the passphrase, with WebCrypto. Results are cached per identifier. */
export async function webCryptoPseudonymiser(passphrase: string, iterations = PBKDF2_ITERATIONS): Promise<Pseudonymiser> {
  const subtle = globalThis.crypto.subtle;
  const enc = new TextEncoder();
  const raw = await deriveKeyBytes(passphrase, iterations);
  const key = await subtle.importKey('raw', raw as BufferSource, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  const cache = new Map<string, string>();
  return {
    async pseudonym(identifier: string) {
      let p = cache.get(identifier);
      if (!p) {
        p = formatPseudonym(toHex(new Uint8Array(await subtle.sign('HMAC', key, enc.encode(identifier)))));
        cache.set(identifier, p);
      }
      return p;
    }
  };
}
