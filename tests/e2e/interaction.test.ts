/**
 * What readers do: move through pages by keyboard alone, filter the timeline (with and without
 * JavaScript), search.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { browserAvailable, browseSite, type BrowserSession } from '../helpers/browser.ts';

/** Presses Tab until focus comes back round, and lists what received it. */
async function tabThrough(
  page: Page,
  limit = 120,
): Promise<{ tag: string; text: string; outline: string }[]> {
  const seen: { tag: string; text: string; outline: string }[] = [];
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      const style = getComputedStyle(el);
      return {
        tag: el.tagName.toLowerCase(),
        text: (el.textContent ?? (el as HTMLInputElement).value ?? '').trim().slice(0, 40),
        outline: `${style.outlineStyle} ${style.outlineWidth}`,
      };
    });
    if (!focused) break;
    if (seen.length > 0 && focused.text === seen[0]!.text && focused.tag === seen[0]!.tag) break;
    seen.push(focused);
  }
  return seen;
}

describe.skipIf(!browserAvailable)('readers at work', () => {
  let site: BrowserSession;
  let browser: BrowserContext;
  let noScript: BrowserContext;
  beforeAll(async () => {
    site = await browseSite(inject('fixtureDist'), '/sub/');
    browser = await site.open();
    noScript = await site.open({ javaScript: false });
  });
  afterAll(() => site?.close());

  it('fills in the citation’s access date as the pages write dates (day first in English), and leaves the words without JavaScript', async () => {
    const page = await browser.newPage();
    await page.goto(`${site.url}events/2021-11-30-harbour-council-meets/`);
    const expected = new Date().toLocaleDateString('en-GB', {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
    });
    expect(await page.textContent('[data-access-date]')).toBe(expected);
    await page.close();
    const plain = await noScript.newPage();
    await plain.goto(`${site.url}events/2021-11-30-harbour-council-meets/`);
    expect(await plain.textContent('[data-access-date]')).toBe('[the date you read it]');
    await plain.close();
  });

  it.each([
    '',
    'events/2021-11-30-harbour-council-meets/',
    'people/ada-quill/',
    'sources/2021-11-28-wire-council-preview/',
    'search/',
  ])(
    'reaches every link and control of /sub/%s by keyboard, each with a visible focus ring',
    async (path) => {
      const page = await browser.newPage();
      await page.goto(site.url + path);
      const focusable = await page.evaluate(
        () =>
          [
            ...document.querySelectorAll<HTMLElement>(
              // What sequential focus reaches: not what tabindex="-1" takes out of it on purpose
              // (a heading's own "#" link, hidden from assistive technology too).
              'a[href]:not([tabindex="-1"]), button, input, summary, [tabindex]:not([tabindex="-1"])',
            ),
          ].filter(
            (el) =>
              el.offsetParent !== null &&
              !el.closest('[hidden], details:not([open]) > :not(summary)'),
          ).length,
      );
      const reached = await tabThrough(page);
      expect(reached[0]).toMatchObject({ tag: 'a', text: 'Skip to content' });
      expect(reached.length).toBeGreaterThanOrEqual(Math.min(focusable, 100));
      expect(
        reached.filter((r) => !r.outline.startsWith('solid')).map((r) => `${r.tag} ${r.text}`),
      ).toEqual([]);
      await page.close();
    },
  );

  it('the skip link moves focus to the main content', async () => {
    const page = await browser.newPage();
    await page.goto(site.url);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('main');
    await page.close();
  });

  it('with JavaScript, a filter link narrows the timeline in place and can be undone', async () => {
    const page = await browser.newPage();
    await page.goto(site.url);
    const entries = page.locator('.entry:visible');
    await expect(entries.count()).resolves.toBe(3);
    await page.locator('summary', { hasText: 'Filter the timeline' }).click();
    await page.locator('[data-filter-kind="people"][data-filter-id="ada-quill"]').click();
    await expect(entries.count()).resolves.toBe(1);
    await expect(page.locator('[data-filter-label]').textContent()).resolves.toBe(
      'Showing 1 event: Ada Quill.',
    );
    expect(new URL(page.url()).search).toBe('?people=ada-quill');
    await page.getByRole('button', { name: 'Show all events' }).click();
    await expect(entries.count()).resolves.toBe(3);
    await page.close();
  });

  it('a filtered timeline can be shared as a link', async () => {
    const page = await browser.newPage();
    await page.goto(`${site.url}?topics=bridge`);
    await expect(page.locator('.entry:visible').count()).resolves.toBe(3);
    await page.goto(`${site.url}?people=ada-quill`);
    await expect(page.locator('.entry:visible').count()).resolves.toBe(1);
    await page.close();
  });

  it('without JavaScript, a filter link opens the page that lists those events', async () => {
    const page = await noScript.newPage();
    await page.goto(site.url);
    await page.locator('summary', { hasText: 'Filter the timeline' }).click();
    await page.locator('[data-filter-kind="people"][data-filter-id="ada-quill"]').click();
    await page.waitForURL(`${site.url}people/ada-quill/`);
    await expect(page.locator('.entry').count()).resolves.toBe(1);
    await page.close();
  });

  it('the search box on any page finds a known event', async () => {
    const page = await browser.newPage();
    await page.goto(`${site.url}people/ada-quill/`);
    await page.getByLabel('Search events').fill('bridge plans');
    await page.getByRole('button', { name: 'Search' }).click();
    await page.waitForURL(`${site.url}search/?q=bridge+plans`);
    const first = page.locator('pagefind-results a').first();
    await first.waitFor();
    await expect(page.locator('pagefind-results').textContent()).resolves.toContain(
      'Council approves the bridge plans',
    );
    await page
      .locator('pagefind-results a', { hasText: 'Council approves the bridge plans' })
      .first()
      .click();
    await page.waitForURL(`${site.url}events/2021-03-council-approves-plans/`);
    await page.close();
  });

  it('without JavaScript, the search page points to the lists instead', async () => {
    const page = await noScript.newPage();
    await page.goto(`${site.url}search/?q=bridge`);
    await expect(page.locator('main').textContent()).resolves.toContain(
      'Searching needs JavaScript',
    );
    await page.getByRole('link', { name: 'topic', exact: true }).click();
    await page.waitForURL(`${site.url}topics/`);
    await page.close();
  });
});
