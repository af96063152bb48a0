/**
 * A small map drawn at build time as SVG: country outlines from Natural
 * Earth (the world-atlas package, 1:110m) around the places to show, and a
 * dot for each. No tiles and no network.
 */
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { geoMercator, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import type { FeatureCollection, Geometry } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';

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

const require = createRequire(import.meta.url);
let world: FeatureCollection<Geometry> | undefined;

function countries(): FeatureCollection<Geometry> {
  if (!world) {
    const topology = JSON.parse(readFileSync(require.resolve('world-atlas/countries-110m.json'), 'utf8')) as Topology<{ countries: GeometryCollection }>;
    world = feature(topology, topology.objects.countries) as FeatureCollection<Geometry>;
  }
  return world;
}

/** Fits the places (with a margin of `pad` degrees) into the frame and projects outlines and dots. */
export function drawMap(points: readonly MapPoint[], size = { width: 640, height: 400 }, pad = 6): MapDrawing {
  const lats = points.map((p) => p.lat);
  const lons = points.map((p) => p.lon);
  const [south, north] = [Math.max(-80, Math.min(...lats) - pad), Math.min(80, Math.max(...lats) + pad)];
  const [west, east] = [Math.max(-180, Math.min(...lons) - pad * 1.5), Math.min(180, Math.max(...lons) + pad * 1.5)];
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
  const outlines = countries()
    .features.map((country) => path(country))
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
