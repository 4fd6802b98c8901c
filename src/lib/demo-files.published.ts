/** A published build ships no demo rows (see demo-files.ts). */
export const DEMO_URLS: Record<string, string> = {};
