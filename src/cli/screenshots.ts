/**
 * `npm run screenshots [dist] [out]`: opens the built site in Debian's
 * Chromium (playwright-core, no downloaded browser) and saves screenshots of
 * the home page and the first event page at phone and desktop widths, light
 * and dark, so people can look at what readers see.
 */
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchChromium } from './support/chromium.ts';
import { commandLine } from './support/command-line.ts';
import { serveStatic } from './support/static-server.ts';

const { values, positionals } = commandLine({
  usage: 'npm run screenshots [-- [<site-folder> [<out-folder>]] [--full]]',
  about:
    'Opens the built site in Debian’s Chromium and saves screenshots of the home page, the richest event page, a place page and a source page, at 375 and 1280 pixels wide, light and dark.',
  positionals: [
    { name: 'site-folder', optional: true, help: 'The built site (default: dist).' },
    { name: 'out-folder', optional: true, help: 'Where to save them (default: screenshots).' },
  ],
  flags: { full: { type: 'boolean', help: 'Whole pages, not only what the window shows.' } },
  notes: ['Exit codes: 0 saved; 1 something failed; 2 a flag is unknown.'],
});
const dist = positionals[0] ?? 'dist';
const out = positionals[1] ?? 'screenshots';
mkdirSync(out, { recursive: true });

const server = await serveStatic(dist);
const profile = mkdtempSync(join(tmpdir(), 'chronicle-chromium-'));
const browser = await launchChromium(profile);
// The richest event page (most sources), a place page (with its map) and a source page: the page
// types readers meet.
const first = (folder: string) =>
  readdirSync(join(dist, folder))
    .filter((name) => !name.includes('.'))
    .sort()[0];
const richestEvent = readdirSync(join(dist, 'events'))
  .map((id) => ({ id, size: statSync(join(dist, 'events', id, 'index.html')).size }))
  .sort((a, b) => b.size - a.size)[0]!.id;
const pages = {
  home: '',
  event: `events/${richestEvent}/`,
  place: `places/${first('places')}/`,
  source: `sources/${first('sources')}/`,
};
try {
  for (const [name, path] of Object.entries(pages)) {
    for (const width of [375, 1280]) {
      for (const scheme of ['light', 'dark'] as const) {
        const page = await browser.newPage();
        await page.setViewportSize({ width, height: 900 });
        await page.emulateMedia({ colorScheme: scheme });
        await page.goto(`${server.url}${path}`);
        const file = join(out, `${name}-${width}-${scheme}.png`);
        await page.screenshot({ path: file, fullPage: values.full === true });
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
