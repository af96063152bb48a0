/**
 * Every measurement for one content size: `npm run validate`, a site build
 * with an empty share-image cache, one with a warm cache, one after editing a
 * single event, and the bare Astro baseline; then the size and weight of what
 * the warm build wrote.
 */
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { writeSyntheticContent } from '../lib/synthetic-content.ts';
import { runNode, type ChildRun } from './measure-child.ts';
import { folderSize, largestPage, pageWeight, type PageWeight } from './output-size.ts';
import { clearBuildCaches } from './project-copy.ts';
import { routeTimes } from './route-times.ts';
import { countFiles, editOneEvent } from './share-images.ts';

export const PAGE_LIMIT = 100 * 1024;

export interface Folders {
  root: string;
  site: string;
  bare: string;
}

export interface SizeResult {
  events: number;
  contentFiles: number;
  validateMs: number[];
  cold: ChildRun;
  warm: ChildRun;
  edited: ChildRun & { event: string };
  bare: ChildRun;
  /** Files the bare build wrote: one page per event, as a check that it really built them. */
  bareFiles: number;
  output: { bytes: number; files: number };
  pages: { home: PageWeight; event: PageWeight; entity: PageWeight };
  largest: { page: string; gzip: number; pages: number; over: number };
  cache: { afterCold: number; afterWarm: number; afterEdit: number };
  routes: Map<string, { pages: number; ms: number }>;
  failures: string[];
}

export function benchSize(events: number, folders: Folders, progress: (message: string) => void): SizeResult {
  const { root, site, bare } = folders;
  const content = join(root, `content-${events}`);
  // Outputs inside each project, as dist/ is: the bundle Astro writes there imports packages from the project's node_modules.
  const out = join(site, `dist-${events}`);
  const bareOut = join(bare, `dist-${events}`);
  const cache = join(root, `share-images-${events}`);
  writeSyntheticContent(content, { events });
  const contentFiles = folderSize(content).files;
  const env = { CHRONICLE_CONTENT: content, CHRONICLE_OUT_DIR: out, CHRONICLE_CACHE_DIR: cache, ASTRO_TELEMETRY_DISABLED: '1' };
  const failures: string[] = [];
  const run = (label: string, cwd: string, script: string, args: string[] = [], extraEnv: Record<string, string> = {}) => {
    progress(`${events} events: ${label}`);
    const logFile = join(root, `${events}-${label.replace(/\W+/g, '-')}.log`);
    const result = runNode(script, args, { cwd, env: { ...env, ...extraEnv }, logFile });
    if (result.status !== 0) failures.push(`${label} exited with ${result.status}; see ${logFile}`);
    return { ...result, log: logFile };
  };

  const validateMs = [1, 2, 3].map((n) => run(`validate ${n}`, site, 'src/cli/validate.ts', [content]).ms);
  const build = (label: string) => {
    clearBuildCaches(site);
    return run(label, site, 'src/cli/build.ts');
  };
  rmSync(cache, { recursive: true, force: true });
  const cold = build('site build, empty share-image cache');
  const afterCold = countFiles(cache);
  const warm = build('site build, warm share-image cache');
  const afterWarm = countFiles(cache);
  const routes = routeTimes(readFileSync(warm.log, 'utf8'));

  const firstEvent = readdirSync(join(content, 'events')).sort()[0]!.slice(0, -'.md'.length);
  const output = folderSize(out);
  const pages = {
    home: pageWeight(out, 'index.html'),
    event: pageWeight(out, `events/${firstEvent}/index.html`),
    entity: pageWeight(out, 'people/person-0/index.html'),
  };
  const largest = largestPage(out, PAGE_LIMIT);

  const event = editOneEvent(content);
  const edited = { ...build('site build after editing one event'), event };
  const afterEdit = countFiles(cache);

  clearBuildCaches(bare);
  const bareRun = run('bare Astro build', bare, 'build.mjs', [], { CHRONICLE_OUT_DIR: bareOut });

  const bareFiles = bareRun.status === 0 ? folderSize(bareOut).files : 0;
  for (const folder of [content, out, cache, bareOut]) rmSync(folder, { recursive: true, force: true });
  return {
    events,
    contentFiles,
    validateMs,
    cold,
    warm,
    edited,
    bare: bareRun,
    bareFiles,
    output,
    pages,
    largest,
    cache: { afterCold, afterWarm, afterEdit },
    routes,
    failures,
  };
}
