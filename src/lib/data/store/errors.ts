/**
 * What can go wrong with kept exports, as codes the page words in the reader's language
 * (messages.ts). Every failure of the store is a StoreError with one of these codes.
 */

export type StoreErrorCode =
  /** This browser keeps nothing here: no OPFS, or storage refused (a private window). */
  | 'unavailable'
  /** Not enough space to keep this export (or its figures). */
  | 'quota'
  /** A kept file is damaged: truncated, or its checksum does not match. */
  | 'corrupt'
  /** Kept by an older version of the site, in a form this version cannot read. */
  | 'olderVersion'
  /** Kept by a newer version of the site (this tab is older than another one). */
  | 'newerVersion'
  /** No kept export with that fingerprint or id in this browser. */
  | 'notFound'
  /** The kept tables could not be put back into the engine (memory, a stopped worker). */
  | 'restore'
  /** Any other failure of the browser's storage. */
  | 'failed';

/** Things the page should tell the user although nothing failed. */
export type StoreNotice =
  /** No storage: the secret for the perturbation lives in this tab only; figures may differ next time. */
  | 'secretPerTab'
  /** The browser did not grant persistent storage: it may clear kept data when space runs short. */
  | 'notPersisted';

export class StoreError extends Error {
  constructor(
    readonly code: StoreErrorCode,
    /** The underlying error's text, for the "technical details". */
    readonly technical = '',
    /** The kept export concerned, when there is one. */
    readonly exportId?: string
  ) {
    super(technical ? `${code}: ${technical}` : code);
    this.name = 'StoreError';
  }
}

export const technicalOf = (e: unknown) => (e instanceof Error ? `${e.name}: ${e.message}` : String(e));
