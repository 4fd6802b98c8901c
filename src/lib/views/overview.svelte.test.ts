import { describe, expect, it } from 'vitest';
import { flushSync } from 'svelte';
import { fixtureScope, fixtureSeries, fixtureSource, FIXTURE_INDEX } from '../cube/testing';
import { i18n } from '../i18n/index.svelte';
import { initialOverview } from './overview-first';
import { OverviewView } from './overview.svelte';
import { fixtureData, memoryNavigation, mount, settle } from './testing.svelte';
import { OVERVIEW_URL } from './url';

const first = () => {
  const view = OVERVIEW_URL.defaults(FIXTURE_INDEX);
  return { overview: initialOverview(FIXTURE_INDEX, view, fixtureScope('year-2026-11-all'), fixtureSeries('all')), geo: null };
};

describe('the Overzicht view-model', () => {
  it('draws the prerendered first view before the page runs, without a fetch', () => {
    const source = fixtureSource();
    const nav = memoryNavigation('http://site.test/', false);
    const { vm, stop } = mount(() => new OverviewView(fixtureData(source), nav, first()));
    expect(vm.v).toMatchObject({ city: 'Leuven', kind: 'year', end: '2026-11', figure: 'reach_rate' });
    expect(vm.ready).toBe(true);
    expect(vm.ranked.filter((r) => r.value !== null).length).toBeGreaterThan(8);
    expect(vm.mapSummary).toMatch(/heeft het hoogste bereik/);
    expect(source.fetched).toEqual([]);
    stop();
  });

  it('reads the view from the address, fetches what it needs and ranks from the full scope', async () => {
    const source = fixtureSource();
    const nav = memoryNavigation('http://site.test/?city=Sint-Niklaas&period=month&end=2026-10&provider=ggw&figure=mixing_ratio&dimension=age_band');
    const { vm, stop } = mount(() => new OverviewView(fixtureData(source), nav, first()));
    await settle();
    expect(vm.v).toMatchObject({ city: 'Sint-Niklaas', kind: 'month', end: '2026-10', provider: 'ggw', figure: 'mixing_ratio', dimension: 'age_band' });
    expect(source.fetched.slice(0, 2)).toEqual(['scope:month-2026-10-ggw', 'series:ggw']);
    expect(vm.ready).toBe(true);
    expect(vm.classes.kind).toBe('diverging');
    expect(vm.wijken.map((w) => w.wijk_name)).toEqual(['Noord', 'Oost', 'West', 'Zuid']);
    // a wijk with no figure shown is ranked last, without a rank, never as a low value
    const small = vm.ranked.find((r) => r.wijk_id === 'S4')!;
    expect([small.value, small.rank, small.figure?.suppressed]).toEqual([null, null, 'below_k']);
    expect(vm.ranked.at(-1)).toBe(small);
    stop();
  });

  it('changes the view through the address: the period keeps its end near, a new city drops the chosen wijken', async () => {
    const nav = memoryNavigation('http://site.test/?wijk=L01&compare=L02&lang=en');
    const { vm, stop } = mount(() => new OverviewView(fixtureData(), nav, first()));
    await settle();
    vm.setKind('quarter');
    // the latest quarter not after November 2026 is the one ending in September: the default, so not written
    expect(nav.url.search).toBe('?period=quarter&wijk=L01&compare=L02&lang=en');
    expect(vm.v.end).toBe('2026-09');
    vm.set({ end: '2026-06' });
    flushSync();
    vm.setKind('month');
    flushSync();
    expect(vm.v).toMatchObject({ kind: 'month', end: '2026-06' });
    vm.setCity('Sint-Niklaas');
    flushSync();
    expect(nav.url.search).toBe('?city=Sint-Niklaas&period=month&end=2026-06&lang=en');
    // each choice is its own history entry, so the back button walks the views (issue 14)
    expect(nav.history.length).toBeGreaterThan(1);
    expect(nav.history.every((h) => h.startsWith('push'))).toBe(true);
    stop();
  });

  it('picks wijken on the map, compares them with the city, and links to their pages', async () => {
    const nav = memoryNavigation();
    const { vm, stop } = mount(() => new OverviewView(fixtureData(), nav, first()));
    await settle();
    vm.pick('L03');
    flushSync();
    vm.pick('L05');
    await settle();
    expect(vm.v).toMatchObject({ wijk: 'L03', compare: 'L05' });
    expect(vm.compareAreas.columns.map((c) => [c.key, c.letter])).toEqual([['L03', 'A'], ['L05', 'B'], ['', undefined]]);
    expect(vm.compareAreas.lines[0].cells.map((r) => r?.wijk_id)).toEqual(['L03', 'L05', '']);
    expect(vm.wijkHref('/wijk/', 'L03')).toBe('/wijk/?wijk=L03');
    stop();
  });

  it('fetches ahead what the next view most likely needs, once drawn', async () => {
    const source = fixtureSource();
    const nav = memoryNavigation();
    const { stop } = mount(() => new OverviewView(fixtureData(source), nav, first()));
    await new Promise((r) => setTimeout(r, 400));
    await settle();
    expect(source.fetched).toContain('series:buurtwerk');
    stop();
  });

  it('says where its figures could not be loaded', async () => {
    const source = fixtureSource((f) => f === 'scope:month-2026-11-all');
    const nav = memoryNavigation('http://site.test/?period=month');
    const { vm, stop } = mount(() => new OverviewView(fixtureData(source), nav, first()));
    await settle();
    expect(vm.failure).toContain('HTTP 404');
    expect(vm.ready).toBe(false);
    stop();
  });

  it('writes its texts in the reader’s language', async () => {
    const nav = memoryNavigation();
    const { vm, stop } = mount(() => new OverviewView(fixtureData(), nav, first()));
    await settle();
    i18n.set('en');
    flushSync();
    expect(vm.chartTitle.map).toBe('Reach per 1,000 residents by wijk in Leuven');
    i18n.set('nl');
    flushSync();
    expect(vm.chartTitle.map).toBe('Bereik per 1.000 inwoners per wijk in Leuven');
    stop();
  });
});
