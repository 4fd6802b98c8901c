import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { projectWijken, wijkenByCity, type WijkCollection } from '../charts/geo';
import { MAP_BOX, projectCity } from './map';

const fc = JSON.parse(readFileSync(fileURLToPath(new URL('../../../data/wijken.geojson', import.meta.url)), 'utf8')) as WijkCollection;

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
