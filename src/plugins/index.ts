/**
 * The Markdown pipeline (remark → rehype) used by the build. Order matters:
 * cross-links are resolved in the Markdown tree; editors' raw HTML is then
 * parsed and sanitised; our own transforms run on what is left.
 */
import rehypeAutolinkHeadings from 'rehype-autolink-headings';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize from 'rehype-sanitize';
import rehypeSlug from 'rehype-slug';
import type { RehypePlugins, RemarkPlugins } from '@astrojs/markdown-remark';
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
