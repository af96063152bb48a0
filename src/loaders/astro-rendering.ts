/**
 * A body rendered the way Astro's content layer renders one (its renderMarkdown, in
 * astro/dist/content/content-layer.js): the site's processor made with what the content layer hands
 * it, front matter split off, and the metadata completed with every image's path. The rendering
 * pool's threads (body-renderer.ts) render this way, so that their HTML is the main thread's.
 */
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { markdownProcessor } from '../plugins/index.ts';
import type { BodyJob, RenderedContent, RendererSetup } from './body-pool.ts';

type Processor = ReturnType<typeof markdownProcessor>;
export type SiteRenderer = Awaited<ReturnType<Processor['createRenderer']>>;

/** The site's processor, made from the options it was made from, with the content layer's settings. */
export function siteRenderer(setup: RendererSetup): Promise<SiteRenderer> {
  return markdownProcessor(setup.pipeline).createRenderer(
    setup.renderer as Parameters<Processor['createRenderer']>[0],
  );
}

export async function renderAsAstroDoes(
  renderer: SiteRenderer,
  { body, fileURL }: BodyJob,
): Promise<RenderedContent> {
  const { frontmatter, content } = parseFrontmatter(body);
  const { code, metadata } = await renderer.render(content, {
    frontmatter,
    fileURL: new URL(fileURL),
  });
  return {
    html: code,
    metadata: {
      ...metadata,
      imagePaths: metadata.localImagePaths.concat(metadata.remoteImagePaths),
    },
  };
}
