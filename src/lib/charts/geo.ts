import { geoArea, geoMercator, geoPath, type GeoPermissibleObjects } from 'd3';
import type { Feature, FeatureCollection, Geometry, Polygon, MultiPolygon, Position } from 'geojson';

export interface WijkProperties {
  wijk_id: string;
  wijk_name: string;
  city: string;
  nis_code?: string | null;
}

export type WijkFeature = Feature<Polygon | MultiPolygon, WijkProperties>;
export type WijkCollection = FeatureCollection<Polygon | MultiPolygon, WijkProperties>;

/** The order localeCompare gives, with one collator instead of one per comparison. */
const collate = new Intl.Collator().compare;

/** Mean Earth radius in km (IUGG), to turn d3's steradians into km². */
const EARTH_RADIUS_KM = 6371.0088;

const reverseRings = (rings: Position[][]) => rings.map((r) => [...r].reverse());

/**
 * GeoJSON (RFC 7946) winds outer rings counter-clockwise; d3-geo works on the
 * sphere and reads that as "everything except this polygon". Reverse the rings
 * of any polygon d3 sees as bigger than a hemisphere.
 */
export function rewindForD3(f: WijkFeature): WijkFeature {
  const g = f.geometry;
  let geometry: Geometry;
  if (g.type === 'Polygon') {
    geometry = geoArea({ type: 'Polygon', coordinates: g.coordinates }) > 2 * Math.PI ? { type: 'Polygon', coordinates: reverseRings(g.coordinates) } : g;
  } else {
    geometry = {
      type: 'MultiPolygon',
      coordinates: g.coordinates.map((p) => (geoArea({ type: 'Polygon', coordinates: p }) > 2 * Math.PI ? reverseRings(p) : p))
    };
  }
  return { ...f, geometry: geometry as Polygon | MultiPolygon };
}

/** Area in km² of a feature already wound for d3. */
export function areaKm2(f: WijkFeature): number {
  return geoArea(f as GeoPermissibleObjects) * EARTH_RADIUS_KM * EARTH_RADIUS_KM;
}

export interface ProjectedWijk {
  id: string;
  name: string;
  city: string;
  /** SVG path data. */
  d: string;
  areaKm2: number;
  /** Bounding box in SVG coordinates: [[x0, y0], [x1, y1]]. */
  bounds: [[number, number], [number, number]];
  /** Where a marker for the wijk goes, in SVG coordinates: the area centroid (the box's centre if d3 gives none). */
  centre: [number, number];
}

/**
 * Project the wijken of one city into a width x height box (Mercator, fitted
 * with a margin): one SVG path per wijk, sorted by id. `digits` rounds the path
 * coordinates (1 = a tenth of a unit: invisible on screen, a much shorter path).
 */
export function projectWijken(features: WijkFeature[], width: number, height: number, pad = 4, digits?: number): ProjectedWijk[] {
  const wound = features.map(rewindForD3);
  const fc = { type: 'FeatureCollection', features: wound } as WijkCollection;
  const projection = geoMercator().fitExtent(
    [
      [pad, pad],
      [width - pad, height - pad]
    ],
    fc
  );
  const path = geoPath(projection);
  if (digits !== undefined) path.digits(digits);
  return wound
    .map((f) => {
      const bounds = path.bounds(f);
      return {
        id: f.properties.wijk_id,
        name: f.properties.wijk_name,
        city: f.properties.city,
        d: path(f) ?? '',
        areaKm2: areaKm2(f),
        bounds,
        centre: markerPoint(path.centroid(f), bounds)
      };
    })
    .sort((a, b) => collate(a.id, b.id));
}

function markerPoint(c: [number, number], [[x0, y0], [x1, y1]]: [[number, number], [number, number]]): [number, number] {
  const inside = Number.isFinite(c[0]) && Number.isFinite(c[1]) && c[0] >= x0 && c[0] <= x1 && c[1] >= y0 && c[1] <= y1;
  return inside ? c : [(x0 + x1) / 2, (y0 + y1) / 2];
}

/** The wijken per city, cities sorted by name. */
export function wijkenByCity(fc: WijkCollection): Map<string, WijkFeature[]> {
  const out = new Map<string, WijkFeature[]>();
  for (const f of [...fc.features].sort((a, b) => collate(a.properties.city, b.properties.city))) {
    const list = out.get(f.properties.city) ?? [];
    list.push(f);
    out.set(f.properties.city, list);
  }
  return out;
}
