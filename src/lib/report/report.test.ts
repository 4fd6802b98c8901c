import { describe, expect, it } from 'vitest';
import type { MonthSeries, WijkInfo } from '../cube/types';
import type { FigureRow } from '../metrics/types';
import type { Alert } from '../alerts/alerts';
import type { ProjectedWijk } from '../charts/geo';
import { reachMap } from './map';
import { changeOf, headlineTiles, highlights, meaningfulChanges, monthReport, MAX_HIGHLIGHTS, varied } from './report';

const f = (wijk_id: string, metric: string, value: number | null, dimension = '', city = 'Leuven'): FigureRow => ({
  city, wijk_id, provider: 'all', dimension, group: '', metric, value, suppressed: value === null ? 'below_k' : null
});

const wijken: WijkInfo[] = [
  { wijk_id: 'C', wijk_name: 'Centrum', city: 'Leuven' },
  { wijk_id: 'A', wijk_name: 'Abdij', city: 'Leuven' },
  { wijk_id: 'B', wijk_name: 'Berg', city: 'Leuven' },
  { wijk_id: 'XONB', wijk_name: 'niet te lokaliseren', city: 'Leuven' },
  { wijk_id: 'S', wijk_name: 'Elders', city: 'Sint-Niklaas' }
];

// month 2026-11; previous 2026-10; a year ago 2025-11 (2025-10 is there to be ignored)
const series: MonthSeries = {
  provider: 'all',
  months: ['2025-10', '2025-11', '2026-10', '2026-11'],
  figures: [
    [f('A', 'participants', 999)],
    [
      f('', 'participants', 400), f('A', 'participants', 100), f('B', 'participants', null), f('C', 'participants', 50),
      f('A', 'representativeness', 0.5, 'origin')
    ],
    [
      f('', 'participants', 500), f('A', 'participants', 100), f('B', 'participants', 19), f('C', 'participants', 50),
      f('C', 'newcomer_share', 0.2), f('A', 'representativeness', 0.8, 'origin'), f('A', 'representativeness', 0.1, 'age_band'),
      f('A', 'ggw_via_bw', 0.5), f('A', 'ggw', 30), f('A', 'reach_rate', 0), f('S', 'participants', 10, '', 'Sint-Niklaas')
    ],
    [
      f('', 'participants', 600), f('A', 'participants', 115), f('B', 'participants', 40), f('C', 'participants', 57),
      f('C', 'newcomer_share', 0.1), f('A', 'representativeness', 0.804, 'origin'), f('A', 'representativeness', 0.9, 'age_band'),
      f('A', 'mixing_ratio', 0.7, 'origin'), f('A', 'ggw_via_bw', 0.3), f('A', 'ggw', 19), f('A', 'reach_rate', 12),
      f('XONB', 'participants', 80), f('S', 'participants', 99, '', 'Sint-Niklaas')
    ]
  ]
};

const report = monthReport({ series, wijken, city: 'Leuven', month: '2026-11', dimension: 'origin' });
const row = (id: string) => report.rows.find((r) => r.wijk_id === id)!;

