import { afterEach, describe, expect, it, vi } from 'vitest';
import { opfsBackend, opfsBackendOn } from './opfs';
import { createStore } from './store';

/**
 * A directory handle with the behaviour of OPFS the backend relies on: NotFoundError for what is
 * not there, TypeMismatchError for a file where a folder is expected, writable streams that
 * replace the file only on close() and leave it on abort(), a quota.
 */
function fakeRoot(quota = Infinity) {
  type Tree = Map<string, Tree | Uint8Array>;
  const root: Tree = new Map();
  const aborted: string[] = [];
  const err = (name: string) => Object.assign(new Error(name), { name });
  const size = (t: Tree): number => [...t.values()].reduce((n: number, v) => n + (v instanceof Map ? size(v) : v.length), 0);
  const dir = (tree: Tree): unknown => ({
    async getDirectoryHandle(name: string, opts?: { create?: boolean }) {
      let d = tree.get(name);
      if (d === undefined) {
        if (!opts?.create) throw err('NotFoundError');
        tree.set(name, (d = new Map()));
      }
      if (!(d instanceof Map)) throw err('TypeMismatchError');
      return dir(d);
    },
    async getFileHandle(name: string, opts?: { create?: boolean }) {
      const f = tree.get(name);
      if (f instanceof Map) throw err('TypeMismatchError');
      if (f === undefined) {
        if (!opts?.create) throw err('NotFoundError');
        tree.set(name, new Uint8Array());
      }
      return {
        async getFile() {
          return new Blob([(tree.get(name) as Uint8Array).slice()]);
        },
        async createWritable() {
          let swap = new Uint8Array();
          return {
            async write(data: Uint8Array) {
              if (size(root) + data.length > quota) throw err('QuotaExceededError');
              swap = data.slice();
            },
            async close() {
              tree.set(name, swap);
            },
            async abort() {
              aborted.push(name);
            }
          };
        }
      };
    },
    async removeEntry(name: string) {
      if (!tree.delete(name)) throw err('NotFoundError');
    },
    async *keys() {
      yield* tree.keys();
    }
  });
  return { handle: dir(root) as Parameters<typeof opfsBackendOn>[0], root, aborted };
}

const enc = (s: string) => new TextEncoder().encode(s);
const text = (b: Uint8Array | null) => (b ? new TextDecoder().decode(b) : null);

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the OPFS backend', () => {
  it('writes, reads, lists and removes files and folders by path', async () => {
    const b = opfsBackendOn(fakeRoot().handle);
    expect(await b.read('s/catalogue.json')).toBeNull();
    expect(await b.list('s')).toEqual([]);
    await b.write('s/exports/1/tables/wijken.arrow', enc('w'));
    await b.write('s/catalogue.json', enc('c1'));
    await b.write('s/catalogue.json', enc('c2'));
    expect(text(await b.read('s/catalogue.json'))).toBe('c2');
    expect(await b.list('s')).toEqual(['catalogue.json', 'exports']);
    expect(await b.list('s/exports/1/tables')).toEqual(['wijken.arrow']);
    // A file where a folder is expected, and the other way round, is "not there".
    expect(await b.read('s/catalogue.json/x')).toBeNull();
    expect(await b.read('s/exports')).toBeNull();
    await b.remove('s/exports');
    await b.remove('s/exports');
    await b.remove('nothing/here');
    expect(await b.list('s')).toEqual(['catalogue.json']);
  });

  it('leaves the previous content when the browser refuses a write, and aborts the swap file', async () => {
    const fake = fakeRoot(10);
    const b = opfsBackendOn(fake.handle);
    await b.write('s/catalogue.json', enc('12345'));
    await expect(b.write('s/catalogue.json', enc('123456789'))).rejects.toMatchObject({ name: 'QuotaExceededError' });
    expect(text(await b.read('s/catalogue.json'))).toBe('12345');
    expect(fake.aborted).toEqual(['catalogue.json']);
  });

  it('takes Web Locks under its own names when the browser has them', async () => {
    const names: string[] = [];
    const locks = { request: async (name: string, job: () => Promise<unknown>) => (names.push(name), job()) } as unknown as LockManager;
    const b = opfsBackendOn(fakeRoot().handle, locks);
    expect(await b.lock('catalogue', async () => 42)).toBe(42);
    expect(names).toEqual(['wijkweefsel:catalogue']);
  });

  it('runs the whole store', async () => {
    const store = createStore(opfsBackendOn(fakeRoot().handle));
    await store.setKeep(false);
    expect((await store.read()).keep).toBe(false);
  });

  it('asks for persistent storage and the estimate through navigator.storage', async () => {
    const persist = vi.fn(async () => true);
    vi.stubGlobal('navigator', { storage: { persisted: async () => false, persist, estimate: async () => ({ quota: 100, usage: 7 }) } });
    const b = opfsBackendOn(fakeRoot().handle);
    expect(await b.persist()).toBe(true);
    expect(persist).toHaveBeenCalledOnce();
    expect(await b.estimate()).toEqual({ quota: 100, usage: 7 });
    vi.stubGlobal('navigator', { storage: { persist: async () => { throw new Error('denied'); } } });
    expect(await b.persist()).toBe(false);
    expect(await b.estimate()).toBeNull();
  });
});

describe('a browser without storage', () => {
  it('has no backend: no navigator.storage (Node, old browsers)', async () => {
    vi.stubGlobal('navigator', {});
    expect(await opfsBackend()).toBeNull();
  });

  it('has no backend when the private file system is refused (a private window)', async () => {
    class FileSystemFileHandle {
      createWritable() {}
    }
    vi.stubGlobal('FileSystemFileHandle', FileSystemFileHandle);
    vi.stubGlobal('navigator', { storage: { getDirectory: async () => Promise.reject(Object.assign(new Error('denied'), { name: 'SecurityError' })) } });
    expect(await opfsBackend()).toBeNull();
  });

  it('has no backend when files cannot be written from a page (older Safari)', async () => {
    vi.stubGlobal('FileSystemFileHandle', class {});
    vi.stubGlobal('navigator', { storage: { getDirectory: async () => fakeRoot().handle } });
    expect(await opfsBackend()).toBeNull();
  });

  it('has one where the private file system is there', async () => {
    vi.stubGlobal('FileSystemFileHandle', class { createWritable() {} });
    vi.stubGlobal('navigator', { storage: { getDirectory: async () => fakeRoot().handle } });
    const b = await opfsBackend();
    await b!.write('a/b', enc('x'));
    expect(text(await b!.read('a/b'))).toBe('x');
  });
});
