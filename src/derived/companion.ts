/**
 * Runs write-all.ts in a worker thread for the length of a build. Astro
 * renders pages on one thread; the exports, share images and search index
 * need only the content, so they are made on another core at the same time
 * and moved into the output when the pages are done.
 */
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { moveInto } from './move-into.ts';
import type { WriteAllOptions, WriteAllSummary } from './write-all.ts';

export interface Companion {
  /** Waits for the worker, then moves what it made into `siteDir`. */
  finish(siteDir: string): Promise<WriteAllSummary>;
}

export function startCompanion(options: WriteAllOptions): Companion {
  rmSync(options.outDir, { recursive: true, force: true });
  mkdirSync(options.outDir, { recursive: true });
  const { records, ...settings } = options;
  const worker = new Worker(new URL('./worker.ts', import.meta.url), { workerData: settings });
  worker.postMessage(records);
  // Never the reason a failed build's process stays alive; finish() holds it open again.
  worker.unref();
  const result = new Promise<WriteAllSummary>((resolve, reject) => {
    worker.once('message', (message: { summary?: WriteAllSummary; error?: string }) => {
      if (message.summary) resolve(message.summary);
      else
        reject(
          new Error(`Making the exports, share images and search index failed:\n${message.error}`),
        );
      // Its files are written: ended now, not when the pages are done, the thread gives back its
      // memory (at 10,000 events, a 450 MB heap kept until the end of the build, the build's peak).
      void worker.terminate();
    });
    worker.once('error', reject);
    worker.once('exit', (code) =>
      reject(
        new Error(
          `The worker making the exports, share images and search index stopped (exit code ${code}).`,
        ),
      ),
    );
  });
  // Until finish() looks at it, a failure must not surface as an unhandled rejection.
  result.catch(() => {});
  return {
    async finish(siteDir) {
      worker.ref();
      // The pages are done: share cards may be drawn on every core now.
      worker.postMessage('pages-done');
      try {
        const summary = await result;
        // It has reported: nothing of it may keep the build's process alive.
        await worker.terminate();
        mkdirSync(siteDir, { recursive: true });
        for (const name of readdirSync(options.outDir))
          moveInto(join(options.outDir, name), join(siteDir, name));
        return summary;
      } finally {
        rmSync(options.outDir, { recursive: true, force: true });
      }
    },
  };
}
