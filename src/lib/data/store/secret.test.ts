import { describe, expect, it, vi } from 'vitest';
import { faultyBackend } from './faulty';
import { memoryBackend } from './memory';
import { secret } from './index';
import { SECRET_BYTES, secretAt } from './secret';
import { SECRET_PATH, createStore } from './store';

/** The secret module as another tab (or browser) loads it: its own tab secret and memory. */
async function otherTab(): Promise<typeof secretAt> {
  vi.resetModules();
  return (await import('./secret')).secretAt;
}

describe('the secret of this browser', () => {
  it('is 32 random bytes, made once and kept beside the data: the next session gets the same', async () => {
    const mem = memoryBackend();
    const first = await createStore(mem).secret();
    expect(first.kept).toBe(true);
    expect(first.bytes).toHaveLength(SECRET_BYTES);
    expect(mem.files.get(SECRET_PATH)).toEqual(first.bytes);
    // Another tab, or a later visit, reads it back.
    expect(await (await otherTab())(mem, SECRET_PATH)).toEqual(first);
    // Another browser has another.
    expect((await (await otherTab())(memoryBackend(), SECRET_PATH)).bytes).not.toEqual(first.bytes);
  });

  it('agrees between two tabs asking at once', async () => {
    const mem = memoryBackend();
    const [one, two] = [await otherTab(), await otherTab()];
    const [a, b] = await Promise.all([one(mem, SECRET_PATH), two(mem, SECRET_PATH)]);
    expect(a.bytes).toEqual(b.bytes);
    expect(mem.files.get(SECRET_PATH)).toEqual(a.bytes);
  });

  it('outlives "remove all": the same export keeps giving the same figures', async () => {
    const mem = memoryBackend();
    const store = createStore(mem);
    const before = await store.secret();
    await store.removeAll();
    expect(mem.files.get(SECRET_PATH)).toEqual(before.bytes);
  });

  it('without storage, is one per tab and says it is not kept', async () => {
    const a = await secret(null);
    const b = await secret(null);
    expect(a.kept).toBe(false);
    expect(a.bytes).toHaveLength(SECRET_BYTES);
    expect(b.bytes).toEqual(a.bytes);
    expect(a.technical).toMatch(/no storage/);
  });

  it('falls back to the tab secret when storage fails, keeps that one once it can, and never overwrites one it cannot read', async () => {
    const mem = memoryBackend({ quota: 10 });
    const full = await secretAt(mem, SECRET_PATH);
    expect(full.kept).toBe(false);
    expect(full.technical).toMatch(/quota/i);
    expect(full.bytes).toEqual((await secret(null)).bytes);
    // Room again: the tab keeps the secret it has used so far, so its figures do not change.
    const roomy = memoryBackend();
    const kept = await secretAt(roomy, SECRET_PATH);
    expect(kept).toEqual({ bytes: full.bytes, kept: true });

    const other = memoryBackend();
    other.files.set(SECRET_PATH, new Uint8Array(32).fill(7));
    const unreadable = await secretAt(faultyBackend(other, [{ op: 'read', kind: 'io' }]), SECRET_PATH);
    expect(unreadable.kept).toBe(false);
    expect(other.files.get(SECRET_PATH)).toEqual(new Uint8Array(32).fill(7));
  });

  it('replaces a damaged secret (not 32 bytes)', async () => {
    const mem = memoryBackend();
    mem.files.set(SECRET_PATH, new Uint8Array(5));
    const s = await secretAt(mem, SECRET_PATH);
    expect(s.kept).toBe(true);
    expect(mem.files.get(SECRET_PATH)).toEqual(s.bytes);
    expect(s.bytes).toHaveLength(SECRET_BYTES);
  });

  it('gives each caller its own copy', async () => {
    const mem = memoryBackend();
    const a = await secretAt(mem, SECRET_PATH);
    a.bytes.fill(0);
    expect((await secretAt(mem, SECRET_PATH)).bytes).toEqual(mem.files.get(SECRET_PATH));
    expect(mem.files.get(SECRET_PATH)!.some((x) => x !== 0)).toBe(true);
  });
});
