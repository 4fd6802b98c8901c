import { describe, expect, it } from 'vitest';
import { fixtureScope, fixtureSeries, fixtureSource } from '../cube/testing';
import { i18n } from '../i18n/index.svelte';
import { ThesesView } from './theses.svelte';
import { fixtureData, memoryNavigation, mount, settle } from './testing.svelte';

describe('the Stellingen view-model', () => {
  it('holds each of the four theses against the published figures, per wijk and for the city', async () => {
    i18n.set('nl');
    const source = fixtureSource();
    const { vm, stop } = mount(() => new ThesesView(fixtureData(source), memoryNavigation('http://site.test/stellingen/?dimension=age_band')));
    await settle();
    expect(source.fetched.sort()).toEqual(['scope:year-2026-11-all', 'scope:year-2026-11-buurtwerk', 'scope:year-2026-11-ggw', 'series:buurtwerk', 'series:ggw']);
    expect(vm.ready).toBe(true);
    expect(vm.theses.map((t) => t.n)).toEqual([1, 2, 3, 4]);
    const all = fixtureScope('year-2026-11-all');
    const bw = fixtureScope('year-2026-11-buurtwerk');
    for (const th of vm.theses) {
      expect(th.quote.length).toBeGreaterThan(40);
      expect(th.says).toMatch(/\d/);
      expect(th.cannot.length).toBeGreaterThan(60);
      for (const table of th.tables) {
        expect(table.heads.length).toBe(table.rows[0].cells.length);
        // never a figure about one person: every row is a published figure of the scope or series
        for (const r of table.figures) expect(r.city).toBe('Leuven');
      }
    }
    // thesis 1: the city first, then the 12 wijken of Leuven by name (not "location unknown")
    const [one] = vm.theses[0].tables;
    expect(one.rows[0]).toMatchObject({ key: '', name: 'Leuven (stad als geheel)' });
    expect(one.rows.slice(1).map((r) => r.key)).not.toContain('LONB');
    expect(one.rows).toHaveLength(13);
    // its cells are the published figures: GGW via buurtwerk of "all", the mixing ratio of the buurtwerk scope
    const l01 = one.rows.find((r) => r.key === 'L01')!;
    expect(l01.cells[0]).toEqual(all.find((r) => r.wijk_id === 'L01' && r.metric === 'ggw_via_bw' && r.group === '')!);
    expect(l01.cells[0]!.value).toBeGreaterThan(0);
    const mixBw = bw.find((r) => r.wijk_id === 'L01' && r.metric === 'mixing_ratio' && r.dimension === 'age_band')!;
    expect(l01.cells[3]).toEqual({ ...mixBw, provider: 'buurtwerk' });
    expect(l01.cells[3]!.value).not.toBe(all.find((r) => r.wijk_id === 'L01' && r.metric === 'mixing_ratio' && r.dimension === 'age_band')!.value);
    // the small wijk's figures stay hidden
    const l12 = one.rows.find((r) => r.key === 'L12')!;
    expect(vm.cell(l12.cells[0])).toBe('niet getoond');
    // thesis 3: signals by source, read from the group rows
    const three = vm.theses[2].tables[0];
    expect(three.heads.slice(1, 4).every((h) => h.startsWith('doorgegeven signalen') || h.includes(':'))).toBe(true);
    const cityBw = all.find((r) => r.wijk_id === '' && r.metric === 'signals' && r.dimension === 'source' && r.group === 'buurtwerk')!;
    expect(three.rows[0].cells[1]).toEqual(cityBw);
    expect(vm.theses[2].says).toContain(`buurtwerk ${cityBw.value} signalen`);
    // thesis 2's trend: the last 12 months of the city's share of active roles, buurtwerk beside GGW
    const trend = vm.theses[1].tables[1];
    expect(trend.rows).toHaveLength(12);
    const s = fixtureSeries('buurtwerk');
    const nov = s.figures[s.months.indexOf('2026-11')].find((r) => r.city === 'Leuven' && r.wijk_id === '' && r.metric === 'involvement_share');
    expect(trend.rows.at(-1)!.cells[0]).toEqual(nov);
    stop();
  });
});