describe('monthly report: key figures and their changes', () => {
  it('has the city first, then its wijken by name, without the "location unknown" wijk or another city', () => {
    expect(report.rows.map((r) => r.wijk_id)).toEqual(['', 'A', 'B', 'C']);
    expect(report.rows[0].wijk_name).toBe('Leuven');
    expect([report.previous, report.yearAgo]).toEqual(['2026-10', '2025-11']);
  });
  it('writes counts as a relative change, shares in points, indices as a difference', () => {
    const a = row('A').cells;
    expect(a.participants.sincePrevious).toMatchObject({ available: true, before: 100, now: 115, unit: 'relative', direction: 'up' });
    expect(a.participants.sincePrevious.available && a.participants.sincePrevious.amount).toBeCloseTo(0.15, 12);
    const c = row('C').cells.newcomer_share.sincePrevious;
    expect(c).toMatchObject({ available: true, unit: 'points', direction: 'down' });
    expect(c.available && c.amount).toBeCloseTo(-0.1, 12);
    expect(c.available && c.relative).toBeCloseTo(-0.5, 12);
    // 0.8 -> 0.804 rounds to 0.00: equal, not "up"
    expect(a.representativeness.sincePrevious).toMatchObject({ available: true, unit: 'difference', direction: 'same' });
    // the chosen dimension only: age_band's 0.1 -> 0.9 is not in this report
    expect(a.representativeness.row?.value).toBe(0.804);
    expect(a.representativeness.sinceYearAgo.available && a.representativeness.sinceYearAgo.amount).toBeCloseTo(0.304, 12);
  });
  it('says n.b. when either side is suppressed or absent, never computing from a hidden value', () => {
    const b = row('B').cells.participants;
    expect(b.sinceYearAgo).toEqual({ available: false }); // suppressed a year ago
    expect(b.sincePrevious.available).toBe(true);
    expect(row('A').cells.mixing_ratio.sincePrevious).toEqual({ available: false }); // absent before
    expect(row('C').cells.ggw_via_bw.row).toBeUndefined();
    expect(row('C').cells.ggw_via_bw.sincePrevious).toEqual({ available: false });
    expect(changeOf('participants', f('A', 'participants', 5), f('A', 'participants', null))).toEqual({ available: false });
    expect(changeOf('participants', f('A', 'participants', null), f('A', 'participants', 5))).toEqual({ available: false });
    // a relative change from zero does not exist
    expect(changeOf('participants', f('A', 'participants', 5), f('A', 'participants', 0))).toEqual({ available: false });
    // reach per 1,000 is a share of the residents: its change is a difference per 1,000, from zero too
    const reach = row('A').cells.reach_rate;
    expect(reach.sincePrevious).toMatchObject({ available: true, unit: 'per1000', before: 0 });
    if (reach.sincePrevious.available) expect(reach.sincePrevious.amount).toBe(reach.row!.value! - 0);
  });
  it('carries this month\'s figures of the table for the CSV', () => {
    expect(report.figures.every((r) => r.city === 'Leuven')).toBe(true);
    expect(report.figures).toContainEqual(f('A', 'participants', 115));
    expect(report.figures).not.toContainEqual(f('A', 'participants', 100));
  });
});

describe('monthly report: highlights', () => {
  it('keeps only meaningful changes: both sides at least 20 persons and at least 15% relative', () => {
    const ch = meaningfulChanges(report, series);
    // A representativeness +61% on a year (0.5 -> 0.804; 100 and 115 participants), C newcomers
    // -50% on a month (50 and 57 participants); one line per wijk, so A's +15% participants
    // gives way. Not B (19 before), not C participants (+14%), not A GGW via BW (GGW public 19 now).
    expect(ch.map((h) => `${h.wijk_id}:${h.metric}:${h.comparison}`)).toEqual(['A:representativeness:yearAgo', 'C:newcomer_share:previous']);
    expect(ch[0].strength).toBeCloseTo(0.608, 12);
    expect(ch[1].strength).toBeCloseTo(0.5, 12);
    // without A's year-ago representativeness, its +15% (exactly the threshold) counts
    const s2: MonthSeries = { ...series, figures: series.figures.map((fs, i) => (i === 1 ? fs.filter((r) => r.metric !== 'representativeness') : fs)) };
    const r2 = monthReport({ series: s2, wijken, city: 'Leuven', month: '2026-11', dimension: 'origin' });
    expect(meaningfulChanges(r2, s2).map((h) => `${h.wijk_id}:${h.metric}`)).toEqual(['C:newcomer_share', 'A:participants']);
    // and 14.9% does not
    const s3: MonthSeries = { ...s2, figures: s2.figures.map((fs, i) => (i === 3 ? fs.map((r) => (r.wijk_id === 'A' && r.metric === 'participants' ? f('A', 'participants', 114.9) : r)) : fs)) };
    const r3 = monthReport({ series: s3, wijken, city: 'Leuven', month: '2026-11', dimension: 'origin' });
    expect(meaningfulChanges(r3, s3).map((h) => `${h.wijk_id}:${h.metric}`)).toEqual(['C:newcomer_share']);
  });
  const alert = (wijk_id: string, severity: number): Alert => ({
    city: 'Leuven', wijk_id, provider: 'all', kind: 'concentration', value: 0.7, threshold: 0.6, severity,
    evidence: { page: 'wijk', params: {}, chart: 'concentration' }, figures: []
  });
  it('puts the city first, then alerts and changes, at most five lines, counting the alerts left out', () => {
    expect(highlights(report, series, []).map((h) => h.kind)).toEqual(['city', 'change', 'change']);
    expect(highlights(report, series, [alert('A', 0.9)]).map((h) => h.kind)).toEqual(['city', 'alert', 'change', 'change']);
    const many = [alert('A', 0.9), alert('B', 0.8), alert('C', 0.5), alert('A', 0.2), { ...alert('S', 1), city: 'Sint-Niklaas' }];
    const h = highlights(report, series, many);
    expect(h.length).toBe(MAX_HIGHLIGHTS);
    expect(h.map((x) => x.kind)).toEqual(['city', 'alert', 'alert', 'change', 'more-alerts']);
    expect(h[4]).toEqual({ kind: 'more-alerts', count: 2 }); // the other city's alert is not counted
    expect(h[1].kind === 'alert' && h[1].wijk_name).toBe('Abdij');
    // without changes, alerts fill the room
    const flat = monthReport({ series: { ...series, months: ['2026-11'], figures: [series.figures[3]] }, wijken, city: 'Leuven', month: '2026-11', dimension: 'origin' });
    expect(highlights(flat, series, many).map((x) => x.kind)).toEqual(['city', 'alert', 'alert', 'alert', 'alert']);
    expect(highlights(flat, series, [...many, alert('B', 0.1)]).map((x) => x.kind)).toEqual(['city', 'alert', 'alert', 'alert', 'more-alerts']);
  });
});

