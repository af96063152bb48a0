/**
 * One thread of the rendering pool (body-pool.ts): makes the site's Markdown processor from the
 * options it was made from, and renders each batch of bodies it is sent exactly as Astro's content
 * layer renders one (its renderMarkdown: front matter split off, then the processor's renderer).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { markdownProcessor } from '../plugins/index.ts';
import type { BodyJob, BodyReply, RenderedContent, RendererSetup } from './body-pool.ts';

const setup = workerData as RendererSetup;
const renderer = await markdownProcessor(setup.pipeline).createRenderer(
  setup.renderer as Parameters<ReturnType<typeof markdownProcessor>['createRenderer']>[0],
);
// A body that fails here is rendered again on the main thread, where Astro reports it in its own
// words; the renderer's own report of it here would say it twice, with a stack trace.
console.error = () => {};

async function renderOne(job: BodyJob): Promise<BodyReply> {
  try {
    const { frontmatter, content } = parseFrontmatter(job.body);
    const { code, metadata } = await renderer.render(content, {
      frontmatter,
      fileURL: new URL(job.fileURL),
    });
    const rendered: RenderedContent = {
      html: code,
      metadata: {
        ...metadata,
        imagePaths: metadata.localImagePaths.concat(metadata.remoteImagePaths),
      },
    };
    return rendered;
  } catch (error) {
    return { error: String(error) };
  }
}

async function renderBatch({ batch, jobs }: { batch: number; jobs: BodyJob[] }): Promise<void> {
  const replies: BodyReply[] = [];
  for (const job of jobs) replies.push(await renderOne(job));
  parentPort!.postMessage({ batch, replies });
}

parentPort!.on(
  'message',
  (message: { batch: number; jobs: BodyJob[] }) => void renderBatch(message),
);
