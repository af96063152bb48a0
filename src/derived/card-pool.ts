/**
 * Draws share cards on every core: a pool of threads (card-drawer.ts), each given the next card as
 * soon as it has drawn one, so a slow card holds up no other. Drawing is the whole cost of a build
 * with an empty share-image cache (1–3 ms of CPU time a card on the machines of BENCHMARKS.md,
 * 10,000 cards at 10,000 events), and one thread drew them one after another while the other cores
 * sat idle.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { drawIntoCache } from './share-card-cache.ts';
import type { ShareCard } from './share-card.ts';

export interface DrawJob {
  card: ShareCard;
  /** The cache file to draw it into. */
  file: string;
}

export type DrawReply = { ms: number } | { error: string };

/**
 * Fewer cards than this a thread are drawn here instead: starting a thread and compiling HarfBuzz
 * in it, and drawing each glyph the first time, costs about as much as drawing a dozen cards.
 */
const CARDS_PER_THREAD = 12;

/**
 * Each drawing thread's young generation, in MB. It was set when resvg held each card's pixels
 * (3 MB) outside the heap until a small object was collected: at 4 MB two threads drawing 1,200
 * cards peaked at 430 MB instead of 686 MB. Cards are now drawn on one canvas a thread, and 16 MB
 * measured the same within the swings (4,000 cards on two threads: 2.5–2.6 ms of the process's CPU
 * time a card against 2.7–3.2 ms, peaks of 268–287 MB against 229 MB), so it stays at 4.
 */
const YOUNG_GENERATION_MB = 4;

/**
 * How many threads draw: CHRONICLE_DRAW_THREADS when set (1 draws in the calling thread), else one
 * for each core the process may use.
 */
export function drawingThreads(env: NodeJS.ProcessEnv = process.env): number {
  const asked = Number(env.CHRONICLE_DRAW_THREADS);
  return Number.isInteger(asked) && asked >= 1 ? asked : availableParallelism();
}

export interface PoolSize {
  /** Threads in all (default: drawingThreads()). */
  threads?: number | undefined;
  /**
   * When given, only threads − 1 draw until it resolves (in a build: while the pages render, which
   * take a core of their own), then all of them.
   */
  widen?: Promise<void> | undefined;
}

/**
 * Draws every job into its file, calling `drawn` after each; gives the milliseconds of CPU time
 * spent drawing, summed over the threads, and how many threads drew.
 */
export async function drawCards(
  jobs: readonly DrawJob[],
  drawn: (job: DrawJob) => void,
  { threads = drawingThreads(), widen }: PoolSize = {},
): Promise<{ ms: number; threads: number }> {
  const size = Math.min(threads, Math.floor(jobs.length / CARDS_PER_THREAD));
  if (size <= 1) {
    let ms = 0;
    for (const job of jobs) {
      ms += await drawIntoCache(job.card, job.file);
      drawn(job);
    }
    return { ms, threads: 1 };
  }
  let next = 0;
  let ms = 0;
  const workers: Worker[] = [];
  const drawer = new URL('./card-drawer.ts', import.meta.url);
  // One thread: takes the next job each time it has drawn one, until none is left.
  const thread = () => {
    const worker = new Worker(drawer, {
      resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
    });
    workers.push(worker);
    return new Promise<void>((resolve, reject) => {
      let job = jobs[next++]!;
      worker.on('message', (reply: DrawReply) => {
        if ('error' in reply)
          return reject(new Error(`Drawing a share card failed:\n${reply.error}`));
        ms += reply.ms;
        drawn(job);
        if (next >= jobs.length) return resolve();
        job = jobs[next++]!;
        worker.postMessage(job);
      });
      worker.once('error', reject);
      worker.once('exit', (code) =>
        reject(new Error(`A thread drawing share cards stopped (exit code ${code}).`)),
      );
      worker.postMessage(job);
    });
  };
  const first = widen ? size - 1 : size;
  try {
    const running = Array.from({ length: first }, thread);
    // The other threads join when widened, as many as there is still work for.
    const widening = { done: false };
    const joined = widen?.then(() => {
      widening.done = true;
      const more: Promise<void>[] = [];
      for (let i = first; i < size && next < jobs.length; i++) more.push(thread());
      return Promise.all(more);
    });
    // Until it is awaited below, a failure must not surface as an unhandled rejection.
    joined?.catch(() => {});
    await Promise.all(running);
    // Every job is taken; threads that joined may still be drawing their last.
    if (widening.done) await joined;
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
  return { ms, threads: workers.length };
}
