/**
 * A store backend in memory, for unit tests: the behaviour of OPFS the store relies on (atomic
 * whole-file writes, recursive removal, a quota that refuses a write with QuotaExceededError),
 * and its files open to inspection and tampering.
 */
import { localLock, type StoreBackend } from './backend';

export interface MemoryBackend extends StoreBackend {
  /** Every file by path: tests read it to see what was written and change it to damage a store. */
  readonly files: Map<string, Uint8Array>;
  /** Bytes stored now. */
  usage(): number;
  /** Whether persist() was asked for. */
  readonly persistAsked: boolean;
}

const quotaError = () => Object.assign(new Error('The quota has been exceeded.'), { name: 'QuotaExceededError' });

export function memoryBackend(opts: { quota?: number; persisted?: boolean } = {}): MemoryBackend {
  const files = new Map<string, Uint8Array>();
  const quota = opts.quota ?? 1 << 30;
  let persistAsked = false;
  const usage = () => [...files.values()].reduce((n, b) => n + b.length, 0);
  const under = (path: string) => (p: string) => p === path || p.startsWith(`${path}/`);
  return {
    files,
    usage,
    get persistAsked() {
      return persistAsked;
    },
    async read(path) {
      const b = files.get(path);
      return b ? b.slice() : null;
    },
    async write(path, bytes) {
      const before = files.get(path)?.length ?? 0;
      if (usage() - before + bytes.length > quota) throw quotaError();
      files.set(path, bytes.slice());
    },
    async remove(path) {
      for (const p of [...files.keys()]) if (under(path)(p)) files.delete(p);
    },
    async list(path) {
      const prefix = path === '' ? '' : `${path}/`;
      const names = new Set<string>();
      for (const p of files.keys()) if (p.startsWith(prefix)) names.add(p.slice(prefix.length).split('/')[0]);
      return [...names].sort();
    },
    lock: localLock(),
    async persist() {
      persistAsked = true;
      return opts.persisted ?? true;
    },
    async estimate() {
      return { quota, usage: usage() };
    }
  };
}
