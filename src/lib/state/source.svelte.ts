/**
 * The figures the pages show, from one place: by default the files the build ships
 * (demo or published); after an import on the data page, figures computed by DuckDB
 * in this browser. Pages ask `figures.source()` and never care which it is.
 */
import { base } from '$app/paths';
import { staticSource } from '../cube/static-source';
import type { FigureSource } from '../cube/types';

export type SourceKind = 'shipped' | 'imported';

class Figures {
  kind = $state<SourceKind>('shipped');
  /** Bumped whenever the source changes, so pages reload their figures. */
  version = $state(0);
  #source: Promise<FigureSource> | null = null;

  source(): Promise<FigureSource> {
    if (!this.#source) {
      this.#source = staticSource(base);
      this.#source.catch(() => (this.#source = null));
    }
    return this.#source;
  }

  /** Switch every page to figures computed from the user's own data. */
  use(source: FigureSource, kind: SourceKind = 'imported') {
    this.#source = Promise.resolve(source);
    this.kind = kind;
    this.version++;
  }

  /** Back to the figures the site ships (after "remove my data"). */
  reset() {
    this.#source = null;
    this.kind = 'shipped';
    this.version++;
  }
}

export const figures = new Figures();
