// @ts-check
import process from 'node:process';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { chronicle } from './src/integration/index.ts';
import { lastChangedPages, unlistedPages } from './src/model/changes.ts';
import { markdownProcessor } from './src/plugins/index.ts';
import { contentRoot } from './src/validation/content-root.ts';
import { recordIds, validateContent } from './src/validation/validate-content.ts';

// The content is read and validated once, here; everything below is handed what it needs of it.
const content = contentRoot();
const validated = validateContent(content);
// A broken site.yaml leaves no configuration: the integration then reports why and stops the build.
const base = validated.site?.base ?? '/';
const lastChanged = validated.site
  ? lastChangedPages(validated.records.events, validated.site)
  : new Map();
const unlisted = validated.site
  ? unlistedPages(validated.records.events, validated.retired?.entries ?? [], validated.site)
  : new Set();

export default defineConfig({
  ...(validated.site ? { site: validated.site.url } : {}),
  base,
  trailingSlash: 'always',
  outDir: process.env.CHRONICLE_OUT_DIR || 'dist',
  // Four pages at a time: while one page's files are written, the next renders (one at a time, a
  // third of the time went waiting on writes).
  build: { format: 'directory', concurrency: 4 },
  // Astro 7's default Markdown engine does not run remark/rehype plugins; this one does.
  markdown: { processor: markdownProcessor({ base, ids: recordIds(validated) }) },
  // chronicle() first: it stops a build of invalid content before anything is built (and makes the
  // exports, share images and search index).
  // The sitemap's lastmod of an event's page is the day of its latest recorded change; it lists no
  // redirect and no notice of a retired event.
  integrations: [
    chronicle(content, validated),
    sitemap({
      filter: (page) => !unlisted.has(page),
      serialize: (item) => {
        const day = lastChanged.get(item.url);
        return day ? { ...item, lastmod: day } : item;
      },
    }),
  ],
  // JSON Schemas of the collections in .astro/collections/, used by the Astro editor extension to
  // check front matter while typing.
  experimental: { contentIntellisense: true },
});
