import { describe, expect, it } from 'vitest';
import { fixtureSource } from '../cube/testing';
import { ReportView } from './report.svelte';
import { fixtureData, memoryNavigation, mount, settle } from './testing.svelte';

describe('the monthly report view-model', () => {
  it('makes one city’s report of one month from the figures of all providers together', async () => {
    const source = fixtureSource();
    const { vm, stop } = mount(() => new ReportView(fixtureData(source), memoryNavigation('http://site.test/maandrapport/?city=Sint-Niklaas&end=2026-10')));
    await settle();
    // all providers together: the report's figures and alerts are those of provider 'all'
    expect(source.fetched.sort()).toEqual(['scope:month-2026-10-all', 'series:all']);
    const r = vm.report!;
    expect([r.city, r.month, r.previous, r.yearAgo]).toEqual(['Sint-Niklaas', '2026-10', '2026-09', '2025-10']);
    expect(r.rows.map((w) => w.wijk_name)).toEqual(['Sint-Niklaas', 'Noord', 'Oost', 'West', 'Zuid']);
    expect(r.highlights.length).toBeGreaterThan(0);
    expect(vm.summary).toMatch(/^In oktober 2026 namen .* inwoners van Sint-Niklaas deel/);
    expect(vm.signalsHref('/signalen/')).toBe('/signalen/?city=Sint-Niklaas&period=month&end=2026-10&provider=all');
    expect(vm.tiles.map((c) => c.metric)).toEqual(['participants', 'reach_rate', 'mixing_ratio', 'ggw_via_bw']);
    expect(vm.tiles.every((c) => !c.row || (c.row.provider === 'all' && c.row.wijk_id === '' && c.row.city === 'Sint-Niklaas'))).toBe(true);
    expect(r.highlights.filter((h) => h.kind === 'alert').every((h) => h.kind === 'alert' && h.alert.provider === 'all')).toBe(true);
    stop();
  });
});
