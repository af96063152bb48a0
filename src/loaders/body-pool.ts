/**
 * Renders Markdown bodies on every core: the main thread, with Astro's renderMarkdown, and a pool
 * of threads (body-renderer.ts), each making the site's own processor from the options it was made
 * from (markdownProcessor()) and rendering batches of bodies as renderMarkdown does. Rendering is
 * most of Astro's content sync (10,000 event bodies: about 35 s on one thread), and Astro does it
 * one body after another on the main thread while the other cores wait.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { LoaderContext } from 'astro/loaders';
import type { PipelineOptions } from '../plugins/index.ts';

/** What Astro's content layer hands the processor's createRenderer() (astro/dist/content/content-layer.js). */
export interface RendererOptions {
  image: unknown;
  syntaxHighlight: unknown;
  shikiConfig: unknown;
  gfm: boolean | undefined;
  smartypants: unknown;
}

export interface RendererSetup {
  pipeline: PipelineOptions;
  renderer: RendererOptions;
}

/** A body rendered as Astro's renderMarkdown gives it: its HTML, headings and images. */
export type RenderedContent = Awaited<ReturnType<LoaderContext['renderMarkdown']>>;

export interface BodyJob {
  body: string;
  /** The record file's address, for the renderer's messages and relative images. */
  fileURL: string;
}

export type BodyReply = RenderedContent | { error: string };

export interface BatchReply {
  batch: number;
  replies: BodyReply[];
}

/**
 * Fewer bodies than this a thread are rendered on the main thread instead, as Astro does: starting
 * a thread and loading the Markdown pipeline in it costs about as much as rendering a hundred
 * bodies. `astro dev` rendering the one file an editor saved never starts a thread.
 */
const BODIES_PER_THREAD = 100;
/** Bodies sent at a time: one message per body spent more time on messages than on the rest. */
const BATCH = 25;
/**
 * Batches a thread holds at once: the next is already there when it finishes one. With one, it
 * waited for the main thread to finish the batch it was rendering before it was sent another (a
 * third of its time, at 10,000 events).
 */
const AHEAD = 2;

/**
 * Rendering threads alive in the process, of every collection: Astro syncs the collections at
 * once, and on two cores the events' one thread already has the second core (a thread of people's
 * or places' own would load the whole pipeline again, only to compete for it).
 */
let alive = 0;

/**
 * How many threads render, the main thread among them: the number in CHRONICLE_RENDER_THREADS when
 * set (1 renders on the main thread alone, as Astro does; any other number is used even for a few
 * bodies), else one for each core the process may use that no other collection's thread has, each
 * given at least BODIES_PER_THREAD bodies.
 */
export function renderingThreads(jobs: number, env: NodeJS.ProcessEnv = process.env): number {
  const asked = Number(env.CHRONICLE_RENDER_THREADS);
  if (Number.isInteger(asked) && asked >= 1) return Math.min(asked, jobs);
  const free = Math.max(0, availableParallelism() - 1 - alive);
  return Math.min(1 + free, Math.floor(jobs / BODIES_PER_THREAD));
}

/** The setup, if a thread can be sent it (a fork's own Shiki transformer, a function, cannot). */
function sendable(setup: RendererSetup): boolean {
  try {
    structuredClone(setup);
    return true;
  } catch {
    return false;
  }
}

/** What the main thread's renderer threw for a body: thrown again, in order, once all are done. */
interface Failed {
  failed: unknown;
}

/** A rendering thread, and what rejects as soon as it fails or stops, however early. */
export interface RenderingThread {
  worker: Worker;
  stopped: Promise<never>;
}

function startThread(setup: RendererSetup): RenderingThread {
  const worker = new Worker(new URL('./body-renderer.ts', import.meta.url), { workerData: setup });
  alive++;
  worker.once('exit', () => alive--);
  const stopped = new Promise<never>((_resolve, reject) => {
    worker.once('error', reject);
    worker.once('exit', (code) =>
      reject(new Error(`A thread rendering Markdown stopped (exit code ${code}).`)),
    );
  });
  // Looked at only while the thread renders; it also stops once it is ended.
  stopped.catch(() => {});
  return { worker, stopped };
}

/**
 * The threads renderBodies would start for `jobs` bodies, started now, so that they load the
 * Markdown pipeline while the caller reads the files (a second or two at 10,000 events): none when
 * the setup cannot be sent or the main thread alone would render them. Each is ended by the
 * renderBodies call it is handed to.
 */
