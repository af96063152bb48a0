/**
 * Share images drawn before, kept by a hash of everything they show: a
 * rebuild after editing one event draws only that event's card again.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderShareCard, type ShareCard } from './share-card.ts';

export interface ShareImageCache {
  dir: string;
  hits: number;
  renders: number;
  /** Time spent drawing, in milliseconds: what a cold cache costs. */
  renderMs: number;
}

export function shareImageCache(dir: string): ShareImageCache {
  mkdirSync(dir, { recursive: true });
  return { dir, hits: 0, renders: 0, renderMs: 0 };
}

/** Where the cache keeps a card: named by a hash of everything it shows. */
export function shareCardPath(c: ShareCard, cache: ShareImageCache): string {
  const key = createHash('sha256')
    .update(JSON.stringify(c))
    .update('card-v2')
    .digest('hex')
    .slice(0, 32);
  return join(cache.dir, `${key}.png`);
}

/** The cache file of a card, drawn first if nothing it shows has been drawn before. */
export async function cachedShareCardFile(c: ShareCard, cache: ShareImageCache): Promise<string> {
  const file = shareCardPath(c, cache);
  if (existsSync(file)) {
    cache.hits++;
    return file;
  }
  const started = performance.now();
  const png = await renderShareCard(c);
  cache.renderMs += performance.now() - started;
  // Written under a temporary name, then renamed: a build stopped half-way never leaves a torn PNG
  // in the cache.
  const partial = `${file}.${process.pid}.partial`;
  writeFileSync(partial, png);
  renameSync(partial, file);
  cache.renders++;
  return file;
}

/** The PNG for a card, from the cache when nothing it shows has changed. */
export async function cachedShareCard(c: ShareCard, cache: ShareImageCache): Promise<Buffer> {
  return readFileSync(await cachedShareCardFile(c, cache));
}
