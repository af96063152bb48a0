/**
 * Every event's share image in og/<id>.png: taken from the cache when nothing
 * the card shows has changed (a hard link, or a copy across file systems),
 * drawn otherwise. Runs in the build's worker thread, so neither drawing nor
 * copying holds up Astro's pages.
 */
import { copyFileSync, linkSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { formatDateRange } from '../lib/calendar.ts';
import { cachedShareCardFile, type ShareCard, type ShareImageCache } from '../lib/share-image.ts';
import { sharePath } from '../lib/urls.ts';
import type { DataOf, DerivedContent } from './content.ts';

/** What an event's card shows. */
export function shareCardOf(data: DataOf<'events'>, siteTitle: string): ShareCard {
  return {
    siteTitle,
    date: formatDateRange(data.start, data.end),
    title: data.title,
    summary: data.summary,
    status: data.status === 'happened' ? undefined : data.status,
    sources: new Set(data.sources.map((c) => c.source)).size,
  };
}

/** Puts a file at `to` without copying its bytes where the file system allows. */
function place(from: string, to: string): void {
  try {
    linkSync(from, to);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    // EXDEV: another file system; EPERM/ENOTSUP: one without hard links.
    if (code !== 'EXDEV' && code !== 'EPERM' && code !== 'ENOTSUP') throw error;
    copyFileSync(from, to);
  }
}

export async function writeShareImages(content: DerivedContent, cache: ShareImageCache, outDir: string): Promise<void> {
  mkdirSync(join(outDir, 'og'), { recursive: true });
  for (const event of content.events) {
    const file = await cachedShareCardFile(shareCardOf(event.data, content.site.title), cache);
    place(file, join(outDir, sharePath(event.id)));
  }
}