describe('monthly report: page one', () => {
  it('puts the city’s participants, reach, mixing ratio and GGW via buurtwerk on the tiles, with their changes', () => {
    const tiles = headlineTiles(report);
    expect(tiles.map((c) => c.metric)).toEqual(['participants', 'reach_rate', 'mixing_ratio', 'ggw_via_bw']);
    expect(tiles[0].row).toEqual(f('', 'participants', 600));
    // 500 -> 600 since last month, 400 -> 600 since a year ago: relative for a count
    expect(tiles[0].sincePrevious).toMatchObject({ available: true, unit: 'relative', amount: 0.2, direction: 'up' });
    expect(tiles[0].sinceYearAgo).toMatchObject({ available: true, unit: 'relative', amount: 0.5 });
    // the city has no reach figure in this fixture: a tile without a figure, and no change
    expect(tiles[1].row).toBeUndefined();
    expect(tiles[1].sincePrevious).toEqual({ available: false });
  });
  it('colours the map by the month’s reach and hatches a wijk whose reach is not shown', () => {
    const geo = ['A', 'B', 'C'].map((id) => ({ id, name: id, city: 'Leuven', d: 'M0 0Z', areaKm2: 1, bounds: [[0, 0], [1, 1]], centre: [0, 0] }) as ProjectedWijk);
    const m = reachMap(report, geo, (w) => `${w.wijk_name}=${w.value}`);
    expect(m.wijken.map((w) => [w.wijk_id, w.value])).toEqual([['A', 12], ['B', null], ['C', null]]);
    expect(m.marks.A).toMatchObject({ klass: 0, label: 'Abdij=12', suppressed: null });
    expect(m.marks.A.fill).not.toBeNull();
    expect(m.marks.B).toMatchObject({ fill: null, klass: null, suppressed: 'not_available' });
    expect(m.top?.wijk_id).toBe('A');
    expect(m.bottom).toBeNull();
    expect(m.legend.reduce((n, e) => n + e.count, 0)).toBe(1);
  });
  it('lists the most severe alert of each kind before a second of the same kind', () => {
    const a = (kind: string, n: number) => ({ kind, n });
    expect(varied([a('x', 1), a('x', 2), a('y', 3), a('x', 4), a('z', 5)]).map((x) => x.n)).toEqual([1, 3, 5, 2, 4]);
  });
});
