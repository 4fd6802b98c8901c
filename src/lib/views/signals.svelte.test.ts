import { describe, expect, it } from 'vitest';
import { flushSync } from 'svelte';
import { mergeResults, scopeAlerts } from '../alerts/alerts';
import { fixtureScope, fixtureSeries, fixtureSource, FIXTURE_INDEX } from '../cube/testing';
import { SignalsView } from './signals.svelte';
import { alertKey, alertRuns } from '../alerts/runs';
import { DEFAULT_THRESHOLDS } from '../alerts/vocabulary';
import { fixtureData, memoryNavigation, mount, settle } from './testing.svelte';

/** The alerts of a period computed directly, as the page should show them. */
function expected(end: string, provider: 'all' | 'buurtwerk' | 'ggw', city?: string) {
  const wijken = city ? new Set(FIXTURE_INDEX.wijken.filter((w) => w.city === city).map((w) => w.wijk_id)) : undefined;
  const scope = { kind: 'year' as const, end, provider };
  return scopeAlerts({ scope, rows: fixtureScope(`year-${end}-${provider}`), population: FIXTURE_INDEX.population, series: fixtureSeries(provider), wijken });
}

describe('the Signalen view-model', () => {
  it('judges every provider of every city by default, as the alerts module does', async () => {
    const source = fixtureSource();
    const { vm, stop } = mount(() => new SignalsView(fixtureData(source), memoryNavigation('http://site.test/signalen/')));
    await settle();
    expect(source.fetched.sort()).toEqual(['scope:year-2026-11-all', 'scope:year-2026-11-buurtwerk', 'scope:year-2026-11-ggw', 'series:all', 'series:buurtwerk', 'series:ggw']);
    const want = mergeResults((['all', 'buurtwerk', 'ggw'] as const).map((p) => expected('2026-11', p)));
    expect(vm.result).toEqual(want);
    expect(want.alerts.length).toBeGreaterThan(0);
    expect(vm.counts.reduce((n, c) => n + c.alerts, 0)).toBe(want.alerts.length);
    expect(vm.summary).toContain(vm.sentence(want.alerts[0]));
    stop();
  });

  it('redraws a changed threshold from the figures it has, without a new fetch', async () => {
    const source = fixtureSource();
    const nav = memoryNavigation('http://site.test/signalen/?city=Leuven&provider=ggw');
    const { vm, stop } = mount(() => new SignalsView(fixtureData(source), nav));
    await settle();
    const before = vm.result!.alerts.filter((a) => a.kind === 'concentration').length;
    const fetched = source.fetched.length;
    expect(vm.setThreshold('concentration', '40')).toBe('40'); // per cent, as typed
    flushSync();
    expect(nav.url.search).toBe('?city=Leuven&provider=ggw&t_top20=0.4');
    expect(vm.result!.alerts.filter((a) => a.kind === 'concentration').length).toBeGreaterThan(before);
    expect(vm.result!.alerts.every((a) => a.city === 'Leuven' && a.provider === 'ggw')).toBe(true);
    expect(source.fetched.length).toBe(fetched);
    expect(vm.shownThreshold('concentration')).toBe('40');
    vm.resetThresholds();
    flushSync();
    expect(vm.isDefault).toBe(true);
    stop();
  });

  it('reads "0,3" and "0.3" alike, shows the reader’s own form, and refuses what is no threshold', async () => {
    const nav = memoryNavigation('http://site.test/signalen/');
    const { vm, stop } = mount(() => new SignalsView(fixtureData(), nav));
    await settle();
    expect(vm.shownThreshold('representation')).toBe('0,5'); // Dutch by default
    expect(vm.setThreshold('representation', '0,3')).toBe('0,3');
    flushSync();
    expect(nav.url.searchParams.get('t_ri')).toBe('0.3');
    expect(vm.setThreshold('representation', '0.25')).toBe('0,25');
    flushSync();
    expect(nav.url.searchParams.get('t_ri')).toBe('0.25');
    expect(vm.setThreshold('newcomers', '12,5')).toBe('12,5'); // per cent
    flushSync();
    expect(nav.url.searchParams.get('t_new')).toBe('0.125');
    const before = nav.url.search;
    for (const bad of ['3,,0', 'abc', '', '9']) expect(vm.setThreshold('representation', bad), bad).toBeNull(); // 9 > 5
    expect(vm.setThreshold('concentration', '140')).toBeNull(); // over 100%
    flushSync();
    expect(nav.url.search).toBe(before);
    expect(vm.invalid.representation).toBe('9');
    expect(vm.invalid.concentration).toBe('140');
    expect(vm.setThreshold('representation', '0,3')).toBe('0,3');
    expect(vm.invalid.representation).toBeUndefined();
    stop();
  });

  it('makes a choice a new history entry, so the back button walks the views', async () => {
    const nav = memoryNavigation('http://site.test/signalen/');
    const { vm, stop } = mount(() => new SignalsView(fixtureData(), nav));
    await settle();
    vm.go({ provider: 'ggw' });
    vm.setThreshold('mixing', '0,4');
    expect(nav.history).toEqual(['push ?provider=ggw', 'push ?provider=ggw&t_mix=0.4']);
    stop();
  });

  it('links each alert to its evidence and its explanation, in the reader’s language', async () => {
    const { vm, stop } = mount(() => new SignalsView(fixtureData(), memoryNavigation('http://site.test/signalen/')));
    await settle();
    const a = vm.result!.alerts[0];
    expect(vm.evidenceHref('/wijk/', a)).toMatch(new RegExp(`^/wijk/\\?city=${a.city}&wijk=${a.wijk_id}&period=year&end=2026-11&provider=${a.provider}.*#[a-z-]+$`));
    expect(vm.explainHref('/uitleg/', 'mixing')).toBe('/uitleg/#alert-low_mixing');
    stop();
  });

  it('narrows to a wijk and a kind from the address, groups per wijk or per kind with counts', async () => {
    const source = fixtureSource();
    const all = mergeResults((['all', 'buurtwerk', 'ggw'] as const).map((p) => expected('2026-11', p)));
    const wijk = all.alerts[0].wijk_id;
    const nav = memoryNavigation(`http://site.test/signalen/?wijk=${wijk}`);
    const { vm, stop } = mount(() => new SignalsView(fixtureData(source), nav));
    await settle();
    expect(vm.shown!.alerts).toEqual(all.alerts.filter((a) => a.wijk_id === wijk));
    expect(vm.groups.map((g) => g.key)).toEqual([wijk]);
    expect(vm.groups[0].heading).toContain(`(${vm.shown!.alerts.length})`);
    expect(vm.counts.reduce((n, c) => n + c.alerts, 0)).toBe(vm.shown!.alerts.length);
    vm.go({ wijk: '', per: 'kind', alert: 'mixing' });
    flushSync();
    expect(nav.url.search).toBe('?alert=mixing&per=kind');
    const mixing = all.alerts.filter((a) => a.kind === 'mixing');
    expect(vm.groups.map((g) => [g.key, g.alerts.length])).toEqual(mixing.length ? [['mixing', mixing.length]] : []);
    // the table view and its CSV hold what is shown
    expect(vm.figures).toEqual(mixing.flatMap((a) => a.figures));
    stop();
  });

  it('says how long each repeating alert has gone on, from the monthly series', async () => {
    const { vm, stop } = mount(() => new SignalsView(fixtureData(), memoryNavigation('http://site.test/signalen/?period=month')));
    await settle();
    const series = new Map((['all', 'buurtwerk', 'ggw'] as const).map((p) => [p, fixtureSeries(p)]));
    const want = alertRuns(vm.shown!.alerts, series, vm.view!.end, DEFAULT_THRESHOLDS);
    expect(want.size).toBeGreaterThan(0); // the fixture has alerts that repeat
    expect(vm.runs).toEqual(want);
    for (const a of vm.shown!.alerts) {
      const r = want.get(alertKey(a));
      expect(vm.runText(a) !== '').toBe(!!r);
      if (r) expect(vm.runText(a)).toContain(`${r.months} maanden`);
    }
    stop();
  });
});
