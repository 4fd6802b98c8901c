import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createNodeEngine } from '../engine/node';
import type { Engine, Row } from '../engine/types';
import { parseCsv } from './csv';
import { rawFromCsv } from './read-csv';
import type { RawTable } from './raw';

/**
 * DuckDB's reader splits the file; the line each row starts on is worked out from the
 * file's lines (read-csv.ts placeRows). Held here against csv.ts (d3-dsv), which numbers
 * records on its own: every record d3 sees is a row read or a rejected row on the same line,
 * with the same fields, and the file's lines add up.
 */

let engine: Engine;

/** The engine with a record of every statement and registered file, to show what a load did not do. */
function watched(e: Engine): { spy: Engine; seen: { sql: string[]; files: string[] } } {
  const seen = { sql: [] as string[], files: [] as string[] };
  const spy: Engine = {
    kind: e.kind,
    query: <T extends Row = Row>(q: string) => (seen.sql.push(q), e.query<T>(q)),
    queryColumns: (q) => (seen.sql.push(q), e.queryColumns(q)),
    exec: (q) => (seen.sql.push(q), e.exec(q)),
    registerFile: (name, bytes) => (seen.files.push(name), e.registerFile(name, bytes)),
    dropFile: (name) => e.dropFile(name),
    insertArrowIPC: (t, ipc) => e.insertArrowIPC(t, ipc),
    queryArrowIPC: (q) => (seen.sql.push(q), e.queryArrowIPC(q)),
    close: () => e.close()
  };
  return { spy, seen };
}
beforeAll(async () => {
  engine = await createNodeEngine();
});
afterAll(() => engine.close());

const enc = (s: string) => new TextEncoder().encode(s);

/** The raw table's rows as (line, cells), in file order. */
async function rowsOf(raw: RawTable): Promise<Array<{ line: number; cells: string[] }>> {
  const rows = await engine.query<Record<string, string | null>>(
    `SELECT ${raw.firstLine === undefined ? '__line' : `rowid + ${raw.firstLine}`}::INTEGER AS __l, * FROM ${raw.table} ORDER BY rowid`
  );
  return rows.map((r) => ({ line: Number(r.__l), cells: raw.columns.map((c) => r[c] ?? '') }));
}

/** A field as a writer might put it: plain, empty, or quoted with commas, quotes and line breaks. */
const field = fc.oneof(
  { weight: 5, arbitrary: fc.stringMatching(/^[a-z0-9 ]{0,4}$/) },
  { weight: 2, arbitrary: fc.array(fc.constantFrom('a', ',', '""', '\n', '\r\n', '\n\n', ' ', 'é'), { maxLength: 5 }).map((p) => `"${p.join('')}"`) }
);
/** A line: a record of 3 fields (now and then 2 or 4), an empty line or a line of spaces. */
const line = fc.oneof(
  { weight: 8, arbitrary: fc.array(field, { minLength: 3, maxLength: 3 }).map((f) => f.join(',')) },
  { weight: 1, arbitrary: fc.array(field, { minLength: 2, maxLength: 4 }).map((f) => f.join(',')) },
  { weight: 1, arbitrary: fc.constantFrom('', '   ') }
);
const file = fc.record({
  lines: fc.array(line, { maxLength: 12 }),
  eol: fc.constantFrom('\n', '\r\n', 'mixed'),
  trailing: fc.constantFrom('', '\n', '\n\n\n')
}).map(({ lines, eol, trailing }) => {
  const end = (i: number) => (eol === 'mixed' ? (i % 2 ? '\r\n' : '\n') : eol);
  return ['a,b,c', ...lines].map((l, i) => l + end(i)).join('') + trailing;
});

describe('the line of every row, against csv.ts', () => {
  it('places rows, rejected rows and empty lines as d3-dsv numbers them', async () => {
    await fc.assert(
      fc.asyncProperty(file, async (text) => {
        const raw = await rawFromCsv(engine, 'p.csv', enc(text));
        const rows = await rowsOf(raw);
        await engine.exec(`DROP TABLE ${raw.table}`);
        // The reference: d3 on the same text, line ends as the loader makes them one kind.
        const ref = parseCsv(text.replace(/\r\n?/g, '\n'), ',').slice(1);
        const seen = [...rows.map((r) => r.line), ...raw.unreadable.map((u) => u.line)].sort((a, b) => a - b);
        expect(seen).toEqual(ref.map((r) => r.line));
        const byLine = new Map(ref.map((r) => [r.line, r.cells]));
        // (A file of one kind of line end keeps \r\n inside quoted values; a mixed one gets \n.)
        // (DuckDB takes one empty field too many at the end of a line as a trailing delimiter.)
        const lf = (cells: string[] | undefined) => cells?.map((c) => c.replace(/\r\n/g, '\n')).filter((c, i) => i < 3 || c !== '');
        for (const r of rows) expect(lf(r.cells), `line ${r.line} of ${JSON.stringify(text)}`).toEqual(lf(byLine.get(r.line)));
        // Every line is the header, a row read, an empty line or inside a quoted value.
        const l = raw.lines!;
        expect(l.header + l.blank + l.continued + raw.read).toBe(l.total);
        expect(l.total).toBe(text.split(/\r\n|\n/).length - (/\n$/.test(text) ? 1 : 0));
        expect(raw.read).toBe(ref.length);
      }),
      { numRuns: 150 }
    );
  }, 120_000);
});

