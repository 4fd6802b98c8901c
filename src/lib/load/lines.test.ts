import { describe, expect, it } from 'vitest';
import { blankLines, lineOf, lineText, normaliseLineEnds, scanLines, trimTrailingBlankLines } from './lines';

const enc = (s: string) => new TextEncoder().encode(s);
const dec = (b: Uint8Array) => new TextDecoder().decode(b);

describe("a file's lines", () => {
  it('makes line ends one kind only when they are mixed, and leaves a file of one kind as it is', () => {
    const lf = enc('a\nb\n');
    const crlf = enc('a\r\nb\r\n');
    expect(normaliseLineEnds(lf)).toBe(lf);
    expect(normaliseLineEnds(crlf)).toBe(crlf);
    expect(dec(normaliseLineEnds(enc('a\r\nb\nc\r\n\n')))).toBe('a\nb\nc\n\n');
    expect(dec(normaliseLineEnds(enc('a\rb\r\nc')))).toBe('a\nb\nc');
    expect(dec(normaliseLineEnds(enc('a\r\nb\r\nc\n')))).toBe('a\nb\nc\n');
  });

  it('takes the empty lines off the end and counts them', () => {
    expect(trimTrailingBlankLines(enc('a\nb'))).toEqual({ bytes: enc('a\nb'), trailing: 0 });
    expect(trimTrailingBlankLines(enc('a\nb\n'))).toEqual({ bytes: enc('a\nb\n'), trailing: 0 });
    const t = trimTrailingBlankLines(enc('a\r\nb\r\n\r\n\n\r\n'));
    expect([dec(t.bytes), t.trailing]).toEqual(['a\r\nb\r\n', 3]);
  });

  it('counts lines and finds the empty ones as runs', async () => {
    expect(await scanLines(enc('h\n\n\nx\r\n\r\ny'))).toEqual({ lines: 6, blankRuns: [2, 2, 5, 1], blank: 3 });
    expect(await scanLines(enc('h\nx\n'))).toEqual({ lines: 2, blankRuns: [], blank: 0 });
  });

  it('empties lines without moving the others', () => {
    const text = enc('h\r\nab"c\r\nd\r\ne"\r\nf');
    const out = blankLines(text, [2, 4]);
    expect(dec(out)).toBe('h\r\n\r\nd\r\n\r\nf');
    expect(lineOf(text, text.indexOf(0x22))).toBe(2);
    expect(lineText(out, 3)).toBe('d');
    expect(lineText(text, 5)).toBe('f');
  });
});
