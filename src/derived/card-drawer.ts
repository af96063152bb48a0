/**
 * One thread of the drawing pool (card-pool.ts): draws each card it is sent into its cache file and
 * says how long that took.
 */
import { setPriority } from 'node:os';
import { parentPort } from 'node:worker_threads';
import { drawIntoCache } from './share-card-cache.ts';
import type { DrawJob, DrawReply } from './card-pool.ts';

// Lowest priority, as the build's worker has: the pages Astro renders meanwhile go first.
try {
  setPriority(19);
} catch {
  // Not permitted here: run at normal priority.
}

async function draw(job: DrawJob): Promise<void> {
  let reply: DrawReply;
  try {
    reply = { ms: await drawIntoCache(job.card, job.file) };
  } catch (error) {
    reply = { error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
  parentPort!.postMessage(reply);
}

parentPort!.on('message', (job: DrawJob) => void draw(job));
