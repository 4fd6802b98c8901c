import { createHmac, pbkdf2Sync } from 'node:crypto';
import { KEY_BYTES, PBKDF2_ITERATIONS, PSEUDONYM_SALT, checkPassphrase, formatPseudonym, type Pseudonymiser } from './key';

/**
 * The same construction as key.ts with node:crypto, for the command line. Tests prove
 * both give the same pseudonyms on tests/fixtures/pseudonymise/vectors.json.
 * Not imported by any page: node:crypto stays out of the browser bundle.
 */
export function nodeKeyBytes(passphrase: string, iterations = PBKDF2_ITERATIONS): Uint8Array {
  return new Uint8Array(pbkdf2Sync(Buffer.from(checkPassphrase(passphrase), 'utf8'), Buffer.from(PSEUDONYM_SALT, 'utf8'), iterations, KEY_BYTES, 'sha256'));
}

export function nodePseudonymiser(passphrase: string, iterations = PBKDF2_ITERATIONS): Pseudonymiser {
  const key = nodeKeyBytes(passphrase, iterations);
  const cache = new Map<string, string>();
  return {
    async pseudonym(identifier: string) {
      let p = cache.get(identifier);
      if (!p) {
        p = formatPseudonym(createHmac('sha256', key).update(identifier, 'utf8').digest('hex'));
        cache.set(identifier, p);
      }
      return p;
    }
  };
}
