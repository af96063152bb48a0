// @ts-check
import process from 'node:process';
import { unified } from '@astrojs/markdown-remark';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { chronicle } from './src/integration/index.ts';
import { contentIds, siteForBuild } from './src/lib/site-for-build.ts';
import { markdownPlugins } from './src/plugins/index.ts';

const site = siteForBuild();

export default defineConfig({
  site: site.url,
  base: site.base,
  trailingSlash: 'always',
  outDir: process.env.CHRONICLE_OUT_DIR || 'dist',
  // Four pages at a time: while one page's files are written, the next renders (one at a time, a third of the time went waiting on writes).
  build: { format: 'directory', concurrency: 4 },
  // Astro 7's default Markdown engine does not run remark/rehype plugins; this one does.
  markdown: { processor: unified(markdownPlugins({ base: site.base, ids: contentIds() })) },
  // chronicle() first: it validates the content before anything is built (and makes the exports, share images and search index).
  integrations: [chronicle(), sitemap()],
  // JSON Schemas of the collections in .astro/collections/, used by the Astro editor extension to check front matter while typing.
  experimental: { contentIntellisense: true },
});
