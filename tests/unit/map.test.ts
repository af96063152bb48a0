import { describe, expect, it } from 'vitest';
import { drawMap } from '../../src/model/map.ts';

describe('map', () => {
  it('centres a single place and draws the countries around it', () => {
    const map = drawMap([{ id: 'port-town', name: 'Port Town', lat: 56.95, lon: 24.1 }], {
      width: 640,
      height: 400,
    });
    // Mercator stretches the north of the frame, so the place sits a little below the middle.
    expect(map.points[0]!.x).toBe(320);
    expect(map.points[0]!.y).toBeGreaterThan(180);
    expect(map.points[0]!.y).toBeLessThan(240);
    expect(map.countries.length).toBeGreaterThan(5);
    expect(map.countries.every((d) => d.startsWith('M'))).toBe(true);
  });

  it('keeps every place inside the frame', () => {
    const map = drawMap([
      { id: 'west-harbour', name: 'West Harbour', lat: 46.2, lon: 6.14 },
      { id: 'east-harbour', name: 'East Harbour', lat: 50.45, lon: 30.52 },
    ]);
    for (const p of map.points) {
      expect(p.x).toBeGreaterThan(0);
      expect(p.x).toBeLessThan(map.width);
      expect(p.y).toBeGreaterThan(0);
      expect(p.y).toBeLessThan(map.height);
    }
    expect(map.points[0]!.x).toBeLessThan(map.points[1]!.x);
  });

  it('draws the countries on both sides of the antimeridian', () => {
    // Anadyr, in Chukotka: the frame reaches past 180° into Alaska.
    const map = drawMap(
      [{ id: 'anadyr', name: 'Anadyr', lat: 64.73, lon: 177.5 }],
      { width: 640, height: 400 },
      20,
    );
    expect(map.countries.length).toBeGreaterThanOrEqual(2);
    const xs = map.countries.flatMap((d) =>
      [...d.matchAll(/M(-?[\d.]+)/g)].map((m) => Number(m[1])),
    );
    // Outlines start on both halves of the frame: Asia to the west of the place, Alaska to the east.
    expect(xs.some((x) => x < 320)).toBe(true);
    expect(xs.some((x) => x > 320)).toBe(true);
  });

  it('leaves out no country a frame round the world shows', () => {
    const everywhere = drawMap(
      [
        { id: 'a', name: 'A', lat: -60, lon: -170 },
        { id: 'b', name: 'B', lat: 70, lon: 170 },
      ],
      { width: 640, height: 400 },
    );
    // world-atlas 1:110m has 177 countries; only those wholly cut away by the frame's latitudes may
    // be missing.
    expect(everywhere.countries.length).toBeGreaterThan(170);
  });
});
