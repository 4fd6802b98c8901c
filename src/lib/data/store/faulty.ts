/**
 * A backend that fails on purpose, wrapped around another: how the tests show that a full disk,
 * a broken write, a read error or silent damage leaves the user with a clear message, nothing
 * half-loaded and the earlier kept data as it was.
 */
import type { StoreBackend } from './backend';

export type FaultOp = 'read' | 'write' | 'remove' | 'list' | 'persist' | 'estimate';

export interface Fault {
  op: FaultOp;
  /** Only paths matching this (a RegExp, or a prefix); every path when absent. */
  path?: RegExp | string;
  /** Let this many matching calls through first (0 = fail the first). */
  after?: number;
  /** How many matching calls fail, after `after`; unlimited when absent. */
  times?: number;
  /**
   * - 'quota': the browser refuses the write for lack of space (QuotaExceededError);
   * - 'io': any other failure (a plain Error);
   * - 'truncate': a write succeeds but keeps only the first half of the bytes (damage no call reports).
   */
  kind: 'quota' | 'io' | 'truncate';
}

export interface FaultyBackend extends StoreBackend {
  /** The faults in force; tests may change them between steps. */
  faults: Fault[];
  /** Every call made, as 'op path', in order. */
  readonly calls: string[];
}

export function faultyBackend(inner: StoreBackend, faults: Fault[] = []): FaultyBackend {
  const seen = new Map<Fault, number>();
  const calls: string[] = [];
  const matches = (f: Fault, op: FaultOp, path: string) =>
    f.op === op && (f.path === undefined || (typeof f.path === 'string' ? path.startsWith(f.path) : f.path.test(path)));
  /** The fault that applies to this call, counting it. */
  const fault = (op: FaultOp, path = ''): Fault | null => {
    calls.push(path ? `${op} ${path}` : op);
    for (const f of backend.faults) {
      if (!matches(f, op, path)) continue;
      const n = seen.get(f) ?? 0;
      seen.set(f, n + 1);
      const after = f.after ?? 0;
      if (n >= after && (f.times === undefined || n < after + f.times)) return f;
    }
    return null;
  };
  const raise = (f: Fault, what: string): never => {
    if (f.kind === 'quota') throw Object.assign(new Error(`injected: quota exceeded (${what})`), { name: 'QuotaExceededError' });
    throw new Error(`injected: ${what} failed`);
  };
  const backend: FaultyBackend = {
    faults,
    calls,
    async read(path) {
      const f = fault('read', path);
      if (f) raise(f, `read ${path}`);
      return inner.read(path);
    },
    async write(path, bytes) {
      const f = fault('write', path);
      if (f?.kind === 'truncate') return inner.write(path, bytes.slice(0, bytes.length >> 1));
      if (f) raise(f, `write ${path}`);
      return inner.write(path, bytes);
    },
    async remove(path) {
      const f = fault('remove', path);
      if (f) raise(f, `remove ${path}`);
      return inner.remove(path);
    },
    async list(path) {
      const f = fault('list', path);
      if (f) raise(f, `list ${path}`);
      return inner.list(path);
    },
    lock: (name, job) => inner.lock(name, job),
    async persist() {
      const f = fault('persist');
      if (f) raise(f, 'persist');
      return inner.persist();
    },
    async estimate() {
      const f = fault('estimate');
      if (f) raise(f, 'estimate');
      return inner.estimate();
    }
  };
  return backend;
}
