/**
 * `npm run dev` checks the content again whenever a file in it changes, with every rule of
 * `npm run validate`, and says what it finds twice: in the terminal, and in a banner at the top of
 * every page the server sends (dev-problems-banner.ts), until the problems are fixed. Open pages
 * reload when the list changes, so the banner comes and goes without the editor doing anything.
 */
import { resolve, sep } from 'node:path';
import type { AstroIntegrationLogger } from 'astro';
import type { ViteDevServer } from 'vite';
import { formatProblem, type Problem } from '../lib/problems.ts';
import { validateContent } from '../validation/validate-content.ts';

/** Where the server keeps the problems for the banner, which runs in Vite's module graph. */
export const DEV_PROBLEMS = Symbol.for('chronicle.devProblems');

export interface DevProblems {
  lines: string[];
}

function share(lines: string[]): void {
  (globalThis as Record<symbol, DevProblems>)[DEV_PROBLEMS] = { lines };
}

const count = (n: number) => `${n} ${n === 1 ? 'problem' : 'problems'}`;

/** A short pause after a change, so that one save of several files is checked once. */
const SETTLE_MS = 150;

export function watchContentProblems(options: {
  server: ViteDevServer;
  logger: AstroIntegrationLogger;
  contentRoot: string;
  projectRoot: string;
  initial: Problem[];
}): void {
  const { server, logger, contentRoot, projectRoot } = options;
  const folder = resolve(projectRoot, contentRoot);
  let lines = options.initial.map(formatProblem);
  share(lines);
  let timer: NodeJS.Timeout | undefined;

  const check = () => {
    const next = validateContent(contentRoot, projectRoot).problems.map(formatProblem);
    if (next.join('\n') === lines.join('\n')) return;
    const had = lines.length;
    lines = next;
    share(lines);
    if (lines.length === 0) {
      logger.info(`✓ The content has no problems again (${count(had)} fixed).`);
    } else {
      for (const line of lines) logger.error(line);
      logger.error(
        `${count(lines.length)} in the content, shown on every page too; a build would stop on ${lines.length === 1 ? 'it' : 'them'}.`,
      );
    }
    server.ws.send({ type: 'full-reload' });
  };

  // A content folder outside the project (CHRONICLE_CONTENT) is not in Vite's watch otherwise.
  server.watcher.add(folder);
  server.watcher.on('all', (_event, path) => {
    if (path !== folder && !path.startsWith(folder + sep)) return;
    clearTimeout(timer);
    timer = setTimeout(check, SETTLE_MS);
  });
}
