/**
 * The Markdown pipeline (remark → rehype) used by the build. Order matters:
 * cross-links are resolved in the Markdown tree; editors' raw HTML is then
 * parsed and sanitised; our own transforms run on what is left.
 */
import rehypeAutolinkHeadings from 'rehype-autolink-headings';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize, { defaultSchema } from 'rehype-sanitize';
import rehypeSlug from 'rehype-slug';
import type { RehypePlugins, RemarkPlugins } from '@astrojs/markdown-remark';
import type { CollectionName } from '../schema/index.ts';
import rehypeLinkPolicy from './rehype-link-policy.ts';
import remarkCrossLinks from './remark-cross-links.ts';

/**
 * GitHub's sanitising rules, tightened: the text of <style> goes with it
 * (like <script>'s), and form controls (kept by GitHub for task lists) are not allowed.
 */
export const SANITIZE_SCHEMA = {
  ...defaultSchema,
  strip: [...(defaultSchema.strip ?? []), 'style'],
  tagNames: (defaultSchema.tagNames ?? []).filter((tag) => tag !== 'input'),
};

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
      rehypeSlug,
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
      rehypeLinkPolicy,
    ],
  };
}