describe('lines no longer lost', () => {
  const header = 'participant_id,activity_id,date,role\n';
  const body = (n: number, at = -1) =>
    Array.from({ length: n }, (_, i) => `p${i},x,2025-03-0${1 + (i % 9)},${i === at ? '"volunteer' : ''}\n`).join('');

  it('a quote never closed on line 51 of 18,739: that line is rejected, the other 18,737 rows are read', async () => {
    const raw = await rawFromCsv(engine, 'participations.csv', enc(header + body(18_738, 49)));
    expect(raw.read).toBe(18_738);
    expect(raw.unreadable).toEqual([expect.objectContaining({ line: 51, reason: expect.stringMatching(/^unbalanced quotes: a quote opened on this line is never closed/) })]);
    const rows = await rowsOf(raw);
    expect(rows).toHaveLength(18_737);
    expect(rows.at(-1)).toEqual({ line: 18_739, cells: ['p18737', 'x', '2025-03-09', ''] });
    expect(rows[49]).toEqual({ line: 52, cells: ['p50', 'x', '2025-03-06', ''] });
    expect(raw.lines).toEqual({ total: 18_739, header: 1, blank: 0, continued: 0 });
    await engine.exec(`DROP TABLE ${raw.table}`);
  });

  it('a quote that runs to the next quote: the lines between are read on their own', async () => {
    const raw = await rawFromCsv(engine, 'p.csv', enc('a,b\n1,2\n3,"4\n5,6\n7,"8"\n9,10\n'));
    expect(raw.unreadable.map((u) => u.line)).toEqual([3]);
    expect((await rowsOf(raw)).map((r) => [r.line, ...r.cells])).toEqual([[2, '1', '2'], [4, '5', '6'], [5, '7', '8'], [6, '9', '10']]);
  });

  it('refuses a file where more than 10 quotes are never closed, naming the first lines', async () => {
    const text = header + Array.from({ length: 30 }, (_, i) => `p${i},"x,2025-03-01,\n`).join('');
    await expect(rawFromCsv(engine, 'participations.csv', enc(text))).rejects.toThrow(/participations\.csv: more than 10 lines have a quote \("\) that is never closed \(lines 2, \d+, \d+, \d+, \d+, \.\.\.\)/);
  });

  it('reads line ends that alternate \\r\\n and \\n, ending in an empty line', async () => {
    const raw = await rawFromCsv(engine, 'p.csv', enc('a,b\r\n1,2\n3,4\r\n5,6\n7,8\r\n\n'));
    expect((await rowsOf(raw)).map((r) => [r.line, ...r.cells])).toEqual([[2, '1', '2'], [3, '3', '4'], [4, '5', '6'], [5, '7', '8']]);
    expect(raw.lines).toEqual({ total: 6, header: 1, blank: 1, continued: 0 });
  });

  it('counts a header followed by 200 MB of empty lines without reading them', async () => {
    const bytes = new Uint8Array(200 << 20).fill(0x0a);
    bytes.set(enc(header));
    const { spy, seen } = watched(engine);
    const raw = await rawFromCsv(spy, 'participations.csv', bytes);
    // Not a timing (that is the benchmark's): the bytes never reach DuckDB's CSV reader.
    expect(seen.files).toEqual([]);
    expect(seen.sql.filter((q) => /read_csv/i.test(q))).toEqual([]);
    expect(raw.read).toBe(0);
    expect(raw.lines).toEqual({ total: (200 << 20) - header.length + 1, header: 1, blank: (200 << 20) - header.length, continued: 0 });
  });

  it('refuses a file of 10,000 columns by name, before reading it', async () => {
    const cols = Array.from({ length: 10_000 }, (_, i) => `c${i}`);
    const text = `participant_id,${cols.join(',')}\n` + `p1,${cols.map(() => 'x').join(',')}\n`.repeat(200);
    const { spy, seen } = watched(engine);
    await expect(rawFromCsv(spy, 'participants.csv', enc(text))).rejects.toThrow(/^participants\.csv: the header has 10001 columns; a file of the export has at most 200/);
    expect([seen.files, seen.sql]).toEqual([[], []]);
  });
});
