import { describe, expect, it } from 'vitest';
import { drawMap } from '../../src/lib/map.ts';

describe('map', () => {
  it('centres a single place and draws the countries around it', () => {
    const map = drawMap([{ id: 'riga', name: 'Riga', lat: 56.95, lon: 24.1 }], { width: 640, height: 400 });
    // Mercator stretches the north of the frame, so the place sits a little below the middle.
    expect(map.points[0]!.x).toBe(320);
    expect(map.points[0]!.y).toBeGreaterThan(180);
    expect(map.points[0]!.y).toBeLessThan(240);
    expect(map.countries.length).toBeGreaterThan(5);
    expect(map.countries.every((d) => d.startsWith('M'))).toBe(true);
  });

  it('keeps every place inside the frame', () => {
    const map = drawMap([
      { id: 'geneva', name: 'Geneva', lat: 46.2, lon: 6.14 },
      { id: 'kyiv', name: 'Kyiv', lat: 50.45, lon: 30.52 },
    ]);
    for (const p of map.points) {
      expect(p.x).toBeGreaterThan(0);
      expect(p.x).toBeLessThan(map.width);
      expect(p.y).toBeGreaterThan(0);
      expect(p.y).toBeLessThan(map.height);
    }
    expect(map.points[0]!.x).toBeLessThan(map.points[1]!.x);
  });
});
