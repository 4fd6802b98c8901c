import { describe, expect, it } from 'vitest';
import { isAscii, toUtf8, toUtf8Async } from './detect';

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

  it('knows an all-ASCII file without decoding it, wherever a byte beyond ASCII sits', () => {
    const bytes = new TextEncoder().encode('x'.repeat(103));
    for (const start of [0, 1, 2, 3]) expect(isAscii(bytes.subarray(start))).toBe(true);
    for (const at of [0, 1, 50, 101, 102]) {
      const b = bytes.slice();
      b[at] = 0xc3;
      for (const start of [0, 1, 2, 3]) expect(isAscii(b.subarray(start)), `${at} ${start}`).toBe(at < start);
    }
  });
});
