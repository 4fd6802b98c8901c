import { describe, expect, it } from 'vitest';
import { fixtureSource } from '../cube/testing';
import type { FigureSource } from '../cube/types';
import { DataInUse } from './in-use.svelte';

const shipped = () => {
  let calls = 0;
  const source = fixtureSource();
  return { calls: () => calls, make: () => (calls++, Promise.resolve(source as FigureSource)) };
};

describe('the one owner of the data in use', () => {
  it('starts with the demo, or with the published figures on a published site', async () => {
    const s = shipped();
    const demo = new DataInUse({ published: false, shipped: s.make });
    expect([demo.state, demo.label.kind, demo.ready]).toEqual(['demo', 'demo', true]);
    expect(await demo.source()).toBeDefined();
    expect(new DataInUse({ published: true, shipped: s.make }).label.kind).toBe('published');
  });

  it('fetches the shipped figures once, and again after a failure', async () => {
    let n = 0;
    const data = new DataInUse({ published: false, shipped: () => (++n === 1 ? Promise.reject(new Error('offline')) : Promise.resolve(fixtureSource())) });
    await expect(data.source()).rejects.toThrow('offline');
    await data.source();
    await data.source();
    expect(n).toBe(2);
  });

  it('switches every page to own figures, and back to the shipped ones; each change is a new version', async () => {
    const s = shipped();
    const data = new DataInUse({ published: false, shipped: s.make });
    const v0 = data.version;
    let disposed = 0;
    const own = { ...fixtureSource(), dispose: () => disposed++ };
    data.useOwn(own, { name: 'Stad 2026', fingerprint: 'ab12cd34ef' });
    expect([data.state, data.label]).toEqual(['own', { kind: 'own', name: 'Stad 2026', fingerprint: 'ab12cd34ef' }]);
    expect(await data.source()).toBe(own);
    expect(data.version).toBeGreaterThan(v0);
    data.useShipped();
    expect(data.state).toBe('demo');
    expect(disposed).toBe(1);
    const v1 = data.version;
    data.useShipped();
    expect(data.version).toBe(v1);
  });

  it('never offers the demo while own data are opening, or when the address names data not held here', () => {
    const data = new DataInUse({ published: false, shipped: shipped().make });
    data.opening({ name: 'Stad 2026', fingerprint: 'ab12cd34ef' });
    expect([data.state, data.ready, data.source()]).toEqual(['opening', false, null]);
    data.missing('0011223344');
    expect([data.state, data.label.fingerprint, data.ready, data.source()]).toEqual(['missing', '0011223344', false, null]);
  });
});
