import { describe, expect, it } from 'vitest';
import { lineBreaks, parseCsv, sniffCsv } from './csv';

describe('the CSV tokeniser', () => {
  it('finds the delimiter that splits the header most, outside quotes, and drops a BOM', () => {
    expect(sniffCsv('\uFEFFa;b;"c,d"\n1;2;3\n')).toEqual({ delimiter: ';', headers: ['a', 'b', 'c,d'], headerLines: 1 });
    expect(sniffCsv('a\tb|c\n').delimiter).toBe('\t');
    expect(sniffCsv('a|b|c\n').delimiter).toBe('|');
    // one column whatever the delimiter: a comma file with one column
    expect(sniffCsv('a b c\n1 2 3\n')).toEqual({ delimiter: ',', headers: ['a b c'], headerLines: 1 });
    expect(sniffCsv('"long\nname",b\n1,2\n')).toEqual({ delimiter: ',', headers: ['long\nname', 'b'], headerLines: 2 });
  });

  it('numbers records by the line they start on, over empty lines, quoted line breaks and any line end', () => {
    const text = 'a,b\r\n1,"x\r\ny"\n\n2,""""\r3,4';
    expect(parseCsv(text, ',')).toEqual([
      { line: 1, cells: ['a', 'b'] },
      { line: 2, cells: ['1', 'x\r\ny'] },
      { line: 5, cells: ['2', '"'] },
      { line: 6, cells: ['3', '4'] }
    ]);
    expect(parseCsv(text, ',', 2)).toHaveLength(2);
  });

  it('reads a quote inside an unquoted value as part of it, as DuckDB does', () => {
    expect(parseCsv('a,b\n1,x"y\n', ',')[1].cells).toEqual(['1', 'x"y']);
  });

  it('counts line breaks inside a value, \\r\\n once', () => {
    expect(lineBreaks('a\r\nb\nc\rd')).toBe(3);
    expect(lineBreaks('abc')).toBe(0);
  });
});
