/**
 * Share images in a build: cards already in the cache are placed at once; the others are drawn only
 * once the pages are done.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeShareImages } from '../../src/derived/share-images.ts';
import { cachedShareCardFile, shareImageCache } from '../../src/derived/share-card-cache.ts';

const dir = mkdtempSync(join(tmpdir(), 'chronicle-share-order-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const card = (title: string) => ({
  siteTitle: 'Test site',
  date: '30 November 2021',
  title,
  summary: 'A summary.',
  sourcesQuoted: '1 source quoted',
});

describe('writeShareImages', () => {
  it('places cached cards at once and draws the missing ones only when drawing is allowed', async () => {
    const cache = shareImageCache(join(dir, 'cache'));
    const out = join(dir, 'out');
    const cards = [
      { id: 'cached', card: card('Drawn before') },
      { id: 'missing', card: card('Never drawn') },
    ];
    await cachedShareCardFile(cards[0]!.card, cache);
    let allow: () => void = () => {};
    const gate = new Promise<void>((resolve) => (allow = resolve));
    const writing = writeShareImages(cards, cache, out, () => gate);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(existsSync(join(out, 'og', 'cached.png'))).toBe(true);
    expect(existsSync(join(out, 'og', 'missing.png'))).toBe(false);
    expect(cache.renders).toBe(1);
    allow();
    await writing;
    expect(existsSync(join(out, 'og', 'missing.png'))).toBe(true);
    expect({ hits: cache.hits, renders: cache.renders }).toEqual({ hits: 1, renders: 2 });
  });
});
