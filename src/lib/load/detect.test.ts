import { describe, expect, it } from 'vitest';
import { toUtf8, toUtf8Async } from './detect';
import { oneLinePerRecord, recordLines, recordLinesAsync } from './raw';

describe('large files in slices', () => {
  it('toUtf8Async gives what toUtf8 gives, for UTF-8 and Windows-1252 over 16 MB', async () => {
    // A two-byte character straddles each 16 MB slice boundary somewhere in 17 MB of text.
    const line = 'wijk_id,wijk_name,city\nA1,Régio Zuid,Stad\n';
    const utf8 = new TextEncoder().encode(line.repeat(Math.ceil((17 << 20) / line.length)));
    const a = await toUtf8Async('w.csv', utf8);
    expect(a.encoding).toBe('utf-8');
    expect(a.bytes).toBe(utf8);
    // The same text in Windows-1252 (é = 0xe9), with a BOM-less start.
    const latin = Uint8Array.from([...line.repeat(Math.ceil((17 << 20) / line.length))].map((c) => c.charCodeAt(0)));
    const b = await toUtf8Async('w.csv', latin);
    expect(b.encoding).toBe('windows-1252');
    expect(Buffer.from(b.bytes).equals(Buffer.from(toUtf8('w.csv', latin).bytes))).toBe(true);
    expect(Buffer.from(b.bytes).equals(Buffer.from(utf8))).toBe(true);
    // An invalid byte only at the very end still counts.
    const tail = new Uint8Array(utf8.length + 1);
    tail.set(utf8);
    tail[utf8.length] = 0xff;
    expect((await toUtf8Async('w.csv', tail)).encoding).toBe('windows-1252');
  }, 60_000);

  it('stops on a ZIP or binary file as toUtf8 does', async () => {
    const zip = new Uint8Array(17 << 20);
    zip.set([0x50, 0x4b, 3, 4]);
    await expect(toUtf8Async('x.csv', zip)).rejects.toThrow(/ZIP archive/);
    await expect(toUtf8Async('x.csv', new Uint8Array(17 << 20))).rejects.toThrow(/binary data/);
  });

  it('numbers records alike in slices, and knows when every line is one record', async () => {
    const enc = (s: string) => new TextEncoder().encode(s);
    const text = 'a,b\n1,"x\ny"\n\n2,3\r\n4,""""\n';
    expect(await recordLinesAsync(enc(text))).toEqual(recordLines(enc(text)));
    expect(recordLines(enc(text))).toEqual([1, 2, 5, 6]);
    // Over 4 MB: a \r\n and a "" pair each straddling a slice boundary.
    const SLICE = 4 << 20;
    const pad = (n: number) => 'x'.repeat(n);
    const big = enc(`a,b\n${pad(SLICE - 5)}\r\n"q""${pad(SLICE - 6)}""r\ns",1\n\n9,9\n`);
    expect([big[SLICE - 1], big[SLICE]]).toEqual([0x0d, 0x0a]);
    expect([big[2 * SLICE - 1], big[2 * SLICE]]).toEqual([0x22, 0x22]);
    expect(await recordLinesAsync(big)).toEqual(recordLines(big));
    expect(recordLines(big)).toEqual([1, 2, 3, 6]);
    expect(await oneLinePerRecord(enc('a,b\n1,2\n3,4\n'))).toBe(true);
    expect(await oneLinePerRecord(enc('a,b\n1,2\n3,4\n\n\n'))).toBe(true);
    expect(await oneLinePerRecord(enc('a,b\r\n1,2\r\n\r\n3,4\r\n'))).toBe(false);
    expect(await oneLinePerRecord(enc('a,b\n1,"2"\n'))).toBe(false);
  });
});
