import { describe, expect, it } from 'vitest';
import { fixtureScope, fixtureSeries, fixtureSource, FIXTURE_INDEX } from '../cube/testing';
import { initialOverview } from '../views/overview-first';
import { OVERVIEW_URL } from '../views/url';
import { i18n } from '../i18n/index.svelte';
import { OverviewView } from '../views/overview.svelte';
import { fixtureData, memoryNavigation, mount, settle } from '../views/testing.svelte';

describe('the Overzicht’s funnel plot', () => {
  it('places every shown wijk, marks the ones beyond 99.8% in the ranked table and says which they are', async () => {
    i18n.set('nl');
    const nav = memoryNavigation('http://site.test/?city=Leuven');
    const { vm, stop } = mount(() => new OverviewView(fixtureData(fixtureSource()), nav, { overview: null, geo: null }));
    await settle();
    const f = vm.funnel;
    expect(f.drawable).toBe(true);
    expect(f.p0).toBeGreaterThan(0);
    // L12 is the small wijk: no rate shown, so no dot; every other wijk is a dot at its population.
    expect(f.items.map((i) => i.key).sort()).toEqual(f.list.filter((w) => w.wijk_id !== 'L12').map((w) => w.wijk_id).sort());
    const beyond = f.list.filter((w) => w.verdict === 'above' || w.verdict === 'below');
    expect(beyond.length).toBeGreaterThan(0);
    for (const w of beyond) {
      expect(f.marks.get(w.wijk_id)?.verdict).toBe(w.verdict);
      expect(f.summary).toContain(w.wijk_name);
      // the dot's accessible name carries the interval as published
      const item = f.items.find((i) => i.key === w.wijk_id)!;
      expect(item.aria).toContain(f.interval(w).split(' – ')[0]);
    }
    for (const w of f.list.filter((x) => x.verdict === 'within')) expect(f.summary).not.toContain(`${w.wijk_name} ligt`);
    expect(f.marks.get('L12')?.verdict).toBe('unknown');
    // the published interval as a rate (one decimal) and the z-score with two, as the catalogue writes them
    const dec = (n: number, d: number) => new Intl.NumberFormat('nl-BE', { minimumFractionDigits: d, maximumFractionDigits: d }).format(n);
    const shown = f.list.filter((w) => w.low?.value != null && w.high?.value != null && w.z?.value != null);
    expect(shown.length).toBeGreaterThan(0);
    for (const w of shown) {
      expect(f.interval(w)).toBe(`${dec(w.low!.value!, 1)} – ${dec(w.high!.value!, 1)}`);
      expect(f.z(w)).toBe(dec(w.z!.value!, 2));
    }
    // the CSV carries the figures of R2, R11 and R12, never a group's
    expect(new Set(f.figures.map((r) => r.metric))).toEqual(new Set(['reach_rate', 'reach_rate_low', 'reach_rate_high', 'reach_rate_z']));
    stop();
  });

  it('waits for the figures’ own index in the prerendered view (it carries no population), saying so rather than "no population"', () => {
    i18n.set('nl');
    const view = OVERVIEW_URL.defaults(FIXTURE_INDEX);
    const first = { overview: initialOverview(FIXTURE_INDEX, view, fixtureScope('year-2026-11-all'), fixtureSeries('all')), geo: null };
    const { vm, stop } = mount(() => new OverviewView(fixtureData(fixtureSource()), memoryNavigation('http://site.test/', false), first));
    expect(vm.ready).toBe(true);
    expect(vm.funnel.drawable).toBe(false);
    expect(vm.funnel.summary).toBe('Cijfers laden…');
    stop();
  });
});
