/**
 * The pool that renders Markdown bodies on every core (src/loaders/body-pool.ts), the main thread
 * among them: what it renders is what the main thread alone renders, body for body and in order,
 * and whatever another thread cannot render is rendered on the main thread, where Astro reports it.
 */
import { availableParallelism } from 'node:os';
import { describe, expect, it, vi } from 'vitest';
import { renderAsAstroDoes, siteRenderer } from '../../src/loaders/astro-rendering.ts';
import {
  renderBodies,
  renderingThreads,
  startRenderingThreads,
  type BodyJob,
  type RenderedContent,
  type RendererSetup,
} from '../../src/loaders/body-pool.ts';
import {
  markdownProcessor,
  pipelineOptionsOf,
  type PipelineOptions,
} from '../../src/plugins/index.ts';

const none = new Set<string>();
const pipeline: PipelineOptions = {
  base: '/sub/',
  ids: {
    events: new Set(['known-event']),
    people: new Set(['ada-quill']),
    organisations: none,
    places: none,
    topics: none,
    sources: none,
    periods: none,
  },
};
const setup: RendererSetup = {
  pipeline,
  renderer: { image: {}, syntaxHighlight: 'shiki', shikiConfig: {}, gfm: true, smartypants: true },
};

/** The main thread's rendering, as Astro's content layer does it (its renderMarkdown). */
const renderer = await siteRenderer(setup);
const onMainThread = (job: BodyJob): Promise<RenderedContent> => renderAsAstroDoes(renderer, job);

const KINDS = [
  '## A heading\n\nA paragraph with "quotes" -- and a [link](https://example.org/).',
  'Raw <abbr title="North">N</abbr> and <script>alert(1)</script> and <sup>2</sup>.',
  'See [the other event](event:known-event) and [Ada](person:ada-quill).',
  '| a | b |\n|---|---|\n| 1 | 2 |\n\n- one\n- two',
  '```js\nconst x = 1;\n```',
  '![A map](./map.png)\n\n### Twice\n\n### Twice',
];
const jobs: BodyJob[] = Array.from({ length: 60 }, (_, i) => ({
  body: `${KINDS[i % KINDS.length]!}\n\nBody number ${i}.`,
  fileURL: `file:///content/events/event-${i}.md`,
}));

