import { WIJKEN } from './wijken-data';
import { describe, it, expect } from 'vitest';
import { geoArea } from 'd3';
import { projectWijken, rewindForD3, wijkenByCity, type WijkCollection } from './geo';

// The boundaries as the pages bundle them.
const fc: WijkCollection = WIJKEN;

describe('wijk maps', () => {
  it('groups the 45 wijken into Leuven (24) and Sint-Niklaas (21)', () => {
    const by = wijkenByCity(fc);
    expect([...by.keys()]).toEqual(['Leuven', 'Sint-Niklaas']);
    expect(by.get('Leuven')).toHaveLength(24);
    expect(by.get('Sint-Niklaas')).toHaveLength(21);
  });

  it('rewinds RFC 7946 rings so that d3 sees small polygons, not the rest of the globe', () => {
    for (const f of fc.features) expect(geoArea(rewindForD3(f))).toBeLessThan(1e-4);
  });

  it('gives every wijk a non-empty path inside the box, and fills the box', () => {
    const W = 320;
    const H = 360;
    let total = 0;
    for (const [, features] of wijkenByCity(fc)) {
      const ws = projectWijken(features, W, H, 4);
      total += ws.length;
      let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
      for (const w of ws) {
        expect(w.d.length).toBeGreaterThan(20);
        expect(w.d.startsWith('M')).toBe(true);
        expect(w.d).not.toMatch(/NaN/);
        const [[a, b], [c, d]] = w.bounds;
        expect(w.centre[0]).toBeGreaterThanOrEqual(a);
        expect(w.centre[0]).toBeLessThanOrEqual(c);
        expect(w.centre[1]).toBeGreaterThanOrEqual(b);
        expect(w.centre[1]).toBeLessThanOrEqual(d);
        expect(c - a).toBeGreaterThan(1);
        expect(d - b).toBeGreaterThan(1);
        x0 = Math.min(x0, a); y0 = Math.min(y0, b); x1 = Math.max(x1, c); y1 = Math.max(y1, d);
      }
      expect(x0).toBeGreaterThanOrEqual(4 - 1e-6);
      expect(y0).toBeGreaterThanOrEqual(4 - 1e-6);
      expect(x1).toBeLessThanOrEqual(W - 4 + 1e-6);
      expect(y1).toBeLessThanOrEqual(H - 4 + 1e-6);
      // fitted: touches both sides in at least one dimension
      const fitsW = Math.abs(x1 - x0 - (W - 8)) < 0.5;
      const fitsH = Math.abs(y1 - y0 - (H - 8)) < 0.5;
      expect(fitsW || fitsH).toBe(true);
    }
    expect(total).toBe(45);
  });

  it('computes plausible areas: Leuven about 57 km², Sint-Niklaas about 84 km²', () => {
    const by = wijkenByCity(fc);
    const sum = (c: string) => projectWijken(by.get(c)!, 100, 100).reduce((s, w) => s + w.areaKm2, 0);
    expect(sum('Leuven')).toBeGreaterThan(54);
    expect(sum('Leuven')).toBeLessThan(60);
    expect(sum('Sint-Niklaas')).toBeGreaterThan(80);
    expect(sum('Sint-Niklaas')).toBeLessThan(88);
  });

  it('rounds path coordinates when asked, without moving the shapes', () => {
    const features = wijkenByCity(fc).get('Leuven')!;
    const full = projectWijken(features, 400, 400);
    const round = projectWijken(features, 400, 400, 4, 1);
    for (let i = 0; i < full.length; i++) {
      expect(round[i].id).toBe(full[i].id);
      expect(round[i].d.length).toBeLessThan(full[i].d.length);
      const nums = (d: string) => d.match(/-?\d+(\.\d+)?/g)!.map(Number);
      const a = nums(full[i].d);
      const b = nums(round[i].d);
      expect(b).toHaveLength(a.length);
      for (let j = 0; j < a.length; j++) expect(Math.abs(a[j] - b[j])).toBeLessThanOrEqual(0.05 + 1e-9);
      expect(round[i].d).not.toMatch(/\.\d\d/);
    }
  });
});
