/** How the benchmark measures, printed with its figures so a reader can judge them. */
import type { MachineFacts } from './machine.ts';
import { BARE_PROCESSOR } from './bare-site.ts';
import { PEAK_METHOD } from './measure-child.ts';
import type { CardTiming } from './share-card-timing.ts';

export function machineLines(m: MachineFacts): string[] {
  return [
    `CPU: ${m.cpu}, ${m.cores} cores; memory ${m.memoryGiB} GiB; Linux ${m.kernel}`,
    `Node ${m.node}; ${Object.entries(m.versions)
      .map(([name, version]) => `${name} ${version}`)
      .join(', ')}`,
    `Working folder: a temporary folder (${m.fileSystem}${m.fileSystem === 'tmpfs' ? ', in memory' : ', on disk: file writes add noise'})`,
    `Project: commit ${m.commit}`,
  ];
}

export function methodLines(cards: CardTiming): string[] {
  return [
    'Content: writeSyntheticContent (src/bench/synthetic-content.ts): valid events of about 1.7 KB with a quote, 2 people, 1 place and 1 topic each; 1 source per 20 events, 1 person per 25, 1 place per 50.',
    "Each build runs `node src/cli/build.ts` in a copy of the project (astro.config.mjs, tsconfig.json, package.json, src/, public/; every package linked from node_modules) with CHRONICLE_CONTENT, CHRONICLE_OUT_DIR, CHRONICLE_CACHE_DIR and NODE_COMPILE_CACHE set, after deleting .astro/, node_modules/.astro/ and node_modules/.vite/: every build is a full build; only the share-image cache and Node's compile cache (the bare build has one too) are kept between builds, and both are emptied before the empty-cache build.",
    'Times are wall times of the whole child process (Node start-up included). Warm-cache site builds and bare builds run several times, in turns, and their medians are compared; the empty-cache build and the build after an edit run once; validate runs 3 times, in turns with its floor (src/bench/parse-floor.ts: the same files read and parsed with gray-matter and zod alone, nothing else).',
    `Peak memory: ${PEAK_METHOD}.`,
    `Bare baseline: a separate Astro project with one collection (glob loader over the same events folder, no schema), ${BARE_PROCESSOR}, and one page per entry rendering its Markdown; nothing else; built at Astro's own log level (info, a line a page), as the site is. The budget ratio uses the site build with a warm share-image cache (share images are reported apart).`,
    `Share images, the exports and the search index are made in a worker thread while Astro renders the pages (src/derived/); the build logs how long each took and how long it then waited for them. Drawing cost per image is the time the empty-cache build spent drawing, from that log line; renderShareCard called directly: ${cards.perImageMs.toFixed(1)} ms per image (mean of ${cards.sample}, after a first card of ${cards.firstMs.toFixed(0)} ms that loads the fonts). The edit test changes one event's title and counts the files in the cache folder.`,
    'Page weight: gzip at level 6 (zlib default), KB = 1,024 bytes; an event page counts its HTML plus every stylesheet it links. Output figures come from the warm-cache build.',
  ];
}