describe('rendering bodies on several threads', () => {
  it('renders every body as the main thread alone does, in the order given, sharing the work', async () => {
    const expected = await Promise.all(jobs.map(onMainThread));
    let onMain = 0;
    const rendered = await renderBodies(jobs, setup, (job) => (onMain++, onMainThread(job)), {
      threads: 2,
    });
    expect(rendered).toEqual(expected);
    // The main thread is one of the two: it renders some, the other thread the rest.
    expect(onMain).toBeGreaterThan(0);
    expect(onMain).toBeLessThan(jobs.length);
    expect(rendered[2]!.html).toContain('href="/sub/events/known-event/"');
    expect(rendered[5]!.metadata?.imagePaths).toEqual(['./map.png']);
  });

  it('finishes when the other threads took every batch before the last thread started', async () => {
    // Four bodies on four threads: one a batch, two held by each of the first two threads.
    const few = jobs.slice(0, 4);
    let onMain = 0;
    const rendered = await renderBodies(few, setup, (job) => (onMain++, onMainThread(job)), {
      threads: 4,
    });
    expect(rendered).toEqual(await Promise.all(few.map(onMainThread)));
    expect(onMain).toBe(0);
  });

  it('uses threads started before the bodies were read, and ends those it did not need', async () => {
    const env = { CHRONICLE_RENDER_THREADS: '2' };
    const early = startRenderingThreads(setup, jobs.length, env);
    expect(early).toHaveLength(1);
    let onMain = 0;
    const rendered = await renderBodies(jobs, setup, (job) => (onMain++, onMainThread(job)), {
      started: early,
    });
    expect(rendered).toEqual(await Promise.all(jobs.map(onMainThread)));
    expect(onMain).toBeLessThan(jobs.length);
    expect(early).toHaveLength(0);

    // Started for many bodies; one came, which the main thread renders alone.
    const unneeded = startRenderingThreads(setup, jobs.length, env);
    const ended = new Promise((resolve) => unneeded[0]!.worker.once('exit', resolve));
    await renderBodies(jobs.slice(0, 1), setup, onMainThread, { started: unneeded });
    await expect(ended).resolves.toBeDefined();
    expect(startRenderingThreads(undefined, jobs.length, env)).toEqual([]);
    expect(startRenderingThreads(setup, 1, env)).toEqual([]);
  });

  it('falls back to the main thread when a thread started early has already failed', async () => {
    const unusable = { ...setup, pipeline: null as unknown as PipelineOptions };
    const early = startRenderingThreads(unusable, jobs.length, { CHRONICLE_RENDER_THREADS: '2' });
    // Long enough for it to have failed before it is handed any work.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const warnings: string[] = [];
    const rendered = await renderBodies(jobs, unusable, onMainThread, {
      started: early,
      warn: (message) => warnings.push(message),
    });
    expect(rendered).toEqual(await Promise.all(jobs.map(onMainThread)));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/^rendering on 2 threads failed, rendering here instead: /);
  });

  it('reports a body that cannot be rendered as the main thread alone does, once', async () => {
    const broken = [
      ...jobs.slice(0, 9),
      { body: 'See [x](event:no-such-event).', fileURL: 'file:///content/events/broken.md' },
    ];
    const onMain: string[] = [];
    // The renderer prints what it cannot render, as it does in a build; not here.
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => {});
    const attempt = renderBodies(
      broken,
      setup,
      (job) => {
        onMain.push(job.fileURL);
        return onMainThread(job);
      },
      { threads: 2 },
    );
    await expect(attempt).rejects.toThrow(/no-such-event/);
    quiet.mockRestore();
    // Whichever thread met it first, it was rendered on the main thread exactly once.
    expect(onMain.filter((url) => url.endsWith('broken.md'))).toHaveLength(1);
  });

  it('renders everything on the main thread for a processor it cannot make again', async () => {
    let onMain = 0;
    const count = (job: BodyJob) => (onMain++, onMainThread(job));
    await renderBodies(jobs.slice(0, 4), undefined, count, { threads: 2 });
    expect(onMain).toBe(4);
    // A fork's own Shiki transformer is a function, which no thread can be sent.
    const withFunction = {
      ...setup,
      renderer: { ...setup.renderer, shikiConfig: { transformers: [() => {}] } },
    };
    await renderBodies(jobs.slice(0, 4), withFunction, count, { threads: 2 });
    expect(onMain).toBe(8);
  });

  it('renders everything on the main thread, with a warning, when the other threads cannot start', async () => {
    const warnings: string[] = [];
    let onMain = 0;
    // Options no processor can be made from: the other thread fails as it starts.
    const unusable = { ...setup, pipeline: null as unknown as PipelineOptions };
    const rendered = await renderBodies(jobs, unusable, (job) => (onMain++, onMainThread(job)), {
      threads: 2,
      warn: (message) => warnings.push(message),
    });
    expect(rendered).toEqual(await Promise.all(jobs.map(onMainThread)));
    expect(onMain).toBeGreaterThanOrEqual(jobs.length);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/^rendering on 2 threads failed, rendering here instead: /);
  });

  it('knows the options of the processor it was made with, and of no other', () => {
    expect(pipelineOptionsOf(markdownProcessor(pipeline))).toBe(pipeline);
    expect(pipelineOptionsOf({ name: 'unified', options: {} })).toBeUndefined();
    expect(pipelineOptionsOf(undefined)).toBeUndefined();
  });

  it('uses CHRONICLE_RENDER_THREADS, else a thread per core for every hundred bodies', () => {
    expect(renderingThreads(10, { CHRONICLE_RENDER_THREADS: '3' })).toBe(3);
    expect(renderingThreads(2, { CHRONICLE_RENDER_THREADS: '3' })).toBe(2);
    expect(renderingThreads(10_000, { CHRONICLE_RENDER_THREADS: '1' })).toBe(1);
    expect(renderingThreads(150, {})).toBe(1);
    expect(renderingThreads(10, { CHRONICLE_RENDER_THREADS: 'many' })).toBe(0);
    expect(renderingThreads(10_000, {})).toBeGreaterThanOrEqual(1);
  });

  it('leaves to another collection no core that a thread already has', async () => {
    const cores = availableParallelism();
    expect(renderingThreads(10_000, {})).toBe(cores);
    const early = startRenderingThreads(setup, 10_000, {});
    expect(early).toHaveLength(cores - 1);
    // The people's bodies, while the events' threads are alive: the main thread alone.
    expect(renderingThreads(10_000, {})).toBe(1);
    expect(startRenderingThreads(setup, 10_000, {})).toEqual([]);
    await renderBodies(jobs.slice(0, 4), setup, onMainThread, { started: early });
    expect(renderingThreads(10_000, {})).toBe(cores);
  });
});
