/**
 * The story's own site in a real browser: zero axe violations (WCAG 2.2 AA), in light and dark, on
 * every page type the story has (its home page, its first event, that event's first source, one
 * person, organisation, place and topic when it has any, the search, data, about, corrections,
 * "as known on" and 404 pages),
 * search finds its first event by its title, and no page requests another host. The pages are
 * found from the story, never named. (The fixture site's pages, lists and month pages included,
 * are checked the same way in tests/e2e/.)
 */
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { eventPath, knownPath, recordPath } from '../../src/lib/urls.ts';
import { knownDays } from '../../src/model/reports.ts';
import { ENTITY_COLLECTIONS } from '../../src/model/site-model.ts';
import { axeViolations, browserAvailable, browseSite, type BrowserSession } from '../helpers/browser.ts';
import { firstBuiltEvent, storyModel, storySite } from '../helpers/story.ts';

const site = storySite(inject('siteDist'));
const model = storyModel();
const firstId = firstBuiltEvent(site.dist, site.base);
const first = model.events.find((e) => e.id === firstId);

/** One record of a collection: the first event's, if it has one, else the first there is. */
function oneOf(collection: (typeof ENTITY_COLLECTIONS)[number]): string | undefined {
  return first?.data[collection][0] ?? [...model[collection].keys()][0];
}

const PAGES: Record<string, string> = { home: '' };
if (first) PAGES['first event'] = eventPath(first.id);
const source = first?.data.sources[0]?.source ?? [...model.sources.keys()][0];
if (source) PAGES.source = recordPath('sources', source);
for (const collection of ENTITY_COLLECTIONS) {
  const id = oneOf(collection);
  if (id !== undefined) PAGES[`one of ${collection}`] = recordPath(collection, id);
}
PAGES.search = first ? `search/?q=${encodeURIComponent(first.data.title)}` : 'search/';
PAGES.data = 'data/';
PAGES.about = 'about/';
PAGES['corrections log'] = 'changes/';
const firstDay = knownDays(model.sources.values())[0];
if (firstDay) PAGES['what was known on the first day'] = knownPath(firstDay);
PAGES['missing page (404)'] = 'no-such-page/';

describe.skipIf(!browserAvailable)('the story’s pages in a real browser', () => {
  let session: BrowserSession;
  let browser: BrowserContext;
  beforeAll(async () => {
    session = await browseSite(site.dist, site.base);
    browser = await session.open();
  });
  afterAll(() => session?.close());

  it.each(
    Object.entries(PAGES).flatMap(([name, path]) =>
      (['light', 'dark'] as const).map((scheme) => [name, scheme, path] as const),
    ),
  )('%s (%s) has no accessibility violations', async (_name, scheme, path) => {
    const page = await browser.newPage();
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(session.url + path);
    if (first && path.startsWith('search/'))
      await page.locator(`pagefind-results a[href$="${eventPath(first.id)}"]`).first().waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('no page requests any host other than its own', () => {
    const origin = new URL(session.url).origin;
    expect(session.requests.length).toBeGreaterThan(Object.keys(PAGES).length);
    expect(
      session.requests.filter((url) => !url.startsWith(origin) && !url.startsWith('data:')),
    ).toEqual([]);
  });
});
