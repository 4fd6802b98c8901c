import { describe, expect, it } from 'vitest';
import { fixtureSource } from '../cube/testing';
import { ReportView } from './report.svelte';
import { fixtureData, memoryNavigation, mount, settle } from './testing.svelte';
import { shelfOver } from './published.svelte';
import { parseFrozen } from '../report/frozen';
import type { ExportStore } from '../data/store';
import type { Provider } from '../metrics/types';

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

describe('a published (frozen) month', () => {
  /** The fixture's figures after later registrations: every participants count of the month 7 higher. */
  function laterSource(month: string) {
    const base = fixtureSource();
    return {
      ...base,
      series: async (provider: Provider) => {
        const s = await base.series(provider);
        const i = s.months.indexOf(month);
        return { ...s, figures: s.figures.map((rows, j) => (j !== i ? rows : rows.map((r) => (r.metric === 'participants' && r.value !== null ? { ...r, value: r.value + 7 } : r)))) };
      }
    };
  }

  it('reads the same after the data change, with each correction beside the published value', async () => {
    const data = fixtureData(fixtureSource());
    const shelf = shelfOver(async () => null);
    const { vm, stop } = mount(() => new ReportView(data, memoryNavigation('http://site.test/maandrapport/?city=Sint-Niklaas&end=2026-10'), shelf));
    await settle();
    expect(vm.published).toBeNull();
    const asRead = JSON.stringify(vm.report);
    const cityBefore = vm.current!.rows[0].cells.participants.row!.value!;

    const file = await vm.publish(new Date('2026-11-05T10:00:00Z'));
    expect(file).toMatchObject({ name: 'maandrapport_sint-niklaas_2026-10_gepubliceerd.json', kept: false });
    expect(vm.published?.published).toBe('2026-11-05T10:00:00.000Z');
    expect(vm.corrections).toEqual([]);

    // later registrations change the month's figures
    data.useOwn(laterSource('2026-10'), { name: 'later', fingerprint: 'abc' });
    await settle();
    expect(vm.current!.rows[0].cells.participants.row!.value).toBe(cityBefore + 7);
    // the page still reads as published ...
    expect(JSON.stringify(vm.report)).toBe(asRead);
    // ... and names every figure that reads otherwise now: the city and each wijk whose count was shown
    const shown = vm.current!.rows.filter((r) => r.cells.participants.row?.value != null).map((r) => r.wijk_id);
    expect(shown.length).toBeGreaterThan(1);
    expect(vm.corrections.filter((c) => c.metric === 'participants').map((c) => c.wijk_id)).toEqual(shown);
    const city = vm.corrections.find((c) => c.wijk_id === '' && c.metric === 'participants')!;
    expect([city.published?.value, city.now?.value]).toEqual([cityBefore, cityBefore + 7]);
    // the participants tile keeps its published value and says the correction beside it, with the date
    expect(vm.report!.rows[0].cells.participants.row!.value).toBe(cityBefore);
    expect(vm.tileCorrections.participants).toMatch(new RegExp(`^gecorrigeerd: ${(cityBefore + 7).toLocaleString('nl-BE')} \\(\\d+ \\w+ \\d{4}`));
    // another dimension was not published: the current figures, said to be so
    vm.go({ dimension: 'age_band' });
    await settle();
    expect(vm.published).toBeNull();
    expect(vm.publishedOther?.report.dimension).toBe('origin');
    stop();

    // the archive file, opened in another tab over the later data, reads the same too
    const parsed = parseFrozen(file!.text);
    if (parsed instanceof Error) throw parsed;
    const other = mount(() => new ReportView(fixtureData(laterSource('2026-10')), memoryNavigation('http://site.test/maandrapport/?city=Sint-Niklaas&end=2026-10'), shelfOver(async () => null)));
    await settle();
    await other.vm.open(parsed);
    await settle();
    expect(JSON.stringify(other.vm.report)).toBe(asRead);
    expect(other.vm.corrections.length).toBe(vm.corrections.length);
    other.stop();
  });

  it('is kept in the browser’s store with the own export it was published from, and found there again', async () => {
    const kept = new Map<string, string>();
    const store = {
      find: async (fp: string) => (fp === 'abc' ? { id: 'E1', problem: null } : null),
      addFigures: async (id: string, blobs: Record<string, string>) => {
        for (const [n, t] of Object.entries(blobs)) kept.set(`${id}/${n}`, t);
      },
      list: async () => [{ id: 'E1', problem: null }],
      figureNames: async () => [...kept.keys()].map((k) => k.slice(3)),
      readFigure: async (id: string, name: string) => new TextEncoder().encode(kept.get(`${id}/${name}`) ?? '')
    } as unknown as ExportStore;
    const data = fixtureData(fixtureSource());
    data.useOwn(fixtureSource(), { name: 'eigen', fingerprint: 'abc' });
    const { vm, stop } = mount(() => new ReportView(data, memoryNavigation('http://site.test/maandrapport/?city=Sint-Niklaas&end=2026-10'), shelfOver(async () => store)));
    await settle();
    expect((await vm.publish(new Date('2026-11-05T10:00:00Z')))?.kept).toBe(true);
    expect([...kept.keys()]).toEqual(['E1/published/Sint-Niklaas/2026-10.json']);
    stop();
    // a new tab: its shelf finds the month in the store
    const again = mount(() => new ReportView(data, memoryNavigation('http://site.test/maandrapport/?city=Sint-Niklaas&end=2026-10'), shelfOver(async () => store)));
    await settle();
    expect(again.vm.published?.published).toBe('2026-11-05T10:00:00.000Z');
    again.stop();
  });
});
