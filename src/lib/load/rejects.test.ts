import { describe, expect, it } from 'vitest';
import { rejectsToCsv } from './rejects';
import { explainReason, groupReasons } from './reasons';
import type { RejectedRow } from './report';

describe('rejected rows as CSV', () => {
  const rows: RejectedRow[] = [
    { file: 'w.csv', line: 3, reason: 'missing required value in city', values: { wijk_id: 'A3', wijk_name: '=HYPERLINK("http://x","y")', city: null } },
    { file: 'w.csv', line: 5, reason: 'wrong number of fields: expected 3, found 4', values: { line: 'A5,Zuid,Stad,extra' } },
    { file: 'w.csv', line: 7, reason: 'unbalanced quotes' }
  ];

  it('writes line, reason and the values, formula-safe and quoted', () => {
    const csv = rejectsToCsv(rows);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.slice(1).split('\r\n')).toEqual([
      'line,reason,wijk_id,wijk_name,city,text',
      '3,missing required value in city,A3,"\'=HYPERLINK(""http://x"",""y"")",,',
      '5,"wrong number of fields: expected 3, found 4",,,,"A5,Zuid,Stad,extra"',
      '7,unbalanced quotes,,,,',
      ''
    ]);
  });

  it('never writes a participant_id column, and words reasons as asked', () => {
    const csv = rejectsToCsv(
      [{ file: 'p.csv', line: 2, reason: 'conflicts with line 1 (same participant_id, other values)', values: { participant_id: 'P0123456789abcdef0123', age_band: '-5' } }],
      { reason: (r) => `reden: ${r.line}`, header: { line: 'regel', reason: 'reden', text: 'tekst' } }
    );
    expect(csv).not.toMatch(/P0123456789abcdef0123/);
    expect(csv.slice(1).split('\r\n')).toEqual(['regel,reden,age_band', "2,reden: 2,'-5", '']);
  });
});

describe('reasons', () => {
  it('reads the loader\'s reasons as codes with their values', () => {
    expect(explainReason('not a valid date in date: "31/02/2025" (expected YYYY-MM-DD or DD/MM/YYYY)')).toEqual({ code: 'badDate', params: { column: 'date', value: '31/02/2025' } });
    expect(explainReason('unknown activity_id "zz": not in the activities table')).toEqual({ code: 'unknownRef', params: { column: 'activity_id', value: 'zz', table: 'activities' } });
    expect(explainReason('unknown participant_id: not in the participants table (the pseudonym is not shown; see the line in your file)').code).toBe('unknownPerson');
    expect(explainReason('wrong number of fields: expected 4, found 1')).toEqual({ code: 'fieldCount', params: { expected: '4', found: '1' } });
    expect(explainReason('something new')).toEqual({ code: 'other', params: { text: 'something new' } });
  });

  it('groups them by kind and column with counts, most frequent first', () => {
    const g = groupReasons([
      'missing required value in date',
      'not a valid date in date: "x" (expected YYYY-MM-DD or DD/MM/YYYY)',
      'not a valid date in date: "y" (expected YYYY-MM-DD or DD/MM/YYYY)',
      'missing required value in participant_id',
      'missing required value in date'
    ]);
    expect(g.map((x) => [x.reason.code, x.reason.params.column, x.count])).toEqual([
      ['missingValue', 'date', 2],
      ['badDate', 'date', 2],
      ['missingValue', 'participant_id', 1]
    ]);
  });
});
