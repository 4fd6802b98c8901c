/**
 * The store backend of the browser: the origin private file system (OPFS), which only this
 * site can read, and which never leaves the machine. Web Locks keep two tabs from updating the
 * catalogue at once.
 */
import { localLock, type StoreBackend } from './backend';

/** The parts of the File System Access handles used here (lib.dom lacks some in older TS libs). */
interface Writable {
  write(data: Uint8Array): Promise<void>;
  close(): Promise<void>;
  abort(): Promise<void>;
}
interface FileHandle {
  getFile(): Promise<Blob>;
  createWritable(opts?: { keepExistingData?: boolean }): Promise<Writable>;
}
interface DirHandle {
  getDirectoryHandle(name: string, opts?: { create?: boolean }): Promise<DirHandle>;
  getFileHandle(name: string, opts?: { create?: boolean }): Promise<FileHandle>;
  removeEntry(name: string, opts?: { recursive?: boolean }): Promise<void>;
  keys(): AsyncIterable<string>;
}

/** Not there: the name OPFS gives a missing entry, or a file where a folder was expected. */
const missing = (e: unknown) => ['NotFoundError', 'TypeMismatchError'].includes((e as { name?: string })?.name ?? '');

function split(path: string): { dirs: string[]; name: string } {
  const parts = path.split('/').filter(Boolean);
  return { dirs: parts.slice(0, -1), name: parts[parts.length - 1] ?? '' };
}

/** The backend over a directory handle (the OPFS root in the browser). */
export function opfsBackendOn(root: DirHandle, locks?: LockManager): StoreBackend {
  const folder = async (dirs: string[], create: boolean): Promise<DirHandle | null> => {
    let d = root;
    try {
      for (const name of dirs) d = await d.getDirectoryHandle(name, { create });
    } catch (e) {
      if (missing(e)) return null;
      throw e;
    }
    return d;
  };
  const fallbackLock = localLock();
  return {
    async read(path) {
      const { dirs, name } = split(path);
      const d = await folder(dirs, false);
      if (!d) return null;
      try {
        const file = await (await d.getFileHandle(name)).getFile();
        return new Uint8Array(await file.arrayBuffer());
      } catch (e) {
        if (missing(e)) return null;
        throw e;
      }
    },
    async write(path, bytes) {
      const { dirs, name } = split(path);
      const d = await folder(dirs, true);
      // A writable stream writes into a swap file and replaces the file only on close():
      // a write that fails (quota) leaves the old content, once the swap file is aborted.
      const w = await (await d!.getFileHandle(name, { create: true })).createWritable({ keepExistingData: false });
      try {
        await w.write(bytes);
        await w.close();
      } catch (e) {
        await w.abort().catch(() => {});
        throw e;
      }
    },
    async remove(path) {
      const { dirs, name } = split(path);
      const d = await folder(dirs, false);
      if (!d) return;
      try {
        await d.removeEntry(name, { recursive: true });
      } catch (e) {
        if (!missing(e)) throw e;
      }
    },
    async list(path) {
      const d = await folder(split(`${path}/x`).dirs, false);
      if (!d) return [];
      const names: string[] = [];
      for await (const name of d.keys()) names.push(name);
      return names.sort();
    },
    lock(name, job) {
      if (!locks) return fallbackLock(name, job);
      return locks.request(`wijkweefsel:${name}`, job) as ReturnType<typeof job>;
    },
    async persist() {
      try {
        return (await navigator.storage.persisted?.()) || ((await navigator.storage.persist?.()) ?? false);
      } catch {
        return false;
      }
    },
    async estimate() {
      try {
        const e = await navigator.storage.estimate?.();
        return e && typeof e.quota === 'number' && typeof e.usage === 'number' ? { quota: e.quota, usage: e.usage } : null;
      } catch {
        return null;
      }
    }
  };
}

/**
 * This browser's backend, or null where there is none: no OPFS, no writable files in it
 * (older Safari), or storage refused (a private window in Firefox).
 */
export async function opfsBackend(): Promise<StoreBackend | null> {
  try {
    if (typeof navigator === 'undefined' || !navigator.storage?.getDirectory) return null;
    if (typeof FileSystemFileHandle === 'undefined' || !('createWritable' in FileSystemFileHandle.prototype)) return null;
    const root = (await navigator.storage.getDirectory()) as unknown as DirHandle;
    return opfsBackendOn(root, navigator.locks);
  } catch {
    return null;
  }
}
