/**
 * Where kept exports physically live, behind the few operations the store needs, so the
 * store runs the same over the browser's private file system (opfs.ts), in memory for tests
 * (memory.ts) and under injected faults (faulty.ts). Paths are '/'-separated and made by the
 * store only: a user's text (an export's name, a figure's name) never becomes a path.
 */

/** How much this origin may store and has stored, in bytes (navigator.storage.estimate()). */
export interface StorageEstimate {
  quota: number;
  usage: number;
}

export interface StoreBackend {
  /** The whole file, or null when it is not there. */
  read(path: string): Promise<Uint8Array | null>;
  /**
   * Replace the file with these bytes, creating folders on the way. All or nothing: a write that
   * fails (the quota, a crash) leaves the previous content, as OPFS's writable streams do.
   */
  write(path: string, bytes: Uint8Array): Promise<void>;
  /** Remove a file, or a folder with everything in it; a missing one is fine. */
  remove(path: string): Promise<void>;
  /** Names directly inside a folder (files and folders); [] when it is not there. */
  list(path: string): Promise<string[]>;
  /** Runs `job` while no other tab runs a job under the same name: catalogue updates never interleave. */
  lock<T>(name: string, job: () => Promise<T>): Promise<T>;
  /** Ask the browser not to clear this origin's storage under pressure; true when granted. */
  persist(): Promise<boolean>;
  /** null when the browser does not say. */
  estimate(): Promise<StorageEstimate | null>;
}

/** The name browsers give a write refused for lack of space (DOMException), in every engine. */
export function isQuotaError(e: unknown): boolean {
  const name = (e as { name?: string } | null)?.name;
  const code = (e as { code?: number } | null)?.code;
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || code === 22 || code === 1014;
}

/** A one-tab lock for backends without Web Locks: jobs under one name run one after another. */
export function localLock(): StoreBackend['lock'] {
  const tails = new Map<string, Promise<unknown>>();
  return <T>(name: string, job: () => Promise<T>): Promise<T> => {
    const before = tails.get(name) ?? Promise.resolve();
    const run = before.then(job, job);
    const tail = run.catch(() => {});
    tails.set(name, tail);
    void tail.then(() => {
      if (tails.get(name) === tail) tails.delete(name);
    });
    return run;
  };
}
