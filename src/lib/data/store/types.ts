/**
 * What the store offers its callers ("the data in use", the pages): the kept exports as the user
 * sees them, and the operations on them. Implemented by store.ts.
 */
import type { Engine } from '../../engine/types';
import type { LoadMapping } from '../../load/mapping';
import type { LoadReport } from '../../load/report';
import type { TableName } from '../../load/schema';
import type { StorageEstimate } from './backend';
import type { ExportFacts } from './catalogue';
import type { Secret } from './secret';
import type { Snapshot } from './tables';

/** The column mapping the user confirmed, per file loaded. */
export interface KeptMappingFile {
  file: string;
  mapping?: LoadMapping;
}

/** Computed figures to keep, by name (e.g. 'index.json', 'scope/<key>.json'): opaque to the store. */
export type FigureBlobs = Record<string, Uint8Array | string>;

/** A kept export as the user sees it in the list. */
export interface KeptExport extends ExportFacts {
  /** Rows per canonical table. */
  rows: Partial<Record<TableName, number>>;
  /** Bytes it takes in this browser. */
  bytes: number;
  /** How many figure files are kept with it. */
  figures: number;
  /** null when it can be opened; otherwise why not. */
  problem: 'olderVersion' | 'newerVersion' | null;
}

export interface StoreState {
  /** The user's choice "keep my data in this browser". */
  keep: boolean;
  /** The export last kept or opened. */
  current: string | null;
  exports: KeptExport[];
  /** Files kept by an earlier version of the site are here: they cannot be opened, only removed. */
  legacy: boolean;
}

export interface Opened {
  entry: KeptExport;
  report: LoadReport;
  mapping: KeptMappingFile[];
}

export interface ExportStore {
  /** The choice, the current export, every kept export and whether an older version left data. */
  read(): Promise<StoreState>;
  list(): Promise<KeptExport[]>;
  /** The kept export with this fingerprint (as a URL carries it), or null. */
  find(fingerprint: string): Promise<KeptExport | null>;
  /**
   * Keep a snapshot of the loaded tables with its report, mapping and figures; it becomes the
   * current export. The same data kept again is not stored twice (`already`; new figures are added).
   */
  keep(
    snap: Snapshot,
    what: { report: LoadReport; mapping: KeptMappingFile[]; figures?: FigureBlobs; name?: string },
    now?: Date
  ): Promise<{ entry: KeptExport; already: boolean }>;
  /** Put a kept export (by id or fingerprint) into the engine; it becomes the current export. */
  open(engine: Engine, idOrFingerprint: string): Promise<Opened>;
  /** Rename; an empty name gives back the default name (cities and months). */
  rename(id: string, name: string): Promise<KeptExport>;
  remove(id: string): Promise<void>;
  /** Remove every kept export, the choice, and what an older version kept. The secret stays. */
  removeAll(): Promise<void>;
  setCurrent(id: string | null): Promise<void>;
  /**
   * Remember the choice; on yes, ask the browser for persistent storage and say how much room
   * there is. No does not remove what is kept (removeAll does).
   */
  setKeep(keep: boolean): Promise<{ keep: boolean; persisted: boolean | null; estimate: StorageEstimate | null }>;
  estimate(): Promise<StorageEstimate | null>;
  /** Keep more figures of a kept export (a replaced name gets the new bytes). */
  addFigures(id: string, figures: FigureBlobs): Promise<KeptExport>;
  figureNames(id: string): Promise<string[]>;
  /** A kept figure's bytes, checked; null when that figure is not kept. */
  readFigure(id: string, name: string): Promise<Uint8Array | null>;
  /** The secret of this browser for cell-key perturbation (see secret.ts). */
  secret(): Promise<Secret>;
}
