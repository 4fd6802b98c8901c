/**
 * The map's box and how a city's wijken are projected into it: one definition for the
 * build (which embeds the first city's paths in the page) and the browser (which
 * projects another city when the reader switches), so both draw the same shapes.
 */
import { projectWijken, type ProjectedWijk, type WijkFeature } from '../charts/geo';

export const MAP_BOX = { width: 400, height: 400, pad: 4, digits: 1 } as const;

export function projectCity(features: WijkFeature[] | undefined): ProjectedWijk[] {
  return features ? projectWijken(features, MAP_BOX.width, MAP_BOX.height, MAP_BOX.pad, MAP_BOX.digits) : [];
}
