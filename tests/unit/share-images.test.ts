/**
 * Share images in a build: cards already in the cache are placed at once; the others are drawn by
 * the pool (on every core, or in the calling thread for a few), each once however many events show
 * it.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { afterAll, describe, expect, it } from 'vitest';
import { drawCards, drawingThreads } from '../../src/derived/card-pool.ts';
import { writeShareImages } from '../../src/derived/share-images.ts';
import {
  cachedShareCardFile,
  shareCardPath,
  shareImageCache,
} from '../../src/derived/share-card-cache.ts';

const dir = mkdtempSync(join(tmpdir(), 'chronicle-share-images-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const card = (title: string) => ({
  siteTitle: 'Test site',
  date: '30 November 2021',
  title,
  summary: 'A summary.',
  sourcesQuoted: '1 source quoted',
});

describe('writeShareImages', () => {
  it('places cached cards, and draws a card that several events show once', async () => {
    const cache = shareImageCache(join(dir, 'cache'));
    const out = join(dir, 'out');
    await cachedShareCardFile(card('Drawn before'), cache);
    const cards = [
      { id: 'cached', card: card('Drawn before') },
      { id: 'missing', card: card('Never drawn') },
      { id: 'same-card', card: card('Never drawn') },
    ];
    await writeShareImages(cards, cache, out);
    for (const id of ['cached', 'missing', 'same-card'])
      expect(existsSync(join(out, 'og', `${id}.png`))).toBe(true);
    // One drawn before, one now; the third event's card is the second's file.
    expect({ hits: cache.hits, renders: cache.renders }).toEqual({ hits: 2, renders: 2 });
    expect(statSync(join(out, 'og', 'missing.png')).ino).toBe(
      statSync(join(out, 'og', 'same-card.png')).ino,
    );
  });

  it('draws many cards on two threads, each whole, into the cache and the output', async () => {
    const cache = shareImageCache(join(dir, 'pool-cache'));
    const out = join(dir, 'pool-out');
    const cards = Array.from({ length: 30 }, (_, i) => ({ id: `e${i}`, card: card(`Event ${i}`) }));
    await writeShareImages(cards, cache, out, { threads: 2 });
    expect(cache.threads).toBe(2);
    expect(cache.renders).toBe(30);
    expect(cache.renderMs).toBeGreaterThan(0);
    expect(readdirSync(join(out, 'og'))).toHaveLength(30);
    // Nothing half-written is left in the cache: 30 PNG files, each one decodes.
    const files = readdirSync(join(dir, 'pool-cache'));
    expect(files.filter((name) => name.endsWith('.png'))).toHaveLength(30);
    expect(files).toHaveLength(30);
    for (const name of files) {
      const { width, height } = PNG.sync.read(readFileSync(join(dir, 'pool-cache', name)));
      expect([width, height]).toEqual([1200, 630]);
    }
  });

  it('leaves a core to the pages until they are done, then draws on all', async () => {
    const cache = shareImageCache(join(dir, 'widen-cache'));
    const jobs = (from: number) =>
      Array.from({ length: 26 }, (_, i) => {
        const c = card(`Widened ${from + i}`);
        return { card: c, file: shareCardPath(c, cache) };
      });
    // Never widened: one thread draws them all, and the pool does not wait for the pages.
    const never = new Promise<void>(() => {});
    expect(await drawCards(jobs(0), () => {}, { threads: 2, widen: never })).toMatchObject({
      threads: 1,
    });
    // Widened at once: the second thread joins.
    let drawn = 0;
    const result = await drawCards(jobs(100), () => drawn++, {
      threads: 2,
      widen: Promise.resolve(),
    });
    expect({ drawn, threads: result.threads }).toEqual({ drawn: 26, threads: 2 });
  });

  it('sizes the pool to the cores, or to CHRONICLE_DRAW_THREADS', () => {
    expect(drawingThreads({ CHRONICLE_DRAW_THREADS: '3' })).toBe(3);
    expect(drawingThreads({})).toBeGreaterThanOrEqual(1);
    expect(drawingThreads({ CHRONICLE_DRAW_THREADS: 'many' })).toBe(drawingThreads({}));
  });
});
