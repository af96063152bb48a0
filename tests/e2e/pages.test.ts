/**
 * Every page type in a real browser: zero axe violations (WCAG 2.2 AA) in
 * light and dark, no request to any other host, deep links, the 404 page,
 * and an earlier id that redirects.
 */
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  axeViolations,
  browserAvailable,
  browseSite,
  type BrowserSession,
} from '../helpers/browser.ts';

const PAGES = {
  home: '',
  'month page': 'timeline/2021-11/',
  event: 'events/2021-11-30-harbour-council-meets/',
  'event with a span': 'events/2021-03-council-approves-plans/',
  person: 'people/ada-quill/',
  place: 'places/harbourtown/',
  organisation: 'organisations/harbour-council/',
  topic: 'topics/bridge/',
  'list of places': 'places/',
  source: 'sources/2021-12-01-gazette-council-approves/',
  'list of sources': 'sources/',
  search: 'search/?q=bridge',
  data: 'data/',
  about: 'about/',
  'corrections log': 'changes/',
  'retired event': 'events/2021-12-01-ferry-timetable-published/',
  'what was known on a day': 'known/2021-11-28/',
  'missing page (404)': 'no-such-page/',
};

describe.skipIf(!browserAvailable)('pages in a real browser', () => {
  let site: BrowserSession;
  let browser: BrowserContext;
  beforeAll(async () => {
    site = await browseSite(inject('fixtureDist'), '/sub/');
    browser = await site.open();
  });
  afterAll(() => site?.close());

  it.each(
    Object.entries(PAGES).flatMap(([name, path]) =>
      (['light', 'dark'] as const).map((scheme) => [name, scheme, path] as const),
    ),
  )('%s (%s) has no accessibility violations', async (_name, scheme, path) => {
    const page = await browser.newPage();
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(site.url + path);
    if (path.startsWith('search/')) await page.locator('pagefind-results a').first().waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('no page requests any host other than its own', () => {
    const origin = new URL(site.url).origin;
    expect(site.requests.length).toBeGreaterThan(20);
    expect(
      site.requests.filter((url) => !url.startsWith(origin) && !url.startsWith('data:')),
    ).toEqual([]);
  });

  it('a shared link to a day scrolls to that day, below the sticky headings', async () => {
    const page = await browser.newPage();
    await page.setViewportSize({ width: 375, height: 700 });
    await page.goto(`${site.url}#2021-11-30`);
    const day = page.locator('[id="2021-11-30"]');
    await expect(day.textContent()).resolves.toBe('30 November 2021');
    const box = (await day.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y).toBeLessThan(700);
    await page.close();
  });

  it('a shared link to an event opens its page, with its share image', async () => {
    const page = await browser.newPage();
    const response = await page.goto(`${site.url}events/2021-11-30-harbour-council-meets/`);
    expect(response?.status()).toBe(200);
    await expect(page.locator('h1').textContent()).resolves.toBe(
      'Harbour council meets on the bridge',
    );
    const image = await page.locator('meta[property="og:image"]').getAttribute('content');
    expect(image).toBe('https://fixture.example/sub/og/2021-11-30-harbour-council-meets.png');
    const png = await page.request.get(`${site.url}og/2021-11-30-harbour-council-meets.png`);
    expect(png.headers()['content-type']).toBe('image/png');
    await page.close();
  });

  it('an earlier id of an event redirects to its page', async () => {
    const page = await browser.newPage();
    await page.goto(`${site.url}events/2021-11-30-council-meeting/`);
    await page.waitForURL(`${site.url}events/2021-11-30-harbour-council-meets/`);
    await expect(page.locator('h1').textContent()).resolves.toBe(
      'Harbour council meets on the bridge',
    );
    await page.close();
  });

  it('a missing page answers 404 with a way back', async () => {
    const page = await browser.newPage();
    const response = await page.goto(`${site.url}events/2021-11-31-nothing/`);
    expect(response?.status()).toBe(404);
    await expect(page.locator('h1').textContent()).resolves.toBe('Page not found');
    await page.getByRole('link', { name: 'The whole timeline' }).click();
    await page.waitForURL(site.url);
    await page.close();
  });
});
