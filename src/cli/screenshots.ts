/**
 * `npm run screenshots [dist] [out]`: opens the built site in Debian's
 * Chromium (playwright-core, no downloaded browser) and saves screenshots of
 * the home page and the first event page at phone and desktop widths, light
 * and dark, so people can look at what readers see.
 */
import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { serveStatic } from '../lib/static-server.ts';

const dist = process.argv[2] ?? 'dist';
const out = process.argv[3] ?? 'screenshots';
mkdirSync(out, { recursive: true });

const server = await serveStatic(dist);
const profile = mkdtempSync(join(tmpdir(), 'chronicle-chromium-'));
const browser = await chromium.launchPersistentContext(profile, {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1',
  ],
});
const firstEvent = readdirSync(join(dist, 'events')).sort()[0];
const pages = { home: '', event: `events/${firstEvent}/` };
try {
  for (const [name, path] of Object.entries(pages)) {
    for (const width of [375, 1280]) {
      for (const scheme of ['light', 'dark'] as const) {
        const page = await browser.newPage();
        await page.setViewportSize({ width, height: 900 });
        await page.emulateMedia({ colorScheme: scheme });
        await page.goto(`${server.url}${path}`);
        const file = join(out, `${name}-${width}-${scheme}.png`);
        await page.screenshot({ path: file, fullPage: true });
        console.log(file);
        await page.close();
      }
    }
  }
} finally {
  await browser.close();
  await server.close();
  rmSync(profile, { recursive: true, force: true });
}
