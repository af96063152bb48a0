/** The worker thread of companion.ts: makes the files, then reports what it made or why it failed. */
import { setPriority } from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import { writeAll, type WriteAllOptions } from './write-all.ts';

// Lowest priority for this thread and the indexer it starts (on Linux, a thread's niceness is its own and its children inherit it):
// on a busy machine the pages Astro renders go first. Where that is not allowed, nothing changes.
try {
  setPriority(19);
} catch {
  // Not permitted here: run at normal priority.
}

try {
  parentPort!.postMessage({ summary: await writeAll(workerData as WriteAllOptions) });
} catch (error) {
  parentPort!.postMessage({ error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
}
