/**
 * The embeds inside another site's page, as a newsroom pastes them: a host page served from a
 * second origin (another port on loopback) holding an event's card, a topic's timeline and a
 * person's timeline in a container that starts hidden, with the height script. The frames take
 * their content's height (after a resize to 320 px and after the hidden one is shown too), a click
 * opens the full page in the top window, the keyboard goes into a frame and out of it, nothing
 * goes to a third host and nothing is logged as an error. Each embed document has no axe
 * violations at 320 and 800 px, light and dark.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { serveStatic } from '../../src/cli/support/static-server.ts';
import { heightScript, iframeSnippet } from '../../src/model/embeds/embed-frame.ts';
import {
  axeViolations,
  browserAvailable,
  browseSite,
  type BrowserSession,
} from '../helpers/browser.ts';

const EVENT = 'embed/events/2021-11-30-harbour-council-meets/';
const TOPIC = 'embed/topics/bridge/';
const PERSON = 'embed/people/ada-quill/';

describe.skipIf(!browserAvailable)('embeds on another site', () => {
  let site: BrowserSession;
  let host: { url: string; close: () => Promise<void> };
  let hostDir: string;
  let browser: BrowserContext;
  let noScript: BrowserContext;
  const errors: string[] = [];

  beforeAll(async () => {
    site = await browseSite(inject('fixtureDist'), '/sub/');
    hostDir = mkdtempSync(join(tmpdir(), 'chronicle-host-'));
    const origin = new URL(site.url).origin;
    writeFileSync(
      join(hostDir, 'index.html'),
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>A newsroom's article</title><link rel="icon" href="data:,">
<style>body{max-width:44rem;margin:0 auto;padding:1rem;font-family:serif}</style></head>
<body><h1>A newsroom's article</h1><p><a id="before" href="#top">Before the card</a></p>
${iframeSnippet(`${site.url}${EVENT}`, 'The council meets', 'event')}
<p><a id="after" href="#top">After the card</a></p>
${iframeSnippet(`${site.url}${TOPIC}`, 'The bridge', 'list')}
<div id="tab" hidden>${iframeSnippet(`${site.url}${PERSON}`, 'Ada Quill', 'list')}</div>
${heightScript(origin)}
</body></html>`,
    );
    host = await serveStatic(hostDir, '/');
    browser = await site.open();
    noScript = await site.open({ javaScript: false });
  });
  afterAll(async () => {
    await site?.close();
    await host?.close();
    rmSync(hostDir, { recursive: true, force: true });
  });

  async function openHost(context: BrowserContext, width = 1280): Promise<Page> {
    const page = await context.newPage();
    await page.setViewportSize({ width, height: 900 });
    page.on(
      'console',
      (m) => m.type() === 'error' && errors.push(`${m.text()} (${m.location().url})`),
    );
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(host.url);
    return page;
  }

  const frameOf = (page: Page, path: string): Frame =>
    page.frames().find((f) => f.url().startsWith(`${site.url}${path}`))!;

  /** A frame once it is there and loaded (they load lazily). */
  async function loaded(page: Page, path: string): Promise<Frame> {
    await expect.poll(() => Boolean(frameOf(page, path))).toBe(true);
    const frame = frameOf(page, path);
    await frame.waitForLoadState('load');
    return frame;
  }

  /** The frame element's height, and the height of the document inside it. */
  async function heights(page: Page, path: string) {
    const frame = frameOf(page, path);
    const content = await frame.evaluate(() =>
      Math.ceil(document.documentElement.getBoundingClientRect().height),
    );
    const element = await page.$eval(`iframe[src="${site.url}${path}"]`, (f) =>
      Math.round(f.getBoundingClientRect().height),
    );
    return { content, element };
  }

  async function settled(page: Page, path: string) {
    await expect
      .poll(async () => {
        const h = await heights(page, path);
        return h.element === h.content;
      })
      .toBe(true);
    return heights(page, path);
  }

  it('sizes each frame to its content, again at 320 px, and a frame that starts hidden once shown', async () => {
    const page = await openHost(browser);
    await page.waitForLoadState('load');
    const card = await settled(page, EVENT);
    expect(card.element).not.toBe(320);
    const topic = await settled(page, TOPIC);
    expect(topic.element).not.toBe(640);
    await page.setViewportSize({ width: 320, height: 800 });
    const narrow = await settled(page, EVENT);
    expect(narrow.element).toBeGreaterThan(card.element);
    await page.evaluate(() => document.getElementById('tab')!.removeAttribute('hidden'));
    await expect.poll(() => page.frames().some((f) => f.url().includes(PERSON))).toBe(true);
    const person = await settled(page, PERSON);
    expect(person.element).toBeGreaterThan(100);
    await page.close();
  });

  it('opens the full page in the top window when a link in a frame is clicked', async () => {
    const page = await openHost(browser);
    await page.waitForLoadState('load');
    await (await loaded(page, EVENT)).click('h1 a');
    await page.waitForURL(`${site.url}events/2021-11-30-harbour-council-meets/`);
    expect(page.url()).toBe(`${site.url}events/2021-11-30-harbour-council-meets/`);
    await page.close();
  });

  it('moves the keyboard into a frame, through its links, and out to the host page', async () => {
    const page = await openHost(browser);
    await page.waitForLoadState('load');
    await loaded(page, EVENT);
    await page.focus('#before');
    const inFrame: string[] = [];
    for (let i = 0; i < 3; i++) {
      await page.keyboard.press('Tab');
      inFrame.push(
        await frameOf(page, EVENT).evaluate(() => document.activeElement?.textContent ?? ''),
      );
    }
    expect(inFrame).toEqual([
      'Harbour council meets on the bridge',
      'The full event, with its sources',
      'From Fixture Chronicle',
    ]);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('after');
    await page.close();
  });

  it('keeps the plain frame at its own height when the host runs no script, its text all there', async () => {
    const page = await openHost(noScript);
    await page.waitForLoadState('load');
    const element = await page.$eval(`iframe[src="${site.url}${EVENT}"]`, (f) =>
      Math.round(f.getBoundingClientRect().height),
    );
    expect(element).toBe(320);
    expect(await (await loaded(page, EVENT)).textContent('h1')).toBe(
      'Harbour council meets on the bridge',
    );
    await page.close();
  });

  it('asks no other host for anything, and logs no error', () => {
    const origins = new Set(site.requests.map((url) => new URL(url).origin));
    expect([...origins].sort()).toEqual(
      [new URL(site.url).origin, new URL(host.url).origin].sort(),
    );
    expect(errors).toEqual([]);
  });

  it('follows the reader’s colours unless the address asks for light or dark', async () => {
    const page = await browser.newPage();
    await page.emulateMedia({ colorScheme: 'light' });
    const background = () =>
      page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    await page.goto(`${site.url}${EVENT}`);
    expect(await background()).toBe('rgb(255, 255, 255)');
    await page.goto(`${site.url}${EVENT}?theme=dark`);
    expect(await background()).toBe('rgb(22, 24, 28)');
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(`${site.url}${EVENT}?theme=light`);
    expect(await background()).toBe('rgb(255, 255, 255)');
    await page.close();
  });

  for (const path of [EVENT, TOPIC, PERSON, 'embed/', 'embed/periods/2021-11-council-week/'])
    for (const width of [320, 800])
      for (const scheme of ['light', 'dark'] as const)
        it(`${path} at ${width} px (${scheme}) has no accessibility violations`, async () => {
          const page = await browser.newPage();
          await page.setViewportSize({ width, height: 700 });
          await page.emulateMedia({ colorScheme: scheme });
          await page.goto(`${site.url}${path}`);
          expect(await axeViolations(page)).toEqual([]);
          await page.close();
        });
});
