import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const walk = (d: string): string[] => readdirSync(d).flatMap((n) => (statSync(join(d, n)).isDirectory() ? walk(join(d, n)) : [join(d, n)]));

/** Files in the build that hold a pseudonym or look like row-level exports. */
export function findLeaks(buildDir: string, ids: string[]): string[] {
  const problems: string[] = [];
  // Word-like ids are found by splitting the text into words (fast, and "P0001234" is not
  // "P000123"); any other id by every occurrence with word-free neighbours.
  const wordIds = new Set(ids.filter((id) => /^\w{3,}$/.test(id)));
  const otherIds = ids.filter((id) => id.length >= 3 && !wordIds.has(id));
  const standalone = (text: string, id: string) => {
    for (let at = text.indexOf(id); at >= 0; at = text.indexOf(id, at + 1)) {
      if (!/\w/.test(text[at - 1] ?? '') && !/\w/.test(text[at + id.length] ?? '')) return true;
    }
    return false;
  };
  for (const f of walk(buildDir)) {
    if (/\.(csv|csv\.gz|parquet|pq|xlsx|txt)$/i.test(f)) problems.push(`${f}: a row-level data file`);
    if (/\.(wasm|png|ico|woff2?)$/i.test(f)) continue;
    const text = readFileSync(f, 'latin1');
    if (text.split(/\W+/).some((w) => wordIds.has(w)) || otherIds.some((id) => standalone(text, id))) {
      problems.push(`${f}: contains a participant pseudonym`);
    }
  }
  return problems;
}
