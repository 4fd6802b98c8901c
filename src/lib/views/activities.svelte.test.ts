import { describe, expect, it } from 'vitest';
import { flushSync } from 'svelte';
import { activityLines, sortActivities } from '../activities/list';
import { fixtureScope, fixtureSource, FIXTURE_INDEX } from '../cube/testing';
import { i18n } from '../i18n/index.svelte';
import { ActivitiesView } from './activities.svelte';
import { fixtureData, memoryNavigation, mount, settle } from './testing.svelte';

describe('the activities page view-model (B9)', () => {
  it('lists every activity of the city with its name, wijk and provider, hidden ones as hidden and last', async () => {
    i18n.set('nl');
    const source = fixtureSource();
    const { vm, stop } = mount(() => new ActivitiesView(fixtureData(source), memoryNavigation('http://site.test/activiteiten/?dimension=age_band')));
    await settle();
    expect(source.fetched).toEqual(['scope:year-2026-11-all']);
    expect(vm.ready).toBe(true);
    const leuven = FIXTURE_INDEX.activities.filter((a) => a.wijk_id.startsWith('L'));
    expect(vm.lines.map((l) => l.activity_id).sort()).toEqual(leuven.map((a) => a.activity_id).sort());
    const tiny = vm.lines.find((l) => l.activity_id === 'AL12B')!;
    expect([tiny.value, tiny.ratio?.suppressed, vm.cell(tiny.participants)]).toEqual([null, 'below_k', '<5']);
    expect(vm.sorted.at(-1)!.activity_id).toBe('AL12B');
    // sorted by mixing ratio, highest first; each line's figures are those the scope publishes for it
    const values = vm.sorted.filter((l) => l.value !== null).map((l) => l.value!);
    expect(values).toEqual([...values].sort((a, b) => b - a));
    const rows = fixtureScope('year-2026-11-all');
    for (const l of vm.lines.filter((x) => x.value !== null)) {
      const r = rows.find((x) => x.metric === 'activity_mixing_ratio' && x.group === l.activity_id && x.dimension === 'age_band')!;
      expect(l.value).toBe(r.value);
      expect(l.provider).toBe(r.provider);
      expect(l.wijk_name).toBe(FIXTURE_INDEX.wijken.find((w) => w.wijk_id === l.wijk_id)!.wijk_name);
      // written by their own kind of number: counts whole, shares in %, the ratio with two decimals
      expect(vm.cell(l.participants)).toMatch(/^\d[\d.]*$/);
      expect(vm.cell(l.bridging)).toMatch(/^\d+(,\d)?\s?%$/);
      expect(vm.cell(l.ratio)).toBe(new Intl.NumberFormat('nl-BE', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(r.value!));
    }
    expect(vm.summary).toMatch(/^Van de 8 activiteiten met cijfers in Leuven/);
    expect(vm.summary).toContain('1 activiteit heeft te weinig deelnemers');
    // no figure about a person: the CSV holds B9 rows only
    expect(vm.figures.every((r) => r.metric.startsWith('activity_') && r.group.startsWith('A'))).toBe(true);
    // the chart: shown activities only, most mixing first, each dot named with its figures
    expect(vm.chartRows.map((r) => r.key)).toEqual(vm.sorted.filter((l) => l.value !== null).map((l) => l.activity_id));
    expect(vm.chartRows.map((r) => r.key)).not.toContain('AL12B');
    for (const r of vm.chartRows) expect(r.aria).toContain(vm.lines.find((l) => l.activity_id === r.key)!.name);
    expect(vm.chartSummary).toContain(vm.extremes[0].name);
    // sorting on a column, and again to turn it round; hidden values stay last either way
    vm.sortOn('participants');
    flushSync();
    expect(vm.sortDir).toBe('descending');
    vm.sortOn('participants');
    flushSync();
    expect(vm.sortDir).toBe('ascending');
    expect(vm.sorted.at(-1)!.activity_id).toBe('AL12B');
    stop();
  });

  it('filters by provider type and by wijk through the address', async () => {
    const { vm, stop } = mount(() => new ActivitiesView(fixtureData(), memoryNavigation('http://site.test/activiteiten/?provider=ggw&wijk=L02')));
    await settle();
    expect(vm.lines.map((l) => [l.activity_id, l.provider])).toEqual([['AL02G', 'ggw']]);
    vm.setCity('Sint-Niklaas');
    await settle();
    expect(vm.view?.wijk).toBe('');
    expect(vm.lines).toEqual([]);
    expect(vm.summary).toMatch(/^Geen activiteiten met cijfers in Sint-Niklaas/);
    stop();
  });

  it('puts a bridging share against chance: the gap is bridging minus expected, in points', () => {
    const lines = activityLines(fixtureScope('year-2026-11-all'), FIXTURE_INDEX, { city: 'Leuven', dimension: 'origin', provider: 'all', wijk: '' });
    const byGap = sortActivities(lines, 'gap', 'descending').filter((l) => l.value !== null);
    const gaps = byGap.map((l) => l.bridging!.value! - l.expected!.value!);
    expect(gaps).toEqual([...gaps].sort((a, b) => b - a));
    // a mixing ratio above 1 is a bridging share above chance, and the other way round (B5 = B2 / B4)
    for (const l of byGap) expect(l.value! > 1).toBe(l.bridging!.value! > l.expected!.value!);
  });
});
