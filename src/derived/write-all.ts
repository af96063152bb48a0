/**
 * Makes every file that comes from the content rather than from a page (the
 * open-data exports, the share images and the search index) and writes them
 * into a folder laid out like the site. The build runs this in a worker
 * thread (see companion.ts) while Astro renders the pages.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { close as closePagefind } from 'pagefind';
import { shareImageCache } from './share-card-cache.ts';
import {
  workerModel,
  readWorkerModel,
  type WorkerRecords,
  type WorkerModel,
} from './model-input.ts';
import { embedFiles } from './embed-files.ts';
import { exportFiles, type DerivedFile } from './export-files.ts';
import { searchIndexFiles } from './search-index.ts';
import { shareCards, writeShareImages } from './share-images.ts';

export interface WriteAllOptions {
  /** The validated records, when the caller has them; otherwise they are read from contentRoot. */
  records?: WorkerRecords | undefined;
  contentRoot: string;
  projectRoot: string;
  outDir: string;
  shareImageCacheDir: string;
  /**
   * Resolves when Astro's pages are done: until then share cards are drawn on one core fewer than
   * the machine has, leaving one to the pages.
   */
  pagesDone?: Promise<void> | undefined;
}

export interface WriteAllSummary {
  events: number;
  exports: number;
  /** Embed documents and oEmbed files. */
  embeds: number;
  shareImages: {
    fromCache: number;
    drawn: number;
    /** CPU time spent drawing, summed over the threads that drew. */
    drawMs: number;
    threads: number;
  };
  /** Milliseconds spent on each part, for the build log and the benchmark. */
  ms: { read: number; exports: number; embeds: number; shareImages: number; search: number };
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
  let model: WorkerModel | undefined = options.records
    ? workerModel(options.records)
    : readWorkerModel(options.contentRoot, options.projectRoot);
  // Held here only: at 10,000 events the records are a few hundred megabytes, and the model made
  // from them is let go before the wait for the drawing.
  options.records = undefined;
  const read = lap();
  // Drawing goes first, in threads of its own (an empty cache makes it by far the longest part),
  // and works while this thread writes the rest; it needs only the cards.
  const cache = shareImageCache(options.shareImageCacheDir);
  const cards = shareCards(model);
  const events = model.events.length;
  const drawing = writeShareImages(cards, cache, options.outDir, { widen: options.pagesDone });
  // Until it is awaited below, a failure must not surface as an unhandled rejection.
  drawing.catch(() => {});
  const shareImagesPlaced = lap();
  // The indexer is a separate process: start it first so it works while this thread writes the
  // exports.
  const indexing = searchIndexFiles(model);
  const exports = await writeExports(model, options.outDir);
  const exportsMs = lap();
  const embeds = writeDerived(options.outDir, embedFiles(model));
  const embedsMs = lap();
  try {
    const index = await indexing;
    writeDerived(
      join(options.outDir, 'pagefind'),
      Array.from(index, ([path, body]) => ({ path, body })),
    );
  } finally {
    await closePagefind();
  }
  const search = lap();
  // Not useless: this function waits for the drawing, and until then its variables keep what they
  // point to.
  // eslint-disable-next-line no-useless-assignment
  model = undefined;
  await drawing;
  // Placing the cached cards, and waiting for the drawing once the rest was written.
  const shareImages = shareImagesPlaced + lap();
  return {
    events,
    exports,
    embeds,
    shareImages: {
      fromCache: cache.hits,
      drawn: cache.renders,
      drawMs: Math.round(cache.renderMs),
      threads: cache.threads,
    },
    ms: { read, exports: exportsMs, embeds: embedsMs, shareImages, search },
  };
}

/**
 * Writes the export files and lets go of their text (events.json alone is tens of megabytes at
 * 10,000 events); gives their number.
 */
async function writeExports(model: WorkerModel, outDir: string): Promise<number> {
  return writeDerived(outDir, await exportFiles(model));
}

/**
 * Writes files made from the content into the site's folder, as they come (each let go once
 * written); gives their number.
 */
function writeDerived(
  outDir: string,
  files: Iterable<Pick<DerivedFile, 'path'> & { body: string | Uint8Array }>,
): number {
  let count = 0;
  // Each folder made once: the 11,000 oEmbed files at 10,000 events share one.
  const made = new Set<string>();
  for (const file of files) {
    const path = join(outDir, file.path);
    const folder = dirname(path);
    if (!made.has(folder)) {
      mkdirSync(folder, { recursive: true });
      made.add(folder);
    }
    writeFileSync(path, file.body);
    count++;
  }
  return count;
}
