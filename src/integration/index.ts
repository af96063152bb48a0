/**
 * The Chronicle Astro integration. It is handed the validation that
 * astro.config.mjs ran once, with exactly the rules of `npm run validate`: any
 * problem stops the build with the same messages, so nothing half-valid is
 * ever published. It hands the site configuration down to the pages (a
 * virtual module, settings-module.ts). The files that come from the content
 * rather than from a page (exports, share images, search index) are made in a
 * worker thread while Astro renders the pages, and moved into the output when
 * it is done; `astro dev` serves them on request.
 */
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { ContentRecord } from '../checks/record-set.ts';
import { startCompanion, type Companion } from '../derived/companion.ts';
import { devFiles } from '../derived/dev-files.ts';
import { recordsForWorker } from '../derived/model-input.ts';
import { summaryLine } from '../derived/summary.ts';
import { formatProblem } from '../lib/problems.ts';
import { COLLECTION_NAMES } from '../schema/index.ts';
import { EXCLUSIONS_FILE } from '../validation/coverage-exclusions.ts';
import { MESSAGES_FILE } from '../validation/messages-file.ts';
import { RETIRED_FILE } from '../validation/retired-events.ts';
import { SITE_FILE } from '../validation/site-config.ts';
import type { ValidationResult } from '../validation/validate-content.ts';
import { handOverValidated } from '../validation/validated-records.ts';
import { watchContentProblems } from './dev-problems.ts';
import { settingsModule } from './settings-module.ts';

export class ContentProblemsError extends Error {
  constructor(count: number) {
    super(
      `${count} ${count === 1 ? 'problem' : 'problems'} in the content (listed above). Nothing was built.`,
    );
    this.name = 'ContentProblems';
    this.stack = '';
  }
}

/** Where share images are kept between builds unless CHRONICLE_CACHE_DIR says otherwise (and where the workflows' cache keeps them between deploys). */
export const DEFAULT_SHARE_IMAGE_CACHE = 'node_modules/.cache/chronicle/share-images';

function shareImageCacheDir(root: string): string {
  return resolve(root, process.env.CHRONICLE_CACHE_DIR || DEFAULT_SHARE_IMAGE_CACHE);
}

/** `validated`: the content folder's validation, as astro.config.mjs ran it. */
export function chronicle(contentRoot: string, validated: ValidationResult): AstroIntegration {
  let companion: Companion | undefined;
  let root = process.cwd();
  const settingsFiles = () =>
    [SITE_FILE, EXCLUSIONS_FILE, MESSAGES_FILE, RETIRED_FILE].map((file) =>
      resolve(root, contentRoot, file),
    );
  return {
    name: 'chronicle',
    hooks: {
      'astro:config:setup': ({
        command,
        config,
        logger,
        updateConfig,
        addWatchFile,
        addMiddleware,
      }) => {
        const { problems, site } = validated;
        for (const p of problems) logger.error(formatProblem(p));
        if (problems.length > 0 && command === 'build')
          throw new ContentProblemsError(problems.length);
        root = fileURLToPath(config.root);
        if (site)
          updateConfig({
            vite: {
              plugins: [
                settingsModule({
                  site,
                  coverageExclusions: validated.coverageExclusions?.entries ?? [],
                  messages: validated.messages?.entries ?? {},
                  retired: validated.retired?.entries ?? [],
                  showDrafts: command === 'dev',
                }),
              ],
            },
          });
        // Read once, above: an edit to any of these files restarts `astro dev`, which reads them again.
        for (const file of settingsFiles()) addWatchFile(file);
        if (command === 'dev')
          addMiddleware({
            entrypoint: new URL('./dev-problems-banner.ts', import.meta.url),
            order: 'pre',
          });
        if (command !== 'build' || !site) return;
        handOverValidated(
          COLLECTION_NAMES.flatMap((name): readonly ContentRecord[] => validated.records[name]),
          process.cwd(),
        );
        companion = startCompanion({
          // Handed over, not read again: the worker's reading would only compete with Astro's for
          // the machine.
          records: recordsForWorker(site, validated),
          contentRoot,
          projectRoot: process.cwd(),
          outDir: join(root, `node_modules/.cache/chronicle/derived-${process.pid}`),
          shareImageCacheDir: shareImageCacheDir(root),
        });
      },
      'astro:server:setup': ({ server, logger }) => {
        watchContentProblems({
          server,
          logger,
          contentRoot,
          projectRoot: root,
          initial: validated.problems,
        });
        // Vite watches only the project: a content folder elsewhere (CHRONICLE_CONTENT) is watched too.
        server.watcher.add(settingsFiles());
        const base = validated.site?.base ?? '/';
        server.middlewares.use(
          devFiles({ base, contentRoot, shareImageCacheDir: shareImageCacheDir(root) }),
        );
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!companion) return;
        const waited = performance.now();
        const made = await companion.finish(fileURLToPath(dir));
        logger.info(summaryLine({ ...made, waitedMs: Math.round(performance.now() - waited) }));
        const drafts = validated.records.events.filter((event) => event.data.draft).length;
        if (drafts > 0)
          logger.info(
            `Left out ${drafts} ${drafts === 1 ? 'draft' : 'drafts'} (draft: true): not published.`,
          );
      },
    },
  };
}
