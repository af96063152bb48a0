/**
 * Debian's Chromium, started headless for screenshots and tests. Playwright's
 * own browser download does not work on these machines; and without the
 * networking flags Chromium keeps trying to reach Google's hosts.
 */
import { chromium, type BrowserContext } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1',
];

/** A browser with a fresh profile folder (Playwright refuses --user-data-dir among the flags). */
export function launchChromium(
  profile: string,
  options: { javaScriptEnabled?: boolean } = {},
): Promise<BrowserContext> {
  return chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_FLAGS,
    ...options,
  });
}
