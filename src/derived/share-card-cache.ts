/**
 * Share images drawn before, kept by a hash of everything they show: a
 * rebuild after editing one event draws only that event's card again.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { threadId } from 'node:worker_threads';
import { cardFonts } from './card-fonts.ts';
import { drawShareCard, type ShareCard } from './share-card.ts';

export interface ShareImageCache {
  dir: string;
  hits: number;
  renders: number;
  /** CPU time spent drawing, in milliseconds, summed over the threads: what a cold cache costs. */
  renderMs: number;
  /** Threads that drew (1: the calling thread). */
  threads: number;
}

export function shareImageCache(dir: string): ShareImageCache {
  mkdirSync(dir, { recursive: true });
  return { dir, hits: 0, renders: 0, renderMs: 0, threads: 1 };
}

/** Where the cache keeps a card: named by a hash of everything it shows. */
export function shareCardPath(c: ShareCard, cache: ShareImageCache): string {
  const key = createHash('sha256')
    .update(JSON.stringify(c))
    .update('card-v4')
    .digest('hex')
    .slice(0, 32);
  return join(cache.dir, `${key}.png`);
}

/**
 * Draws a card into the cache file `file`; gives the milliseconds of CPU time it took. Written under a temporary
 * name, then renamed: a build stopped half-way never leaves a torn PNG in the cache, and two
 * threads drawing the same card each leave a whole one.
 */
export async function drawIntoCache(c: ShareCard, file: string): Promise<number> {
  // This thread's CPU time, not the clock's: drawing threads run at the lowest priority and wait
  // while the pages render, and the clock would count the waiting. The fonts are loaded first and
  // the card drawn synchronously, so nothing else this thread does in the meantime is counted.
  const fonts = await cardFonts();
  const started = process.threadCpuUsage();
  const png = drawShareCard(c, fonts);
  const used = process.threadCpuUsage(started);
  const ms = (used.user + used.system) / 1000;
  const partial = `${file}.${process.pid}.${threadId}.partial`;
  writeFileSync(partial, png);
  renameSync(partial, file);
  return ms;
}

/** The cache file of a card, drawn first if nothing it shows has been drawn before. */
export async function cachedShareCardFile(c: ShareCard, cache: ShareImageCache): Promise<string> {
  const file = shareCardPath(c, cache);
  if (existsSync(file)) {
    cache.hits++;
    return file;
  }
  cache.renderMs += await drawIntoCache(c, file);
  cache.renders++;
  return file;
}

/** The PNG for a card, from the cache when nothing it shows has changed. */
export async function cachedShareCard(c: ShareCard, cache: ShareImageCache): Promise<Buffer> {
  return readFileSync(await cachedShareCardFile(c, cache));
}
