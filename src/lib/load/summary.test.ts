import { describe, expect, it } from 'vitest';
import { loadSummaryText } from './summary';
import type { LoadReport } from './report';

describe('the load report on the command line', () => {
  it('prints counts per file, rejected rows, line counts, warnings and the columns that are not dimensions', () => {
    const report: LoadReport = {
      files: [
        {
          file: 'participations.csv', table: 'participations', read: 3, loaded: 2, rejected: 1, duplicates: 0, ignoredColumns: [],
          rejects: [{ file: 'participations.csv', line: 3, reason: 'missing required value in date' }],
          lines: { total: 6, header: 1, blank: 1, continued: 1 },
          warnings: [{ code: 'futureDates', params: { column: 'date', count: '1', total: '2', first: '2030-01-02', last: '2030-01-02', today: '2026-01-01' } }]
        }
      ],
      tables: { wijken: 1, population: 1, participants: 2, activities: 1, participations: 2, signals: 0 },
      months: { first: '2025-01', last: '2030-01' },
      wijken: 1,
      cities: ['Stad'],
      dimensions: ['age_band'],
      dimensionsLeftOut: [{ column: 'info', reason: 'personalValues', distinct: 2 }]
    };
    expect(loadSummaryText(report).split('\n')).toEqual([
      'file\ttable\tread\tloaded\trejected\tduplicates',
      'participations.csv\tparticipations\t3\t2\t1\t0',
      '  rejected participations.csv, line 3: missing required value in date',
      '  lines participations.csv: 6 = 1 header + 3 rows + 1 empty + 1 inside quoted values',
      '  warning: participations.csv: 1 of 2 values of date lie after today (2026-01-01): from 2030-01-02 to 2030-01-02. Check the dates (day and month swapped, a wrong year, planned rather than held sessions).',
      '  not a dimension: participants column info: values look like a phone or national number, an e-mail address or a pseudonym',
      'months 2025-01 .. 2030-01; 1 wijken; cities Stad; dimensions age_band',
      ''
    ]);
  });
});
