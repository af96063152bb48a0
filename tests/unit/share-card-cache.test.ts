import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cachedShareCard, shareImageCache } from '../../src/derived/share-card-cache.ts';

const dir = mkdtempSync(join(tmpdir(), 'chronicle-cards-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const card = {
  siteTitle: 'Site',
  date: '30 November 2021',
  title: 'Kalnėda, Žolūnė and Ąžuolų → Port Town',
  summary: 'A summary.',
  sourcesQuoted: '2 sources quoted',
};

describe('share images', () => {
  it('renders a 1200×630 PNG', async () => {
    const png = await cachedShareCard(card, shareImageCache(dir));
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
  });

  it('renders again only what changed', async () => {
    const cache = shareImageCache(dir);
    await cachedShareCard(card, cache);
    await cachedShareCard({ ...card, title: 'Another title' }, cache);
    await cachedShareCard(card, cache);
    expect({ hits: cache.hits, renders: cache.renders }).toEqual({ hits: 2, renders: 1 });
    expect(readdirSync(dir)).toHaveLength(2);
  });
});
