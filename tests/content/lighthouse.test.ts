/**
 * Lighthouse (13, on Debian Chromium) on the story's own home page and its first event page (the
 * first in the built timeline's order). All four scores are recorded in
 * test-results/lighthouse.json; accessibility, best practices and SEO must reach 95, performance
 * (which moves with machine load) 90, as the median of three runs when the first is below it.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { CHROMIUM_FLAGS } from '../../src/cli/support/chromium.ts';
import { serveStatic } from '../../src/cli/support/static-server.ts';
import { browserAvailable, CHROMIUM } from '../helpers/browser.ts';
import { firstBuiltEvent, storySite } from '../helpers/story.ts';

const site = storySite(inject('siteDist'));
const firstEvent = firstBuiltEvent(site.dist, site.base);
const PAGES = {
  home: '',
  'first event': firstEvent === undefined ? undefined : `events/${firstEvent}/`,
};
const FLOORS = { performance: 0.9, accessibility: 0.95, 'best-practices': 0.95, seo: 0.95 };
const scores: Record<string, Record<string, number | null>> = {};

describe.skipIf(!browserAvailable)('Lighthouse on the story’s site', () => {
  let server: Awaited<ReturnType<typeof serveStatic>>;
  let chrome: chromeLauncher.LaunchedChrome;
  beforeAll(async () => {
    server = await serveStatic(site.dist, site.base);
    chrome = await chromeLauncher.launch({
      chromePath: CHROMIUM,
      chromeFlags: ['--headless=new', ...CHROMIUM_FLAGS],
    });
  });
  afterAll(async () => {
    chrome?.kill();
    await server?.close();
    mkdirSync('test-results', { recursive: true });
    writeFileSync('test-results/lighthouse.json', `${JSON.stringify(scores, null, 2)}\n`);
    console.log('Lighthouse scores:', JSON.stringify(scores));
  });

  it.for(Object.entries(PAGES))(
    '%s page scores at least 95 (performance 90)',
    async ([name, path], context) => {
      context.skip(path === undefined, 'the story has no event yet');
      const run = async () =>
        (await lighthouse(server.url + path, {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: Object.keys(FLOORS),
        }))!.lhr.categories;
      const runs = [await run()];
      // Performance moves with the machine's load: below its floor, the page is run twice more and
      // the median of the three counts, as Lighthouse CI does (numberOfRuns). A page that is really
      // slow is slow in all three.
      if ((runs[0]!['performance']?.score ?? 0) < FLOORS.performance)
        runs.push(await run(), await run());
      const score = (id: string) => {
        const all = runs.map((categories) => categories[id]?.score ?? null);
        if (all.includes(null)) return null;
        return (all as number[]).sort((a, b) => a - b)[Math.floor(all.length / 2)]!;
      };
      scores[name] = Object.fromEntries(Object.keys(FLOORS).map((id) => [id, score(id)]));
      scores[name]['runs'] = runs.length;
      for (const [id, floor] of Object.entries(FLOORS))
        expect(score(id), `${name} ${id}`).toBeGreaterThanOrEqual(floor);
    },
  );
});
