/**
 * Keeping the loaded files in this browser between visits, only when the user asks for it:
 * the files' bytes and their confirmed mappings in the origin private file system (OPFS),
 * under one folder that "remove all my data" deletes whole. Nothing is sent anywhere.
 * The store is written against a small directory interface, so tests run it in memory.
 */
import type { LoadMapping } from './mapping';
import { TABLE_ORDER } from './mapping';

/** The preference (off unless set) in localStorage; the data themselves are in OPFS. */
export const KEEP_PREF_KEY = 'wijkweefsel:keep';
const FOLDER = 'wijkweefsel';
const MANIFEST = 'manifest.json';

export interface KeptFile {
  name: string;
  bytes: Uint8Array;
  mapping?: LoadMapping;
}

export interface Manifest {
  v: 1;
  /** When the files were kept (ISO time), shown to the user. */
  saved: string;
  files: Array<{ name: string; stored: string; size: number; mapping?: LoadMapping }>;
}

/** The manifest of a set of files: the stored names are f0, f1, ... (a user's file name never becomes a path). */
export function makeManifest(files: Array<Pick<KeptFile, 'name' | 'bytes' | 'mapping'>>, now: Date): Manifest {
  return {
    v: 1,
    saved: now.toISOString(),
    files: files.map((f, i) => ({ name: f.name, stored: `f${i}`, size: f.bytes.length, ...(f.mapping ? { mapping: f.mapping } : {}) }))
  };
}

/** A manifest read back, checked; null when it is not one (then nothing is loaded). */
export function readManifest(value: unknown): Manifest | null {
  const m = value as Manifest | null;
  if (!m || m.v !== 1 || typeof m.saved !== 'string' || !Array.isArray(m.files) || m.files.length === 0) return null;
  for (const f of m.files) {
    if (!f || typeof f.name !== 'string' || typeof f.stored !== 'string' || !/^f\d+$/.test(f.stored) || !Number.isInteger(f.size) || f.size < 0) return null;
    if (f.mapping !== undefined) {
      const map = f.mapping;
      if (typeof map !== 'object' || map === null) return null;
      if (map.table !== undefined && !TABLE_ORDER.includes(map.table)) return null;
      if (map.columns !== undefined && (typeof map.columns !== 'object' || map.columns === null || Object.values(map.columns).some((t) => t !== null && typeof t !== 'string'))) return null;
    }
  }
  return m;
}

// ---- the store --------------------------------------------------------------------------

/** The parts of FileSystemDirectoryHandle the store uses. */
export interface Dir {
  getDirectoryHandle(name: string, opts?: { create?: boolean }): Promise<Dir>;
  getFileHandle(name: string, opts?: { create?: boolean }): Promise<{
    getFile(): Promise<{ arrayBuffer(): Promise<ArrayBuffer>; text(): Promise<string> }>;
    createWritable(): Promise<{ write(data: Uint8Array | string): Promise<void>; close(): Promise<void> }>;
  }>;
  removeEntry(name: string, opts?: { recursive?: boolean }): Promise<void>;
}

export interface KeptStore {
  /** Replace whatever is kept with these files; the manifest is written last, so a half-written set is never read. */
  save(files: KeptFile[], now?: Date): Promise<Manifest>;
  /** The kept files, or null when there are none (or they are incomplete: then they are removed). */
  load(): Promise<{ manifest: Manifest; files: KeptFile[] } | null>;
  /** Remove everything kept. */
  clear(): Promise<void>;
}

const isNotFound = (e: unknown) => (e as { name?: string })?.name === 'NotFoundError';

export function dirStore(root: Dir): KeptStore {
  const clear = async () => {
    try {
      await root.removeEntry(FOLDER, { recursive: true });
    } catch (e) {
      if (!isNotFound(e)) throw e;
    }
  };
  return {
    clear,
    async save(files, now = new Date()) {
      await clear();
      const dir = await root.getDirectoryHandle(FOLDER, { create: true });
      const manifest = makeManifest(files, now);
      const write = async (name: string, data: Uint8Array | string) => {
        const w = await (await dir.getFileHandle(name, { create: true })).createWritable();
        await w.write(data);
        await w.close();
      };
      for (const [i, f] of files.entries()) await write(manifest.files[i].stored, f.bytes);
      await write(MANIFEST, JSON.stringify(manifest));
      return manifest;
    },
    async load() {
      let dir: Dir;
      try {
        dir = await root.getDirectoryHandle(FOLDER);
      } catch (e) {
        if (isNotFound(e)) return null;
        throw e;
      }
      try {
        const manifest = readManifest(JSON.parse(await (await (await dir.getFileHandle(MANIFEST)).getFile()).text()));
        if (!manifest) throw new Error('not a manifest');
        const files: KeptFile[] = [];
        for (const f of manifest.files) {
          const bytes = new Uint8Array(await (await (await dir.getFileHandle(f.stored)).getFile()).arrayBuffer());
          if (bytes.length !== f.size) throw new Error('a kept file changed size');
          files.push({ name: f.name, bytes, ...(f.mapping ? { mapping: f.mapping } : {}) });
        }
        return { manifest, files };
      } catch {
        // Incomplete or damaged: nothing half is loaded, and the rest is removed.
        await clear();
        return null;
      }
    }
  };
}

/** The store in this browser's private file system, or null where the browser has none. */
export async function browserStore(): Promise<KeptStore | null> {
  try {
    if (typeof navigator === 'undefined' || !navigator.storage?.getDirectory) return null;
    return dirStore((await navigator.storage.getDirectory()) as unknown as Dir);
  } catch {
    return null;
  }
}
