/**
 * Makes every file that comes from the content rather than from a page (the
 * open-data exports, the share images and the search index) and writes them
 * into a folder laid out like the site. The build runs this in a worker
 * thread (see companion.ts) while Astro renders the pages.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { close as closePagefind } from 'pagefind';
import { shareImageCache } from '../lib/share-image.ts';
import { derivedContent, readDerivedContent, type ContentRecords } from './content.ts';
import { exportFiles } from './export-files.ts';
import { searchIndex, writeSearchIndex } from './search-index.ts';
import { writeShareImages } from './share-images.ts';

export interface WriteAllOptions {
  /** The validated records, when the caller has them; otherwise they are read from contentRoot. */
  content?: ContentRecords | undefined;
  contentRoot: string;
  projectRoot: string;
  outDir: string;
  shareImageCacheDir: string;
}

export interface WriteAllSummary {
  events: number;
  exports: number;
  shareImages: { fromCache: number; drawn: number; drawMs: number };
  /** Milliseconds spent on each part, for the build log and the benchmark. */
  ms: { read: number; exports: number; shareImages: number; search: number };
}

export async function writeAll(options: WriteAllOptions): Promise<WriteAllSummary> {
  const clock = () => performance.now();
  let started = clock();
  const lap = () => {
    const now = clock();
    const ms = Math.round(now - started);
    started = now;
    return ms;
  };
  const content = options.content ? derivedContent(options.content) : readDerivedContent(options.contentRoot, options.projectRoot);
  const read = lap();
  // The indexer is a separate process: start it first so it works while this thread makes the rest.
  const indexing = searchIndex(content);
  const files = await exportFiles(content);
  for (const file of files) {
    const path = join(options.outDir, file.path);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, file.body);
  }
  const exports = lap();
  const cache = shareImageCache(options.shareImageCacheDir);
  await writeShareImages(content, cache, options.outDir);
  const shareImages = lap();
  try {
    await writeSearchIndex(await indexing, options.outDir);
  } finally {
    await closePagefind();
  }
  const search = lap();
  return {
    events: content.events.length,
    exports: files.length,
    shareImages: { fromCache: cache.hits, drawn: cache.renders, drawMs: Math.round(cache.renderMs) },
    ms: { read, exports, shareImages, search },
  };
}
