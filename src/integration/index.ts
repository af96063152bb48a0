/**
 * The Chronicle Astro integration. Before Astro builds anything, the content
 * is validated with exactly the rules of `npm run validate`: any problem stops
 * the build with the same messages, so nothing half-valid is ever published.
 * Then the files that come from the content rather than from a page (exports,
 * share images, search index) are made in a worker thread while Astro renders
 * the pages, and moved into the output when it is done; `astro dev` serves
 * them on request.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { startCompanion, type Companion } from '../derived/companion.ts';
import { recordsForDerived } from '../derived/content.ts';
import { devFiles } from '../derived/dev-files.ts';
import { summaryLine } from '../derived/summary.ts';
import { formatProblem } from '../lib/problems.ts';
import { contentRoot } from '../lib/paths.ts';
import { validateContent } from '../lib/validate-content.ts';

export class ContentProblemsError extends Error {
  constructor(count: number) {
    super(`${count} ${count === 1 ? 'problem' : 'problems'} in the content (listed above). Nothing was built.`);
    this.name = 'ContentProblems';
    this.stack = '';
  }
}

/** Where share images are kept between builds: CHRONICLE_CACHE_DIR, or a folder in node_modules/.cache. */
function shareImageCacheDir(root: string): string {
  return resolve(root, process.env.CHRONICLE_CACHE_DIR || 'node_modules/.cache/chronicle/share-images');
}

export function chronicle(): AstroIntegration {
  let companion: Companion | undefined;
  let root = process.cwd();
  let base = '/';
  return {
    name: 'chronicle',
    hooks: {
      'astro:config:setup': ({ command, config, logger }) => {
        const { problems, content, site } = validateContent(contentRoot());
        for (const p of problems) logger.error(formatProblem(p));
        if (problems.length > 0 && command === 'build') throw new ContentProblemsError(problems.length);
        root = fileURLToPath(config.root);
        base = config.base;
        if (command !== 'build') return;
        companion = startCompanion({
          // Handed over, not read again: the worker's reading would only compete with Astro's for the machine.
          content: site && recordsForDerived(site, content.records),
          contentRoot: contentRoot(),
          projectRoot: process.cwd(),
          outDir: resolve(root, `node_modules/.cache/chronicle/derived-${process.pid}`),
          shareImageCacheDir: shareImageCacheDir(root),
        });
      },
      'astro:server:setup': ({ server }) => {
        server.middlewares.use(devFiles({ base, contentRoot: contentRoot(), shareImageCacheDir: shareImageCacheDir(root) }));
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!companion) return;
        const waited = performance.now();
        const made = await companion.finish(fileURLToPath(dir));
        logger.info(summaryLine({ ...made, waitedMs: Math.round(performance.now() - waited) }));
      },
    },
  };
}
