import { describe, expect, it } from 'vitest';
import { fixtureSource } from '../cube/testing';
import { ReportView } from './report.svelte';
import { fixtureData, memoryNavigation, mount, settle } from './testing.svelte';

describe('the monthly report view-model', () => {
  it('makes one city’s report of one month from the month scopes and series of every provider', async () => {
    const source = fixtureSource();
    const { vm, stop } = mount(() => new ReportView(fixtureData(source), memoryNavigation('http://site.test/maandrapport/?city=Sint-Niklaas&end=2026-10')));
    await settle();
    expect(source.fetched.sort()).toEqual(['scope:month-2026-10-all', 'scope:month-2026-10-buurtwerk', 'scope:month-2026-10-ggw', 'series:all', 'series:buurtwerk', 'series:ggw']);
    const r = vm.report!;
    expect([r.city, r.month, r.previous, r.yearAgo]).toEqual(['Sint-Niklaas', '2026-10', '2026-09', '2025-10']);
    expect(r.rows.map((w) => w.wijk_name)).toEqual(['Sint-Niklaas', 'Noord', 'Oost', 'West', 'Zuid']);
    expect(r.highlights.length).toBeGreaterThan(0);
    expect(vm.summary).toMatch(/^In oktober 2026 namen .* inwoners van Sint-Niklaas deel/);
    expect(vm.signalsHref('/signalen/')).toBe('/signalen/?city=Sint-Niklaas&period=month&end=2026-10');
    stop();
  });
});
