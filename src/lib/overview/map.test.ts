import { WIJKEN } from '../charts/wijken-data';
import { describe, expect, it } from 'vitest';
import { projectWijken, wijkenByCity, type WijkCollection } from '../charts/geo';
import { MAP_BOX, projectCity } from './map';

// The boundaries as the pages bundle them.
const fc: WijkCollection = WIJKEN;

describe('the overview map box', () => {
  it('projects a city exactly as the build does, with paths rounded to a tenth', () => {
    const leuven = wijkenByCity(fc).get('Leuven')!;
    const a = projectCity(leuven);
    expect(a).toEqual(projectWijken(leuven, MAP_BOX.width, MAP_BOX.height, MAP_BOX.pad, MAP_BOX.digits));
    expect(a).toHaveLength(24);
    expect(a.every((w) => !/\.\d\d/.test(w.d))).toBe(true);
  });
  it('draws nothing for a city without boundaries', () => {
    expect(projectCity(undefined)).toEqual([]);
  });
});
