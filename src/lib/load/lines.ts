/**
 * A text file's physical lines, counted over its bytes: how its lines end, which are empty,
 * and which line a byte is on. No CSV syntax here (quotes and delimiters are csv.ts's and
 * DuckDB's): these counts are what the rows read are held against, so that no line of a file
 * goes missing without a word. Searches use indexOf (native), not a loop over every byte.
 */

const LF = 0x0a;
const CR = 0x0d;

/** Give the page a turn: a large file is counted in slices. */
const yieldToPage = () => new Promise<void>((r) => setTimeout(r, 0));

/**
 * Line ends as one kind. DuckDB's reader stops ("the CSV Parser state machine reached an
 * invalid state") on a file that mixes \r\n and \n, or has a lone \r (old Mac line ends);
 * such a file gets \n throughout. A file with one kind passes unchanged (no copy).
 */
export function normaliseLineEnds(utf8: Uint8Array): Uint8Array {
  if (utf8.indexOf(CR) === -1) return utf8;
  let cr = 0, pairs = 0, lf = 0;
  for (let i = utf8.indexOf(CR); i !== -1; i = utf8.indexOf(CR, i + 1)) {
    cr++;
    if (utf8[i + 1] === LF) pairs++;
    else break; // a lone \r: mixed, whatever the rest
  }
  if (cr === pairs) {
    for (let i = utf8.indexOf(LF); i !== -1; i = utf8.indexOf(LF, i + 1)) if (++lf > pairs) break;
    if (lf === pairs) return utf8; // \r\n throughout
  }
  const out = new Uint8Array(utf8.length);
  let o = 0;
  for (let i = 0; i < utf8.length; i++) {
    const b = utf8[i];
    if (b === CR) {
      out[o++] = LF;
      if (utf8[i + 1] === LF) i++;
    } else out[o++] = b;
  }
  return out.subarray(0, o);
}

/**
 * The file without the empty lines at its end (one line end is kept), and how many there
 * were. A file padded with millions of empty lines is then read in no time; the lines are
 * still counted. Any mix of \r and \n is understood.
 */
export function trimTrailingBlankLines(utf8: Uint8Array): { bytes: Uint8Array; trailing: number } {
  // From the end back to the last byte that is not a line end, counting the line ends.
  let end = utf8.length, breaks = 0;
  for (let b = utf8[end - 1]; end > 0 && (b === LF || b === CR); b = utf8[--end - 1]) if (b === LF || utf8[end] !== LF) breaks++;
  if (breaks === 0) return { bytes: utf8, trailing: 0 };
  // The first line end closes the last line; each further one ends an empty line.
  const keep = utf8[end] === CR && utf8[end + 1] === LF ? 2 : 1;
  return { bytes: utf8.subarray(0, end + keep), trailing: breaks - 1 };
}

/** The physical lines of a file (\n or \r\n ends, after normaliseLineEnds). */
export interface LineScan {
  /** Lines in the file; a last line without a line end counts. */
  lines: number;
  /** Empty lines, as runs: [first line, count, first line, count, ...] in order. */
  blankRuns: number[];
  /** Empty lines in all. */
  blank: number;
}

/** Count the lines and find the empty ones, in slices that give the page a turn. */
export async function scanLines(utf8: Uint8Array): Promise<LineScan> {
  const blankRuns: number[] = [];
  let line = 1, blank = 0, start = 0, steps = 0;
  const empty = (s: number, e: number) => e === s || (e === s + 1 && utf8[s] === CR);
  for (let i = utf8.indexOf(LF); i !== -1; i = utf8.indexOf(LF, i + 1)) {
    if (empty(start, i)) {
      const n = blankRuns.length;
      if (n && blankRuns[n - 2] + blankRuns[n - 1] === line) blankRuns[n - 1]++;
      else blankRuns.push(line, 1);
      blank++;
    }
    line++;
    start = i + 1;
    if (++steps % 500_000 === 0) await yieldToPage();
  }
  // The text after the last line end is a line of its own when it holds anything.
  const lines = start < utf8.length ? line : line - 1;
  return { lines, blankRuns, blank };
}

/** The line (1-based) that byte `offset` is on. */
export function lineOf(utf8: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = utf8.indexOf(LF); i !== -1 && i < offset; i = utf8.indexOf(LF, i + 1)) line++;
  return line;
}

/** The text of line `line` (1-based), without its line end. */
export function lineText(utf8: Uint8Array, line: number): string {
  let start = 0;
  for (let l = 1; l < line; l++) {
    const i = utf8.indexOf(LF, start);
    if (i === -1) return '';
    start = i + 1;
  }
  let end = utf8.indexOf(LF, start);
  if (end === -1) end = utf8.length;
  if (end > start && utf8[end - 1] === CR) end--;
  return new TextDecoder().decode(utf8.subarray(start, end));
}

/**
 * A copy of the file with the text of some lines taken out, their line ends kept: the lines
 * become empty, every other line keeps its number.
 */
export function blankLines(utf8: Uint8Array, lines: Iterable<number>): Uint8Array {
  const drop = new Set(lines);
  const out = new Uint8Array(utf8.length);
  let o = 0, line = 1, start = 0;
  const copy = (s: number, e: number) => {
    out.set(utf8.subarray(s, e), o);
    o += e - s;
  };
  for (let i = utf8.indexOf(LF); ; i = utf8.indexOf(LF, i + 1)) {
    const end = i === -1 ? utf8.length : i;
    // A \r\n line end keeps its \r.
    const text = end > start && utf8[end - 1] === CR ? end - 1 : end;
    if (drop.has(line)) copy(text, i === -1 ? end : end + 1);
    else copy(start, i === -1 ? end : end + 1);
    if (i === -1) break;
    line++;
    start = i + 1;
  }
  return out.subarray(0, o);
}
