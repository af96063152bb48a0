/**
 * A small map drawn at build time as SVG: country outlines from Natural
 * Earth (the world-atlas package, 1:110m) around the places to show, and a
 * dot for each. No tiles and no network.
 */
import { geoBounds, geoMercator, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import countries110m from 'world-atlas/countries-110m.json' with { type: 'json' };

export interface MapPoint {
  id: string;
  name: string;
  lat: number;
  lon: number;
}

export interface MapDrawing {
  width: number;
  height: number;
  countries: string[];
  points: (MapPoint & { x: number; y: number })[];
}

type Country = { feature: Feature<Geometry>; bounds: [[number, number], [number, number]] };
let world: Country[] | undefined;

/** The countries with their bounding boxes, worked out once per process. */
function countries(): Country[] {
  if (!world) {
    const topology = countries110m as unknown as Topology<{ countries: GeometryCollection }>;
    const collection = feature(topology, topology.objects.countries) as FeatureCollection<Geometry>;
    world = collection.features.map((country) => ({
      feature: country,
      bounds: geoBounds(country),
    }));
  }
  return world;
}

/**
 * A range of longitudes as pieces within −180…180: a range across the antimeridian (west > east) is
 * two.
 */
function longitudes(west: number, east: number): [number, number][] {
  if (east - west >= 360) return [[-180, 180]];
  // Only the start is wrapped (wrapping both ends turned a range ending at 180° into one ending at
  // −180°).
  const from = ((((west + 180) % 360) + 360) % 360) - 180;
  const to = from + (east - west);
  return to <= 180
    ? [[from, to]]
    : [
        [from, 180],
        [-180, to - 360],
      ];
}

type View = { west: number; east: number; south: number; north: number };

/** Whether a country's bounding box can reach into the visible longitudes and latitudes. */
function mayShow(bounds: Country['bounds'], view: View): boolean {
  const [[west, south], [east, north]] = bounds;
  if (north < view.south || south > view.north) return false;
  const seen = longitudes(view.west, view.east);
  return longitudes(west, west <= east ? east : east + 360).some(([a, b]) =>
    seen.some(([c, d]) => a <= d && b >= c),
  );
}

/**
 * Fits the places (with a margin of `pad` degrees) into the frame and projects outlines and dots.
 */
export function drawMap(
  points: readonly MapPoint[],
  size = { width: 640, height: 400 },
  pad = 6,
): MapDrawing {
  const lats = points.map((p) => p.lat);
  const lons = points.map((p) => p.lon);
  const [south, north] = [
    Math.max(-80, Math.min(...lats) - pad),
    Math.min(80, Math.max(...lats) + pad),
  ];
  const [west, east] = [
    Math.max(-180, Math.min(...lons) - pad * 1.5),
    Math.min(180, Math.max(...lons) + pad * 1.5),
  ];
  const frame: FeatureCollection = {
    type: 'FeatureCollection',
    features: [
      {
        type: 'Feature',
        properties: {},
        geometry: {
          type: 'MultiPoint',
          coordinates: [
            [west, south],
            [east, north],
            [west, north],
            [east, south],
          ],
        },
      },
    ],
  };
  const projection = geoMercator()
    .fitExtent(
      [
        [0, 0],
        [size.width, size.height],
      ],
      frame,
    )
    .clipExtent([
      [0, 0],
      [size.width, size.height],
    ]);
  const path = geoPath(projection).digits(1);
  // Projecting and clipping every country for every map was most of its cost: skip those that
  // cannot be in the frame. What the frame shows: Mercator maps longitude linearly, so its width in
  // degrees follows from the scale (a degree of margin all round).
  const [centre, top] = projection.invert!([size.width / 2, 0])!;
  const bottom = projection.invert!([size.width / 2, size.height])![1];
  const halfWidth = (size.width / 2 / projection.scale()) * (180 / Math.PI) + 1;
  const view = {
    west: centre - halfWidth,
    east: centre + halfWidth,
    south: bottom - 1,
    north: top + 1,
  };
  const outlines = countries()
    .filter((country) => mayShow(country.bounds, view))
    .map((country) => path(country.feature))
    .filter((d): d is string => Boolean(d));
  return {
    ...size,
    countries: outlines,
    points: points.map((p) => {
      const [x, y] = projection([p.lon, p.lat]) ?? [0, 0];
      return { ...p, x: Math.round(x * 10) / 10, y: Math.round(y * 10) / 10 };
    }),
  };
}
