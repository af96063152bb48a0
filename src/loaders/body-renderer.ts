/**
 * One thread of the rendering pool (body-pool.ts): makes the site's Markdown processor from the
 * options it was made from, and renders each batch of bodies it is sent as Astro's content layer
 * renders one (astro-rendering.ts).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { renderAsAstroDoes, siteRenderer } from './astro-rendering.ts';
import type { BodyJob, BodyReply, RendererSetup } from './body-pool.ts';

const renderer = await siteRenderer(workerData as RendererSetup);
// A body that fails here is rendered again on the main thread, where Astro reports it in its own
// words; the renderer's own report of it here would say it twice, with a stack trace.
console.error = () => {};

async function renderOne(job: BodyJob): Promise<BodyReply> {
  try {
    return await renderAsAstroDoes(renderer, job);
  } catch (error) {
    return { error: String(error) };
  }
}

async function renderBatch({ batch, jobs }: { batch: number; jobs: BodyJob[] }): Promise<void> {
  const replies: BodyReply[] = [];
  for (const job of jobs) replies.push(await renderOne(job));
  parentPort!.postMessage({ batch, replies });
}

// One batch after another, in the order sent (the pool sends the next before this one is done).
let queue = Promise.resolve();
parentPort!.on('message', (message: { batch: number; jobs: BodyJob[] }) => {
  queue = queue.then(() => renderBatch(message));
});
