/**
 * Every measurement for one content size: `npm run validate`, a site build
 * with an empty share-image cache, warm-cache builds and bare Astro builds
 * taken in turns (several of each: on a shared machine one run can be off by
 * seconds, so the medians are compared), one build after editing a single
 * event; then the size and weight of what the warm build wrote, and `npm run dev`'s reaction to an
 * edit.
 */
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { writeSyntheticContent } from './synthetic-content.ts';
import { runNode, type ChildRun } from './measure-child.ts';
import { folderSize, largestPage, pageWeight, type PageWeight } from './output-size.ts';
import { clearBuildCaches } from './project-copy.ts';
import { readSummary, type LoggedSummary } from '../derived/summary.ts';
import { median } from './format.ts';
import { routeTimes } from './route-times.ts';
import { countFiles, editOneEvent } from './share-card-timing.ts';
import { measureDevReaction, type DevReaction } from './dev-reaction.ts';

export const PAGE_LIMIT = 100 * 1024;
/** An embed inside someone's article: all it loads, in the first round trip, as an event page. */
export const EMBED_PAGE_LIMIT = 14 * 1024;

export interface Folders {
  root: string;
  site: string;
  bare: string;
}

export interface SizeResult {
  events: number;
  contentFiles: number;
  validateMs: number[];
  /** The same files read and parsed with gray-matter and zod alone (src/bench/parse-floor.ts). */
  parseFloorMs: number[];
  cold: ChildRun;
  /** The warm-cache build with the median time, and every warm and bare time in the order taken. */
  warm: ChildRun;
  warmMs: number[];
  edited: ChildRun & { event: string };
  bare: ChildRun;
  bareMs: number[];
  /** What the cold and warm builds logged about the files made in the worker thread. */
  made: { cold?: LoggedSummary | undefined; warm?: LoggedSummary | undefined };
  /** Files the bare build wrote: one page per event, as a check that it really built them. */
  bareFiles: number;
  output: { bytes: number; files: number };
  pages: { home: PageWeight; event: PageWeight; entity: PageWeight };
  largest: { page: string; gzip: number; pages: number; over: number };
  /** The heaviest embed document: all it loads, as its style and script are inline. */
  largestEmbed: { page: string; gzip: number; pages: number; over: number };
  cache: { afterCold: number; afterWarm: number; afterEdit: number };
  routes: Map<string, { pages: number; ms: number }>;
  /** `npm run dev` on the same content: its first event page, and an edit until it shows. */
  dev: DevReaction | undefined;
  failures: string[];
}

export async function benchSize(
  events: number,
  folders: Folders,
  progress: (message: string) => void,
  runs = 3,
): Promise<SizeResult> {
  const { root, site, bare } = folders;
  const content = join(root, `content-${events}`);
  // Outputs inside each project, as dist/ is: the bundle Astro writes there imports packages from
  // the project's node_modules.
  const out = join(site, `dist-${events}`);
  const bareOut = join(bare, `dist-${events}`);
  const cache = join(root, `share-images-${events}`);
  // Node's compile cache, which the build keeps as it keeps the share images (src/cli/build.ts):
  // its own folder, emptied with the share-image cache, so the empty-cache build is a fresh runner's.
  const compileCache = join(root, `compile-cache-${events}`);
  writeSyntheticContent(content, { events });
  const contentFiles = folderSize(content).files;
  const env = {
    CHRONICLE_CONTENT: content,
    CHRONICLE_OUT_DIR: out,
    CHRONICLE_CACHE_DIR: cache,
    NODE_COMPILE_CACHE: compileCache,
    ASTRO_TELEMETRY_DISABLED: '1',
  };
  const failures: string[] = [];
  const run = (
    label: string,
    cwd: string,
    script: string,
    args: string[] = [],
    extraEnv: Record<string, string> = {},
  ) => {
    progress(`${events} events: ${label}`);
    const logFile = join(root, `${events}-${label.replace(/\W+/g, '-')}.log`);
    const result = runNode(script, args, { cwd, env: { ...env, ...extraEnv }, logFile });
    if (result.status !== 0) failures.push(`${label} exited with ${result.status}; see ${logFile}`);
    return { ...result, log: logFile };
  };

  // In turns with its floor, as the builds are with the bare build.
  const validateMs: number[] = [];
  const parseFloorMs: number[] = [];
  for (const n of [1, 2, 3]) {
    validateMs.push(run(`validate ${n}`, site, 'src/cli/validate.ts', [content]).ms);
    parseFloorMs.push(run(`parse floor ${n}`, site, 'src/bench/parse-floor.ts', [content]).ms);
  }
  const build = (label: string) => {
    clearBuildCaches(site);
    return run(label, site, 'src/cli/build.ts');
  };
  rmSync(cache, { recursive: true, force: true });
  rmSync(compileCache, { recursive: true, force: true });
  const cold = build('site build, empty share-image cache');
  const afterCold = countFiles(cache);
  // In turns, so that a slow spell on the machine weighs on both sides alike.
  const warmRuns: (ChildRun & { log: string })[] = [];
  const bareRuns: (ChildRun & { log: string })[] = [];
  for (let i = 1; i <= runs; i++) {
    warmRuns.push(build(`site build, warm share-image cache ${i}`));
    clearBuildCaches(bare);
    bareRuns.push(
      run(`bare Astro build ${i}`, bare, 'build.mjs', [], { CHRONICLE_OUT_DIR: bareOut }),
    );
  }
  const middle = <T extends { ms: number }>(list: T[]) =>
    list.find((r) => r.ms === median(list.map((x) => x.ms)))!;
  const warm = middle(warmRuns);
  const bareRun = middle(bareRuns);
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
  const largestEmbed = largestPage(join(out, 'embed'), EMBED_PAGE_LIMIT);

  const event = editOneEvent(content);
  const edited = { ...build('site build after editing one event'), event };
  const afterEdit = countFiles(cache);

  progress(`${events} events: npm run dev, an edit to one event`);
  let dev: DevReaction | undefined;
  try {
    dev = await measureDevReaction(site, content, event, join(root, `${events}-dev-server.log`));
  } catch (error) {
    failures.push(`npm run dev: ${(error as Error).message}; see ${events}-dev-server.log`);
  }

  const bareFiles = bareRun.status === 0 ? folderSize(bareOut).files : 0;
  for (const folder of [content, out, cache, compileCache, bareOut])
    rmSync(folder, { recursive: true, force: true });
  return {
    events,
    contentFiles,
    validateMs,
    parseFloorMs,
    cold,
    warm,
    warmMs: warmRuns.map((r) => r.ms),
    edited,
    bare: bareRun,
    bareMs: bareRuns.map((r) => r.ms),
    made: {
      cold: readSummary(readFileSync(cold.log, 'utf8')),
      warm: readSummary(readFileSync(warm.log, 'utf8')),
    },
    bareFiles,
    output,
    pages,
    largest,
    largestEmbed,
    cache: { afterCold, afterWarm, afterEdit },
    routes,
    dev,
    failures,
  };
}
