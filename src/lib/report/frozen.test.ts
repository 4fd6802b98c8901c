import { describe, expect, it } from 'vitest';
import type { FigureRow } from '../metrics/types';
import { corrections, freeze, frozenBlobName, frozenFileName, parseFrozen } from './frozen';
import { monthReport } from './report';

const f = (wijk_id: string, metric: string, value: number | null): FigureRow => ({
  city: 'Sint-Niklaas', wijk_id, provider: 'all', dimension: '', group: '', metric, value, suppressed: value === null ? 'below_k' : null
});
const wijken = [{ wijk_id: 'N', wijk_name: 'Noord', city: 'Sint-Niklaas' }];
const reportOf = (rows: FigureRow[]) => ({
  ...monthReport({ series: { provider: 'all', months: ['2026-10'], figures: [rows] }, wijken, city: 'Sint-Niklaas', month: '2026-10', dimension: 'origin' }),
  highlights: []
});

describe('frozen months', () => {
  const published = reportOf([f('', 'participants', 300), f('N', 'participants', 40), f('N', 'reach_rate', 12.5)]);
  const frozen = freeze(published, new Date('2026-11-05T10:00:00Z'));

  it('is a copy: changing the report afterwards does not change what was published', () => {
    published.rows[0].cells.participants.row!.value = 999;
    expect(frozen.report.rows[0].cells.participants.row!.value).toBe(300);
    expect(frozen.published).toBe('2026-11-05T10:00:00.000Z');
  });

  it('reads back from its JSON, and refuses what is not one', () => {
    expect(parseFrozen(JSON.stringify(frozen))).toEqual(frozen);
    expect(parseFrozen('{')).toBeInstanceOf(Error);
    expect(parseFrozen('{"kind":"other"}')).toBeInstanceOf(Error);
    expect(parseFrozen(JSON.stringify({ ...frozen, format: 2 }))).toBeInstanceOf(Error);
    expect(parseFrozen(JSON.stringify({ ...frozen, report: { ...frozen.report, month: '2026-1' } }))).toBeInstanceOf(Error);
    expect(parseFrozen(JSON.stringify({ ...frozen, published: 'yesterday' }))).toBeInstanceOf(Error);
  });

  it('lists every figure the current data show otherwise: a changed value, a figure now hidden, a figure now there', () => {
    const now = reportOf([f('', 'participants', 303), f('N', 'participants', null), f('N', 'reach_rate', 12.5), f('N', 'newcomer_share', 0.2)]);
    const c = corrections(frozen, now).map((x) => [x.wijk_id, x.metric, x.published?.value ?? x.published?.suppressed ?? 'none', x.now?.value ?? x.now?.suppressed ?? 'none']);
    expect(c).toEqual([
      ['', 'participants', 300, 303],
      ['N', 'participants', 40, 'below_k'],
      ['N', 'newcomer_share', 'none', 0.2]
    ]);
    expect(corrections(frozen, reportOf([f('', 'participants', 300), f('N', 'participants', 40), f('N', 'reach_rate', 12.5)]))).toEqual([]);
  });

  it('is named by city and month, in the store and as a file', () => {
    expect(frozenBlobName('Sint-Niklaas', '2026-10')).toBe('published/Sint-Niklaas/2026-10.json');
    expect(frozenFileName('Sint-Niklaas', '2026-10')).toBe('maandrapport_sint-niklaas_2026-10_gepubliceerd.json');
  });
});
