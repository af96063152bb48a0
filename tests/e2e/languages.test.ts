/**
 * The Spanish and Arabic stories in a real browser: zero axe violations (WCAG 2.2 AA) on every page
 * type in light and dark, the search page (Pagefind's own words included) in the site's language,
 * and, right to left, the pager and the overview laid out as the page reads.
 */
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  axeViolations,
  browserAvailable,
  browseSite,
  type BrowserSession,
} from '../helpers/browser.ts';

const SITES = {
  Spanish: {
    dist: () => inject('spanishDist'),
    search: 'ferri',
    pages: {
      home: '',
      event: 'events/2024-03-05-el-ferri-es-reflotado/',
      place: 'places/cabo-norte/',
      source: 'sources/2024-03-05-harbour-news-ferry-refloated/',
      about: 'about/',
      data: 'data/',
      'missing page (404)': 'no-such-page/',
    },
  },
  Arabic: {
    dist: () => inject('arabicDist'),
    search: 'الساحل',
    pages: {
      home: '',
      event: 'events/2024-05-08-the-coast-road-reopens/',
      place: 'places/coast-road/',
      person: 'people/salma-haddad/',
      source: 'sources/2024-05-08-coast-herald-road-reopens/',
      'list of sources': 'sources/',
      about: 'about/',
      data: 'data/',
      'missing page (404)': 'no-such-page/',
    },
  },
} as const;

async function violations(browser: BrowserContext, url: string, scheme: 'light' | 'dark') {
  const page = await browser.newPage();
  await page.emulateMedia({ colorScheme: scheme });
  await page.goto(url);
  if (url.includes('search/')) await page.locator('pagefind-results a').first().waitFor();
  const found = await axeViolations(page);
  await page.close();
  return found;
}

describe.skipIf(!browserAvailable).each(Object.entries(SITES))('the %s story', (_, story) => {
  let site: BrowserSession;
  let browser: BrowserContext;
  beforeAll(async () => {
    site = await browseSite(story.dist(), '/');
    browser = await site.open();
  });
  afterAll(() => site?.close());

  it.each(
    [
      ...Object.entries(story.pages),
      ['search', `search/?q=${encodeURIComponent(story.search)}`],
    ].flatMap(([name, path]) => (['light', 'dark'] as const).map((s) => [name, s, path] as const)),
  )('%s (%s) has no accessibility violations', async (_name, scheme, path) => {
    expect(await violations(browser, site.url + path, scheme)).toEqual([]);
  });
});

describe.skipIf(!browserAvailable)('right to left, in a real browser', () => {
  let site: BrowserSession;
  let browser: BrowserContext;
  beforeAll(async () => {
    site = await browseSite(inject('arabicDist'), '/');
    browser = await site.open();
  });
  afterAll(() => site?.close());

  it('puts the earlier event on the right of the pager and the later on the left', async () => {
    const page = await browser.newPage();
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto(`${site.url}events/2024-05-04-flood-closes-the-coast-road/`);
    const earlier = await page.getByRole('link', { name: /الأقدم/ }).boundingBox();
    const later = await page.getByRole('link', { name: /الأحدث/ }).boundingBox();
    expect(earlier!.x).toBeGreaterThan(later!.x);
    await page.close();
  });

  it('writes the embed code and its addresses left to right, and the embed itself right to left', async () => {
    const page = await browser.newPage();
    await page.goto(`${site.url}events/2024-05-04-flood-closes-the-coast-road/`);
    await page.click('.embed-code summary');
    expect(await page.locator('.embed-code textarea').getAttribute('dir')).toBe('ltr');
    // "?theme=light" inside a right-to-left sentence: its question mark stays at its start.
    const starts = await page.$$eval('.embed-code p code', (codes) =>
      codes.map((code) => {
        const first = document.createRange();
        first.setStart(code.firstChild!, 0);
        first.setEnd(code.firstChild!, 1);
        return Math.round(first.getBoundingClientRect().x - code.getBoundingClientRect().x);
      }),
    );
    expect(starts).toEqual([0, 0]);
    await page.goto(`${site.url}embed/events/2024-05-04-flood-closes-the-coast-road/`);
    expect(await page.getAttribute('html', 'dir')).toBe('rtl');
    await page.close();
  });

  it('starts the text of the page at the right, and a quote’s rule on its right side', async () => {
    const page = await browser.newPage();
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(`${site.url}events/2024-05-04-flood-closes-the-coast-road/`);
    const heading = (await page.locator('h1').boundingBox())!;
    const main = (await page.locator('main').boundingBox())!;
    expect(main.x + main.width - (heading.x + heading.width)).toBeLessThan(40);
    const rule = await page
      .locator('blockquote')
      .first()
      .evaluate((q) => getComputedStyle(q).borderRightWidth);
    expect(rule).toBe('3px');
    await page.close();
  });

  it('searches in Arabic, with Pagefind’s own words in Arabic', async () => {
    const page = await browser.newPage();
    await page.goto(`${site.url}search/?q=${encodeURIComponent('الساحل')}`);
    await page.locator('pagefind-results a').first().waitFor();
    const results = await page.locator('pagefind-results a').allTextContents();
    expect(results).toContain('إغلاق طريق الساحل بسبب الفيضان');
    // Pagefind's own words (its count of results, the filters' names) are Arabic too.
    const words = await page.locator('main').innerText();
    expect(words).toContain('3 نتائج');
    for (const filter of ['موضوع', 'مكان', 'منظمة']) expect(words).toContain(filter);
    expect(words).not.toMatch(/\b(results?|filters?|topic|place|kind|clear)\b/i);
    await page.close();
  });
});
