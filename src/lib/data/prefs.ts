/**
 * Small choices remembered in this browser (localStorage): which kept export is current, and the
 * confirmed column mappings (header names only, never data). Storage may be switched off
 * or full: remembering is a convenience, never a failure, so every call swallows that.
 */

/**
 * The fingerprint of the own export in use (kept in this browser), read synchronously when a
 * page starts, so it waits for own data ("opening") instead of drawing the demo first. The
 * store's catalogue (OPFS, read asynchronously) decides; this is only the hint (own.ts).
 */
export const CURRENT_HINT_KEY = 'wijkweefsel:current';

/**
 * Where the earlier version remembered "keep my data"; the store's catalogue holds that choice
 * now. Only "remove all my data" still reads it, so nothing of the user's outlives that button.
 */
export const LEGACY_KEEP_KEY = 'wijkweefsel:keep';

/** What the pages remember, as text under a key. */
export interface Prefs {
  get(key: string): string | null;
  set(key: string, value: string): void;
  remove(key: string): void;
  keys(): string[];
}

/** The browser's localStorage, failing quietly. */
export const localPrefs: Prefs = {
  get(key) {
    try {
      return localStorage.getItem(key);
    } catch {
      return null;
    }
  },
  set(key, value) {
    try {
      localStorage.setItem(key, value);
    } catch {
      // without storage the choice lasts this visit only
    }
  },
  remove(key) {
    try {
      localStorage.removeItem(key);
    } catch {
      // nothing was stored
    }
  },
  keys() {
    try {
      return Array.from({ length: localStorage.length }, (_, i) => localStorage.key(i)).filter((k): k is string => k !== null);
    } catch {
      return [];
    }
  }
};

/** Prefs in memory, for tests and for a browser without storage. */
export function memoryPrefs(): Prefs {
  const m = new Map<string, string>();
  return {
    get: (k) => m.get(k) ?? null,
    set: (k, v) => void m.set(k, v),
    remove: (k) => void m.delete(k),
    keys: () => [...m.keys()]
  };
}
