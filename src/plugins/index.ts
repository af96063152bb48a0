/**
 * The Markdown pipeline (remark → rehype) used by the build. Order matters:
 * cross-links are resolved in the Markdown tree; editors' raw HTML is then
 * parsed and sanitised; our own transforms run on what is left.
 */
import rehypeAutolinkHeadings from 'rehype-autolink-headings';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize from 'rehype-sanitize';
import rehypeSlug from 'rehype-slug';
import { unified, type RehypePlugins, type RemarkPlugins } from '@astrojs/markdown-remark';
import { SANITIZE_SCHEMA } from '../lib/sanitize-schema.ts';
import type { CollectionName } from '../schema/index.ts';
import rehypeHeadingAnchorSpace from './rehype-heading-anchor-space.ts';
import rehypeLinkPolicy from './rehype-link-policy.ts';
import remarkCrossLinks from './remark-cross-links.ts';

export interface PipelineOptions {
  base: string;
  ids: Record<CollectionName, ReadonlySet<string>>;
}

export function markdownPlugins({ base, ids }: PipelineOptions): {
  remarkPlugins: RemarkPlugins;
  rehypePlugins: RehypePlugins;
} {
  return {
    remarkPlugins: [[remarkCrossLinks, { base, ids }]],
    rehypePlugins: [
      // Raw HTML is parsed first, so the sanitiser keeps what is harmless (<sup>, <abbr> …) and
      // drops the rest.
      rehypeRaw,
      [rehypeSanitize, SANITIZE_SCHEMA],
      // Headings get ids with the sanitiser's own prefix, which it gives editors' raw ids too, so
      // an editor's heading "Sources" can never take an id of the page's (#sources-heading, #main).
      [rehypeSlug, { prefix: SANITIZE_SCHEMA.clobberPrefix }],
      // A heading links to itself, so a section can be shared; the link text stays readable for
      // screen readers.
      [
        rehypeAutolinkHeadings,
        {
          behavior: 'append',
          properties: { className: ['heading-anchor'], ariaHidden: 'true', tabIndex: -1 },
          content: { type: 'text', value: '#' },
        },
      ],
      rehypeHeadingAnchorSpace,
      rehypeLinkPolicy,
    ],
  };
}

/** Where a processor made by markdownProcessor() keeps the options it was made from. */
const MADE_FROM = Symbol.for('chronicle.markdown-pipeline');

/**
 * The site's Markdown processor (astro.config.mjs): Astro's unified() with these plugins. It keeps
 * the options it was made from, so that a worker thread can make the very same one
 * (src/loaders/body-pool.ts): plugins are functions, which cannot be sent to a thread.
 */
export function markdownProcessor(options: PipelineOptions): ReturnType<typeof unified> {
  const processor = unified(markdownPlugins(options));
  Object.defineProperty(processor.options, MADE_FROM, { value: options });
  return processor;
}

/**
 * The options a processor was made from by markdownProcessor(); undefined for any other processor
 * (a fork that configured its own is rendered by Astro alone).
 */
export function pipelineOptionsOf(processor: unknown): PipelineOptions | undefined {
  const options = (processor as { options?: Record<symbol, unknown> } | undefined)?.options;
  return options?.[MADE_FROM] as PipelineOptions | undefined;
}
