/**
 * The deployment secret of this browser (METRICS.md, cell-key perturbation): 32 random bytes,
 * generated once and kept beside the user's data, so the same export gives the same perturbed
 * figures every time. Where nothing can be kept, one secret per tab, and the caller is told.
 */
import type { StoreBackend } from './backend';
import { technicalOf } from './errors';

export const SECRET_BYTES = 32;

export interface Secret {
  bytes: Uint8Array;
  /** false: this tab's own secret (no storage); figures may differ in the next tab. */
  kept: boolean;
  /** Why it is not kept, for the technical details. */
  technical?: string;
}

const fresh = () => crypto.getRandomValues(new Uint8Array(SECRET_BYTES));

/**
 * This tab's secret, made on first need. It is also the one a tab keeps when it creates the
 * kept secret, so a tab that had to do without storage at first and keeps it later stays consistent.
 */
let tabSecret: Uint8Array | null = null;
const tabs = () => (tabSecret ??= fresh());
const perTab = (technical: string): Secret => ({ bytes: tabs().slice(), kept: false, technical });

/** Kept secrets, per backend: read once per tab. */
const known = new WeakMap<StoreBackend, Promise<Secret>>();

/**
 * The kept secret at `path`, created on first use (under a lock, so two tabs opening at once
 * agree on one). A secret that cannot be read is never overwritten: it may be read next time.
 */
export function secretAt(backend: StoreBackend | null, path: string): Promise<Secret> {
  if (!backend) return Promise.resolve(perTab('no storage in this browser'));
  let p = known.get(backend);
  if (!p) {
    p = backend
      .lock('secret', async () => {
        let kept: Uint8Array | null;
        try {
          kept = await backend.read(path);
        } catch (e) {
          return perTab(`the kept secret could not be read: ${technicalOf(e)}`);
        }
        if (kept && kept.length === SECRET_BYTES) return { bytes: kept, kept: true };
        // Absent, or not 32 bytes (damaged): a new one. Figures made with a damaged one cannot be repeated anyway.
        const bytes = tabs().slice();
        try {
          await backend.write(path, bytes);
        } catch (e) {
          return perTab(`the secret could not be kept: ${technicalOf(e)}`);
        }
        return { bytes, kept: true };
      })
      .then((s) => {
        // Try again next time when storage failed this time.
        if (!s.kept) known.delete(backend);
        return s;
      });
    known.set(backend, p);
  }
  return p.then((s) => ({ ...s, bytes: s.bytes.slice() }));
}
