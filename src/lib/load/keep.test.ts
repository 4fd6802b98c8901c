import { describe, expect, it } from 'vitest';
import { dirStore, makeManifest, readManifest, type Dir } from './keep';

/** An in-memory directory with the behaviour of OPFS that the store relies on. */
function memoryDir(): Dir & { tree: Map<string, unknown> } {
  const notFound = () => Object.assign(new Error('not found'), { name: 'NotFoundError' });
  const make = (tree: Map<string, unknown>): Dir & { tree: Map<string, unknown> } => ({
    tree,
    async getDirectoryHandle(name, opts) {
      let d = tree.get(name);
      if (d === undefined) {
        if (!opts?.create) throw notFound();
        d = new Map();
        tree.set(name, d);
      }
      if (!(d instanceof Map)) throw new Error('a file, not a folder');
      return make(d as Map<string, unknown>);
    },
    async getFileHandle(name, opts) {
      if (!tree.has(name)) {
        if (!opts?.create) throw notFound();
        tree.set(name, new Uint8Array());
      }
      return {
        async getFile() {
          const b = tree.get(name) as Uint8Array;
          return { arrayBuffer: async () => b.slice().buffer, text: async () => new TextDecoder().decode(b) };
        },
        async createWritable() {
          let data = new Uint8Array();
          return {
            async write(x: Uint8Array | string) {
              data = typeof x === 'string' ? new TextEncoder().encode(x) : x.slice();
            },
            async close() {
              tree.set(name, data);
            }
          };
        }
      };
    },
    async removeEntry(name) {
      if (!tree.delete(name)) throw notFound();
    }
  });
  return make(new Map());
}

const enc = (s: string) => new TextEncoder().encode(s);

describe('keeping files in this browser', () => {
  it('writes the bytes and mappings and reads them back as they were', async () => {
    const root = memoryDir();
    const store = dirStore(root);
    expect(await store.load()).toBeNull();
    const files = [
      { name: 'wijken.csv', bytes: enc('wijk_id,wijk_name,city\nA1,Noord,Stad\n') },
      { name: '../deelnames;2025.csv', bytes: new Uint8Array([0x1f, 0x8b, 0, 255]), mapping: { table: 'participations' as const, columns: { datum: 'date', x: null } } }
    ];
    const m = await store.save(files, new Date('2026-01-02T03:04:05Z'));
    expect(m.saved).toBe('2026-01-02T03:04:05.000Z');
    // a user's file name never becomes a path in the store
    expect([...(root.tree.get('wijkweefsel') as Map<string, unknown>).keys()].sort()).toEqual(['f0', 'f1', 'manifest.json']);
    const back = await store.load();
    expect(back?.files).toEqual(files);
    expect(back?.manifest).toEqual(m);
  });

  it('replaces an earlier set and removes everything on clear', async () => {
    const root = memoryDir();
    const store = dirStore(root);
    await store.save([{ name: 'a.csv', bytes: enc('1') }, { name: 'b.csv', bytes: enc('2') }]);
    await store.save([{ name: 'c.csv', bytes: enc('3') }]);
    expect((await store.load())?.files.map((f) => f.name)).toEqual(['c.csv']);
    await store.clear();
    expect(root.tree.size).toBe(0);
    expect(await store.load()).toBeNull();
    await store.clear(); // clearing nothing is fine
  });

  it('loads nothing half: a missing or changed file removes the set', async () => {
    const root = memoryDir();
    const store = dirStore(root);
    await store.save([{ name: 'a.csv', bytes: enc('abc') }, { name: 'b.csv', bytes: enc('def') }]);
    (root.tree.get('wijkweefsel') as Map<string, unknown>).set('f1', enc('de'));
    expect(await store.load()).toBeNull();
    expect(root.tree.size).toBe(0);
    await store.save([{ name: 'a.csv', bytes: enc('abc') }]);
    (root.tree.get('wijkweefsel') as Map<string, unknown>).delete('manifest.json');
    expect(await store.load()).toBeNull();
  });

  it('checks a manifest before trusting it', () => {
    const good = makeManifest([{ name: 'x.csv', bytes: enc('12') }], new Date(0));
    expect(readManifest(JSON.parse(JSON.stringify(good)))).toEqual(good);
    expect(readManifest(null)).toBeNull();
    expect(readManifest({ ...good, v: 2 })).toBeNull();
    expect(readManifest({ ...good, files: [] })).toBeNull();
    expect(readManifest({ ...good, files: [{ ...good.files[0], stored: '../etc' }] })).toBeNull();
    expect(readManifest({ ...good, files: [{ ...good.files[0], mapping: { table: 'people' } }] })).toBeNull();
    expect(readManifest({ ...good, files: [{ ...good.files[0], mapping: { columns: { a: 3 } } }] })).toBeNull();
  });
});
