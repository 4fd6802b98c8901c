/**
 * The refusal at the end of `npm run build:publish`: no built file may hold a participant
 * pseudonym, the deployment secret, or be a row-level data file.
 *
 * How a pseudonym is found (issue 11: "Zoë-0006" and "Jörg-0013" shipped in 70-90 files):
 * - every file is read as UTF-8 and both the text and the ids are NFC-normalised, so an
 *   id written with a combining diaeresis is the same id;
 * - an id is found as a whole token: the characters on either side are not letters, marks,
 *   digits or "_" (Unicode-aware), so "P0001234" is not "P000123" and "Zoë-0006" is found
 *   inside "…,Zoë-0006]";
 * - a short id (under 4 characters) or an all-digit id would, as a token, be found in any
 *   file ("1", "a", "2025" are everywhere in JSON, scripts and pages), so such an id is a
 *   leak only as a whole quoted string ("1", '1') or a JSON string value: that is how an
 *   identifier travels, while numbers and words of the site itself do not look like that;
 * - inside JSON every string value and key is compared whole, and long ids are also looked
 *   for as tokens inside longer strings (a remark such as "Jan Peeters P000123"). The Lorenz
 *   deciles' group labels ("10" ... "100") are percentages, not identifiers, and skipped.
 * One pass over each file's tokens with a map from an id's first token to the ids that
 * start with it: linear in the size of the build, whatever the number of ids.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { EncodedFigures } from '../lib/cube/codec';

const walk = (d: string): string[] => readdirSync(d).flatMap((n) => (statSync(join(d, n)).isDirectory() ? walk(join(d, n)) : [join(d, n)]));

const WORD = /[\p{L}\p{M}\p{N}_]/u;
const TOKEN = /[\p{L}\p{M}\p{N}_]+/gu;
const QUOTED = /"((?:[^"\\\n]|\\.){1,200})"|'((?:[^'\\\n]|\\.){1,200})'/g;

/** An id that as a token would match ordinary numbers and words: looked for as a whole string only. */
const isWeak = (id: string) => [...id].length < 4 || /^\d+$/.test(id);

/** Finds pseudonyms (and secrets) in text; build it once for all files. */
export class LeakMatcher {
  private whole = new Set<string>();
  /** First token of a strong id -> the strong ids starting with it. */
  private byFirstToken = new Map<string, string[]>();
  /** Strong ids that do not start with a letter or digit: few, looked for one by one. */
  private odd: string[] = [];

  constructor(ids: Iterable<string>) {
    for (const raw of ids) {
      const id = raw.normalize('NFC');
      if (!id) continue;
      this.whole.add(id);
      if (isWeak(id)) continue;
      TOKEN.lastIndex = 0;
      const first = TOKEN.exec(id);
      if (!first || first.index !== 0) {
        this.odd.push(id);
        continue;
      }
      const list = this.byFirstToken.get(first[0]);
      if (list) list.push(id);
      else this.byFirstToken.set(first[0], [id]);
    }
  }

  /** A strong id found as a whole token in the text, or null. */
  token(text: string): string | null {
    TOKEN.lastIndex = 0;
    for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
      const ids = this.byFirstToken.get(m[0]);
      if (!ids) continue;
      for (const id of ids) if (text.startsWith(id, m.index) && !WORD.test(text[m.index + id.length] ?? '')) return id;
    }
    for (const id of this.odd) {
      for (let at = text.indexOf(id); at >= 0; at = text.indexOf(id, at + 1)) {
        if (!WORD.test(text[at - 1] ?? '') && !WORD.test(text[at + id.length] ?? '')) return id;
      }
    }
    return null;
  }

  /** Any id as a whole quoted string in the text, or null. */
  quoted(text: string): string | null {
    QUOTED.lastIndex = 0;
    for (let m = QUOTED.exec(text); m; m = QUOTED.exec(text)) {
      const s = m[1] ?? m[2];
      if (this.whole.has(s)) return s;
      if (s.includes('\\')) {
        try {
          const un = JSON.parse(`"${s.replace(/"/g, '\\"')}"`) as string;
          if (this.whole.has(un.normalize('NFC'))) return un;
        } catch {
          /* not a JSON escape: compared as written above */
        }
      }
    }
    return null;
  }

  /** Any id as a whole string value, or a strong id as a token inside it. */
  value(s: string): string | null {
    const n = s.normalize('NFC');
    if (this.whole.has(n)) return n;
    return this.token(n);
  }

  /** The first id found in a file's text, already NFC-normalised, by the rules above. */
  inText(t: string, json: boolean): string | null {
    if (json) {
      try {
        return this.inJson(JSON.parse(t));
      } catch {
        /* not valid JSON: searched as text */
      }
    }
    return this.token(t) ?? this.quoted(t);
  }

  private inJson(v: unknown): string | null {
    if (isCompactFigures(v)) {
      // Every string of the dictionaries; a group label used by Lorenz deciles only is a percentage.
      const lorenz = v.dict.metric.indexOf('lorenz_share');
      const groupUsed = new Uint8Array(v.dict.group.length);
      v.codes.group.forEach((g, i) => {
        if (v.codes.metric[i] !== lorenz) groupUsed[g] = 1;
      });
      for (const [col, strings] of Object.entries(v.dict)) {
        for (let i = 0; i < strings.length; i++) {
          if (col === 'group' && !groupUsed[i]) continue;
          const hit = strings[i] && this.value(strings[i]);
          if (hit) return hit;
        }
      }
      return null;
    }
    if (typeof v === 'string') return this.value(v);
    if (Array.isArray(v)) {
      for (const x of v) {
        const hit = this.inJson(x);
        if (hit) return hit;
      }
      return null;
    }
    if (v && typeof v === 'object') {
      for (const [k, x] of Object.entries(v)) {
        const hit = this.value(k) ?? this.inJson(x);
        if (hit) return hit;
      }
    }
    return null;
  }
}

function isCompactFigures(v: unknown): v is EncodedFigures {
  const e = v as EncodedFigures;
  return !!e && typeof e === 'object' && e.v === 1 && Array.isArray(e.value) && !!e.dict && !!e.codes;
}

/** More than pseudonyms to look for. */
export interface LeakOptions {
  /** Texts that must appear nowhere, e.g. the deployment secret. */
  secrets?: string[];
}

/** Files in the build that hold a pseudonym or a secret, or look like row-level exports. */
export function findLeaks(buildDir: string, ids: Iterable<string>, opts: LeakOptions = {}): string[] {
  const problems: string[] = [];
  const matcher = new LeakMatcher(ids);
  const secrets = (opts.secrets ?? []).map((s) => s.trim().normalize('NFC')).filter((s) => s.length > 0);
  for (const f of walk(buildDir)) {
    if (/\.(csv|csv\.gz|tsv|parquet|pq|xlsx|xls|txt|jsonl|ndjson)$/i.test(f)) problems.push(`${f}: a row-level data file`);
    if (/\.(wasm|png|ico|woff2?|jpe?g|gif|webp)$/i.test(f)) continue;
    const text = readFileSync(f, 'utf8').normalize('NFC');
    if (secrets.some((s) => text.includes(s))) problems.push(`${f}: contains the deployment secret`);
    if (matcher.inText(text, /\.json$/i.test(f))) problems.push(`${f}: contains a participant pseudonym`);
  }
  return problems;
}
