/**
 * A real browser for the tests: Debian's Chromium driven by playwright-core
 * (no downloaded browser), on a built site served from 127.0.0.1. Every
 * request the pages make is recorded, so tests can prove none leaves the machine.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Page } from 'playwright-core';
import { CHROMIUM_PATH, launchChromium } from '../../src/cli/support/chromium.ts';
import { serveStatic } from '../../src/cli/support/static-server.ts';

export const CHROMIUM = CHROMIUM_PATH;

/** axe-core's WCAG 2.2 AA violations on a page, one line each: rule and the elements it found. */
export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  return results.violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}

/** Browser tests run wherever Chromium is installed, and must run in CI. */
export const browserAvailable = existsSync(CHROMIUM) || process.env.CI === 'true';

export interface BrowserSession {
  url: string;
  requests: string[];
  open: (options?: { javaScript?: boolean }) => Promise<BrowserContext>;
  close: () => Promise<void>;
}

export async function browseSite(dist: string, base: string): Promise<BrowserSession> {
  const server = await serveStatic(dist, base);
  const requests: string[] = [];
  const contexts: { context: BrowserContext; profile: string }[] = [];
  return {
    url: server.url,
    requests,
    async open({ javaScript = true } = {}) {
      const profile = mkdtempSync(join(tmpdir(), 'chronicle-chromium-'));
      const context = await launchChromium(profile, { javaScriptEnabled: javaScript });
      context.on('request', (request) => requests.push(request.url()));
      contexts.push({ context, profile });
      return context;
    },
    async close() {
      for (const { context, profile } of contexts) {
        await context.close();
        rmSync(profile, { recursive: true, force: true });
      }
      await server.close();
    },
  };
}
