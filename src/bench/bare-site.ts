/**
 * The baseline: a bare Astro project over the same events folder, with one
 * content collection (glob loader, no schema), the project's own unified
 * processor and Markdown plugins (src/plugins/index.ts), and one page per
 * entry that renders its Markdown. Nothing else: no validation, entity pages,
 * search index, feeds, exports or share images.
 */
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { linkPackages } from './project-copy.ts';

export const BARE_PROCESSOR =
  'unified() from @astrojs/markdown-remark with markdownPlugins() from src/plugins/index.ts';

const FILES: Record<string, string> = {
  'package.json': JSON.stringify(
    { name: 'chronicle-bare-bench', private: true, type: 'module' },
    null,
    2,
  ),
  'astro.config.mjs': `import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import { basename, join } from 'node:path';
import { markdownPlugins } from './chronicle/plugins/index.ts';
import { listMarkdown } from './chronicle/validation/read-records.ts';
import { readSiteConfig } from './chronicle/validation/site-config.ts';

// Only what the Markdown plugins need: the site configuration and the ids of the records (no
// validation).
const content = process.env.CHRONICLE_CONTENT;
const site = readSiteConfig(content, process.cwd()).config;
const ids = (folder) => new Set(listMarkdown(join(content, folder)).map((path) => basename(path, '.md')));
const collections = ['events', 'sources', 'people', 'organisations', 'places', 'topics', 'periods'];
export default defineConfig({
  site: site.url,
  base: site.base,
  outDir: process.env.CHRONICLE_OUT_DIR,
  build: { format: 'directory' },
  markdown: { processor: unified(markdownPlugins({ base: site.base, ids: Object.fromEntries(collections.map((c) => [c, ids(c)])) })) },
});
`,
  'src/content.config.ts': `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

export const collections = {
  events: defineCollection({
    loader: glob({
      pattern: '**/*.md',
      base: \`\${process.env.CHRONICLE_CONTENT}/events\`,
      generateId: ({ entry }) => entry.slice(entry.lastIndexOf('/') + 1, -'.md'.length),
    }),
  }),
};
`,
  'src/pages/events/[id].astro': `---
import { getCollection, render } from 'astro:content';

export async function getStaticPaths() {
  const events = await getCollection('events');
  return events.map((entry) => ({ params: { id: entry.id }, props: { entry } }));
}
const { entry } = Astro.props;
const { Content } = await render(entry);
---

<!doctype html>
<html lang="en">
  <head><meta charset="utf-8" /><title>{entry.data.title}</title></head>
  <body><main><h1>{entry.data.title}</h1><Content /></main></body>
</html>
`,
  // Astro's own log level, as \`astro build\` and the site's build run: a line for every page
  // written costs CPU time (about 0.8 s at 10,000 pages), and both builds pay it.
  'build.mjs': `import { build } from 'astro';
await build({ logLevel: 'info' });
`,
};

/**
 * Writes the bare project into `to`; the project's src/ is copied to chronicle/ (outside src/, so
 * Astro sees none of its pages) for the plugins.
 */
export function writeBareProject(projectRoot: string, to: string): void {
  for (const [path, text] of Object.entries(FILES)) {
    mkdirSync(dirname(join(to, path)), { recursive: true });
    writeFileSync(join(to, path), text);
  }
  cpSync(join(projectRoot, 'src'), join(to, 'chronicle'), { recursive: true });
  linkPackages(projectRoot, to);
}
