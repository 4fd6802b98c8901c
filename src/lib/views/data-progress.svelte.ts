/**
 * The data page's progress bar: the engine starting, then every file read and checked,
 * each weighted by its size. Within a step the bar creeps towards the step's end (never
 * past it), so a long step still moves; the elapsed time is shown beside it.
 */
import type { LoadProgress } from '../load';
import type { Prose } from '../i18n/prose';

/** What the page is doing now. */
export type Step = { kind: 'engine' } | { kind: 'read'; file: string } | { kind: 'fetch'; file: string } | { kind: 'load'; file: string; step: string } | { kind: 'summary' };

/** The bar's state while files are read, checked and summarised. */
export class Progress {
  step = $state<Step>({ kind: 'engine' });
  base = $state(0);
  target = $state(0);
  stepStarted = $state(0);
  stepSeconds = $state(1);
  /** When this load started (0: none running). */
  started = $state(0);
  /** The clock, moved on by the page's timer. */
  now = $state(0);
  #weight = new Map<string, number>();
  #done = new Map<string, number>();

  /** Percent done: the step's start plus the part of it that has passed, approaching its end. */
  readonly percent = $derived(Math.round(100 * (this.base + (this.target - this.base) * (1 - Math.exp(-Math.max(0, this.now - this.stepStarted) / 1000 / this.stepSeconds)))));
  /** Seconds since the load started. */
  readonly elapsed = $derived(Math.max(0, (this.now - (this.started || this.now)) / 1000));

  /** A new load starts the bar from zero. */
  restart(): void {
    this.base = 0;
    this.target = 0;
    this.started = performance.now();
    this.#done.clear();
  }

  /** A new step, from `from` to `to` of the whole, expected to take about `seconds`. */
  enter(next: Step, from: number, to: number, seconds = 1): void {
    this.step = next;
    this.base = Math.max(this.base, from);
    this.target = Math.max(this.base, to);
    this.stepStarted = performance.now();
    this.stepSeconds = Math.max(0.5, seconds);
  }

  /** Each file's share of the work: its share of the bytes. */
  weigh(inputs: readonly { name: string; bytes: Uint8Array }[]): void {
    const bytes = inputs.reduce((n, f) => n + f.bytes.length, 0) || 1;
    this.#weight = new Map(inputs.map((f) => [f.name, f.bytes.length / bytes]));
    this.#done.clear();
  }

  #share(): number {
    return 0.1 + 0.85 * [...this.#done.values()].reduce((a, b) => a + b, 0);
  }

  /** The loader's report of a step: reading, checking, done (of one file or several). */
  loaded(p: LoadProgress, bytes: number): void {
    const names = p.file.split(', ');
    const w = names.reduce((n, f) => n + (this.#weight.get(f) ?? 0), 0);
    // ~20 MB/s for reading, the same again for checking: only to keep the bar moving.
    const seconds = (w * bytes) / 20e6;
    if (p.step === 'reading') this.enter({ kind: 'load', file: p.file, step: p.step }, this.#share(), this.#share() + 0.85 * w * 0.5, seconds);
    else if (p.step === 'validating') {
      for (const f of names) this.#done.set(f, (this.#weight.get(f) ?? 0) * 0.5);
      this.enter({ kind: 'load', file: p.file, step: p.step }, this.#share(), this.#share() + 0.85 * w * 0.5, seconds);
    } else {
      for (const f of names) this.#done.set(f, this.#weight.get(f) ?? 0);
      this.enter({ kind: 'summary' }, this.#share(), Math.min(0.99, this.#share() + 0.02));
    }
  }

  /** What the page says it is doing. */
  text(t: Prose['data']): string {
    const s = this.step;
    switch (s.kind) {
      case 'engine':
        return t.stepEngine;
      case 'read':
        return t.stepRead(s.file);
      case 'fetch':
        return t.stepFetch(s.file);
      case 'load':
        return t.stepLoad(s.file, t.loadSteps[s.step] ?? s.step);
      default:
        return t.stepSummary;
    }
  }
}