export function startRenderingThreads(
  setup: RendererSetup | undefined,
  jobs: number,
  env: NodeJS.ProcessEnv = process.env,
): RenderingThread[] {
  const size = renderingThreads(jobs, env);
  if (!setup || size < 2 || !sendable(setup)) return [];
  return Array.from({ length: size - 1 }, () => startThread(setup));
}

/**
 * Renders batches on `size` threads, this one among them (through `render`: one thread fewer to
 * start and to hold in memory, and this one would otherwise only wait). A body another thread
 * could not render is left undefined.
 */
async function renderOnThreads(
  jobs: readonly BodyJob[],
  setup: RendererSetup,
  size: number,
  render: (job: BodyJob) => Promise<RenderedContent>,
  started: RenderingThread[],
): Promise<(RenderedContent | Failed | undefined)[]> {
  const results = new Array<RenderedContent | Failed | undefined>(jobs.length);
  // Smaller batches for a few bodies, so that every thread has some.
  const batch = Math.min(BATCH, Math.ceil(jobs.length / size));
  const batches = Math.ceil(jobs.length / batch);
  let next = 0;
  const workers: Worker[] = [];
  const thread = () => {
    const { worker, stopped } = started.shift() ?? startThread(setup);
    workers.push(worker);
    const done = new Promise<void>((resolve) => {
      let held = 0;
      const send = () => {
        if (next >= batches) return;
        const number = next++;
        held++;
        worker.postMessage({
          batch: number,
          jobs: jobs.slice(number * batch, (number + 1) * batch),
        });
      };
      worker.on('message', ({ batch: number, replies }: BatchReply) => {
        held--;
        replies.forEach((reply, i) => {
          if (!('error' in reply)) results[number * batch + i] = reply;
        });
        send();
        if (held === 0) resolve();
      });
      for (let i = 0; i < AHEAD; i++) send();
      // The others took every batch.
      if (held === 0) resolve();
    });
    return Promise.race([done, stopped]);
  };
  const here = async () => {
    while (next < batches) {
      const number = next++;
      for (let i = number * batch; i < Math.min(jobs.length, (number + 1) * batch); i++) {
        try {
          results[i] = await render(jobs[i]!);
        } catch (failed) {
          results[i] = { failed };
        }
      }
      // A turn of the event loop: the other threads' batches are taken, and each given the next.
      await new Promise(setImmediate);
    }
  };
  try {
    const others = Array.from({ length: Math.min(size, batches) - 1 }, thread);
    await Promise.all([here(), ...others]);
  } finally {
    // After a thread failed: the main thread takes no further batch (every body is rendered again).
    next = batches;
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
  return results;
}

/**
 * Every body rendered, in the order given. Without a setup (a processor of a fork's own), for a few
 * bodies, or for any body another thread could not render, `render` renders it on this thread:
 * Astro's own renderMarkdown, which reports a body that cannot be rendered as it always has.
 */
export async function renderBodies(
  jobs: readonly BodyJob[],
  setup: RendererSetup | undefined,
  render: (job: BodyJob) => Promise<RenderedContent>,
  options: {
    /** Threads startRenderingThreads started for these bodies: used, then ended. */
    started?: RenderingThread[];
    threads?: number | undefined;
    warn?: (message: string) => void;
  } = {},
): Promise<RenderedContent[]> {
  const { started = [], warn = () => {} } = options;
  const threads =
    options.threads ?? (started.length > 0 ? started.length + 1 : renderingThreads(jobs.length));
  const size = Math.min(threads, jobs.length);
  let done: (RenderedContent | Failed | undefined)[] = [];
  try {
    if (setup && size > 1 && sendable(setup)) {
      try {
        done = await renderOnThreads(jobs, setup, size, render, started);
      } catch (error) {
        warn(`rendering on ${size} threads failed, rendering here instead: ${String(error)}`);
        done = [];
      }
    }
  } finally {
    // Threads started for more bodies than came.
    await Promise.all(started.splice(0).map(({ worker }) => worker.terminate()));
  }
  const rendered: RenderedContent[] = [];
  for (const [i, job] of jobs.entries()) {
    const result = done[i];
    if (result && 'failed' in result) throw result.failed;
    rendered.push(result ?? (await render(job)));
  }
  return rendered;
}
