/**
 * Kept exports in this browser: the storage layer under "the data in use" (../in-use), free of
 * Svelte. Start with browserStore(); a null store means this browser keeps nothing (say
 * storeText('unavailable')), and secret(null) then gives this tab's own secret.
 */
import { opfsBackend } from './opfs';
import { secretAt, type Secret } from './secret';
import { SECRET_PATH, createStore } from './store';
import type { ExportStore } from './types';

export type { StoreBackend, StorageEstimate } from './backend';
export { StoreError, type StoreErrorCode, type StoreNotice } from './errors';
export { storeText, type StoreLocale, type StoreText, type StoreTextCode } from './messages';
export type { Secret } from './secret';
export { snapshot, restoreTables, fingerprintOf, fingerprintInEngine, FINGERPRINT_LENGTH, KEPT_TABLES, type Snapshot, type ExportKind } from './tables';
export { createStore } from './store';
export type { ExportStore, KeptExport, StoreState, Opened, KeptMappingFile, FigureBlobs } from './types';
export { keptSource, type KeptSourceOptions } from './figure-source';
// For tests, here and in the pages' own: storage in memory, and storage that fails on purpose.
export { memoryBackend, type MemoryBackend } from './memory';
export { faultyBackend, type Fault, type FaultyBackend } from './faulty';

/** The store in this browser's private file system, or null where the browser keeps nothing. */
export async function browserStore(): Promise<ExportStore | null> {
  const backend = await opfsBackend();
  return backend ? createStore(backend) : null;
}

/** The perturbation secret: the kept one, or (no store) this tab's own, with kept: false. */
export function secret(store: ExportStore | null): Promise<Secret> {
  return store ? store.secret() : secretAt(null, SECRET_PATH);
}
