import { describe, expect, it } from 'vitest';
import { flushSync } from 'svelte';
import { fixtureSource } from '../cube/testing';
import { WijkView } from './wijk.svelte';
import { fixtureData, memoryNavigation, mount, settle } from './testing.svelte';

describe('the wijk page view-model', () => {
  it('lists the wijken of every city to choose from when no wijk is named, without fetching figures', async () => {
    const source = fixtureSource();
    const { vm, stop } = mount(() => new WijkView(fixtureData(source), memoryNavigation('http://site.test/wijk/')));
    await settle();
    expect(vm.ready).toBe(true);
    expect(vm.wijk).toBeUndefined();
    expect(vm.wijkenByCity.map((c) => [c.city, c.wijken.length])).toEqual([['Leuven', 13], ['Sint-Niklaas', 4]]);
    expect(vm.wijkHref('/wijk/', vm.wijkenByCity[1].wijken[0])).toBe('/wijk/?city=Sint-Niklaas&wijk=S1');
    expect(source.fetched).toEqual([]);
    stop();
  });

  it('takes the city from the wijk, and hands the sections the wijk’s rows and the city’s', async () => {
    const source = fixtureSource();
    const { vm, stop } = mount(() => new WijkView(fixtureData(source), memoryNavigation('http://site.test/wijk/?wijk=S2&period=quarter')));
    await settle();
    expect(vm.view).toMatchObject({ city: 'Sint-Niklaas', wijk: 'S2', kind: 'quarter', end: '2026-09' });
    expect(source.fetched).toEqual(['scope:quarter-2026-09-all', 'series:all']);
    const p = vm.sectionProps!;
    expect(p.wijk.wijk_name).toBe('Oost');
    expect(p.rows.length).toBeGreaterThan(0);
    expect(p.rows.every((r) => r.wijk_id === 'S2' || (r.wijk_id === '' && r.city === 'Sint-Niklaas'))).toBe(true);
    expect(vm.title).toBe('Oost – Wijkweefsel');
    stop();
  });

  it('keeps the same rows when only the dimension changes (no recomputation in the sections)', async () => {
    const nav = memoryNavigation('http://site.test/wijk/?wijk=L03');
    const { vm, stop } = mount(() => new WijkView(fixtureData(), nav));
    await settle();
    const rows = vm.rows;
    vm.go({ dimension: 'age_band' });
    await settle();
    expect(vm.view?.dimension).toBe('age_band');
    expect(vm.rows).toBe(rows);
    stop();
  });

  it('moves to another wijk with its city, and keeps the period near when its kind changes', async () => {
    const nav = memoryNavigation('http://site.test/wijk/?wijk=L03&end=2025-12');
    const { vm, stop } = mount(() => new WijkView(fixtureData(), nav));
    await settle();
    vm.go({ wijk: 'S1' });
    flushSync();
    expect(nav.url.searchParams.get('city')).toBe('Sint-Niklaas');
    vm.go({ kind: 'quarter' });
    flushSync();
    expect(vm.view).toMatchObject({ kind: 'quarter', end: '2025-12' });
    expect(vm.overviewHref('/')).toBe('/?city=Sint-Niklaas&period=quarter&end=2025-12&wijk=S1');
    stop();
  });

  it('says why its figures could not be loaded', async () => {
    const source = fixtureSource((f) => f.startsWith('series:'));
    const { vm, stop } = mount(() => new WijkView(fixtureData(source), memoryNavigation('http://site.test/wijk/?wijk=L01')));
    await settle();
    expect(vm.failure).toContain('404');
    expect(vm.sectionProps).toBeNull();
    stop();
  });
});
