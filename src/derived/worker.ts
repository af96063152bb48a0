/**
 * The worker thread of companion.ts: makes the files, then reports what it made or why it failed.
 */
import { setPriority } from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import { writeAll, type WriteAllOptions } from './write-all.ts';

// Lowest priority for this thread and the indexer it starts (on Linux, a thread's niceness is its
// own and its children inherit it): on a busy machine the pages Astro renders go first. Where that
// is not allowed, nothing changes.
try {
  setPriority(19);
} catch {
  // Not permitted here: run at normal priority.
}

// Pagefind's indexer spreads its work over every core by default (with rayon): on one thread it
// wrote the 10,000-event index faster (1.3 s instead of 2.3 s) and leaves the other core to the
// pages.
process.env.RAYON_NUM_THREADS ??= '1';

// Two messages come from companion.ts: the validated records first, then 'pages-done' once Astro's
// pages are done. One listener takes both, so the second is never missed however early it comes.
let received: (records: WriteAllOptions['records']) => void = () => {};
let pagesAreDone: () => void = () => {};
let records: Promise<WriteAllOptions['records']> | undefined = new Promise(
  (resolve) => (received = resolve),
);
const pagesDone = new Promise<void>((resolve) => (pagesAreDone = resolve));
parentPort!.on('message', (message: unknown) =>
  message === 'pages-done' ? pagesAreDone() : received(message as WriteAllOptions['records']),
);

try {
  // The records come as a message rather than in workerData, which would keep them for the thread's
  // whole life; no variable here holds them either, so writeAll can let them go.
  const options: WriteAllOptions = {
    ...(workerData as WriteAllOptions),
    records: await records,
    pagesDone,
  };
  // Nor the promise that brought them (nor its resolver, which reaches it).
  records = undefined;
  received = () => {};
  parentPort!.postMessage({ summary: await writeAll(options) });
} catch (error) {
  parentPort!.postMessage({
    error: error instanceof Error ? (error.stack ?? error.message) : String(error),
  });
} finally {
  // Nothing more to listen for: let the thread end.
  parentPort!.removeAllListeners('message');
}
