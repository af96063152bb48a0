/**
 * Checks over every page of a built site, whatever its content: the fixture site's tests (which
 * test Chronicle) and the content's checks (which test a story) run the same ones. Each returns
 * what it found wrong, one line per problem, so a test can expect an empty list.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { LinkChecker } from 'linkinator';
import { serveStatic } from '../../src/cli/support/static-server.ts';
import { fileForUrl, htmlFiles, pagePath } from './built-site.ts';
import { PROJECT_ROOT } from './run.ts';

/** A built site: its folder, the path it is served under, and its public address with that path. */
export interface BuiltSite {
  dist: string;
  base: string;
  root: string;
}

/** html-validate with the project's own rules, over every page. */
export async function invalidHtml(dist: string): Promise<string[]> {
  const validator = new HtmlValidate(
    (await import(join(PROJECT_ROOT, '.htmlvalidate.mjs'))).default as ConstructorParameters<
      typeof HtmlValidate
    >[0],
  );
  const problems: string[] = [];
  for (const file of htmlFiles(dist)) {
    const report = await validator.validateFile(file);
    for (const result of report.results)
      for (const m of result.messages)
        problems.push(`${pagePath(dist, file)}:${m.line} ${m.ruleId}: ${m.message}`);
  }
  return problems;
}

const NU_CHECKER = join(PROJECT_ROOT, 'node_modules', 'vnu-jar', 'build', 'dist', 'vnu.jar');

/** The W3C Nu checker runs wherever Java is installed, and must run in CI. */
export const nuCheckerAvailable =
  (spawnSync('java', ['-version']).status === 0 && existsSync(NU_CHECKER)) ||
  process.env.CI === 'true';

/**
 * The W3C Nu HTML checker's errors over every page of the sites given, in one run of the checker
 * (a Java program: starting it is most of its cost). One line per error: page, line, message.
 */
export function nuErrors(dists: readonly string[]): string[] {
  const run = spawnSync(
    'java',
    ['-jar', NU_CHECKER, '--skip-non-html', '--errors-only', '--format', 'json', ...dists],
    { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  if (run.error || run.stderr.trim() === '')
    throw new Error(`The Nu checker did not run: ${run.error?.message ?? `status ${run.status}`}`);
  const { messages } = JSON.parse(run.stderr) as {
    messages: { type: string; url?: string; lastLine?: number; message: string }[];
  };
  return messages.map((m) => {
    const file = decodeURIComponent(m.url ?? '').replace(/^file:/, '');
    const dist = dists.find((d) => file.startsWith(d));
    return `${dist ? pagePath(dist, file) : file}:${m.lastLine ?? 0} ${m.type}: ${m.message}`;
  });
}

/** The absolute URLs of the sitemap. */
export function sitemapUrls(dist: string): string[] {
  return [
    ...readFileSync(join(dist, 'sitemap-0.xml'), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g),
  ].map((m) => m[1]!);
}

/**
 * linkinator from the home page and every sitemap entry, following every internal link and
 * anchor: the links it found broken, and the sitemap entries it did not reach as working pages.
 */
export async function brokenLinks({ dist, base, root }: BuiltSite): Promise<{
  broken: string[];
  unchecked: string[];
}> {
  const server = await serveStatic(dist, base);
  try {
    const local = (url: string) => url.replace(root, server.url);
    const pages = sitemapUrls(dist).map(local);
    const checker = new LinkChecker();
    const result = await checker.check({
      path: [server.url, ...pages],
      recurse: true,
      checkFragments: true,
      linksToSkip: (link: string) => Promise.resolve(!link.startsWith(server.url)),
      concurrency: 20,
    });
    const ok = new Set(result.links.filter((l) => l.state === 'OK').map((l) => l.url));
    return {
      broken: result.links
        .filter((l) => l.state === 'BROKEN')
        .map((l) => `${l.url} (from ${l.parent}, ${l.status})`),
      unchecked: [server.url, ...pages].filter((url) => !ok.has(url)),
    };
  } finally {
    await server.close();
  }
}

/** The site's own URLs in the sitemap, the feed and events.json, and those that are no page. */
export function listedUrls({ dist, root }: BuiltSite): { urls: string[]; notPages: string[] } {
  const urls = [
    ...sitemapUrls(dist),
    ...[...readFileSync(join(dist, 'feed.xml'), 'utf8').matchAll(/<link>([^<]+)<\/link>/g)].map(
      (m) => m[1]!,
    ),
    ...[...readFileSync(join(dist, 'events.json'), 'utf8').matchAll(/"url":"([^"]+)"/g)].map(
      (m) => m[1]!,
    ),
  ].filter((url) => url.startsWith(root));
  return { urls, notPages: urls.filter((url) => !fileForUrl(dist, root, url)) };
}

/**
 * The tags a shared link needs, on every page: title, description, canonical URL (a page of the
 * site), Open Graph and Twitter card; on every event page, its share image and JSON-LD Event.
 */
export function missingMetaTags({ dist, root }: BuiltSite): string[] {
  const missing: string[] = [];
  for (const file of htmlFiles(dist)) {
    const html = readFileSync(file, 'utf8');
    const path = pagePath(dist, file);
    if (/http-equiv="refresh"/.test(html)) continue; // an earlier id's redirect page
    const has = (pattern: RegExp, what: string) =>
      pattern.test(html) || missing.push(`${path}: ${what}`);
    has(/<title>[^<]+<\/title>/, 'title');
    has(/<meta name="description" content="[^"]+"/, 'description');
    const canonical = /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1];
    if (!canonical) missing.push(`${path}: canonical`);
    else if (!path.startsWith('404') && !fileForUrl(dist, root, canonical))
      missing.push(`${path}: canonical ${canonical} is not a page`);
    // An embed is shown inside another site's page, never shared or indexed itself: it is
    // noindex, and its canonical is the full page, which has the cards.
    if (path.startsWith('embed/')) {
      has(/<meta name="robots" content="noindex">/, 'noindex');
      if (canonical && fileForUrl(dist, root, canonical)?.includes('/embed/'))
        missing.push(`${path}: canonical ${canonical} is another embed`);
      continue;
    }
    for (const property of ['og:title', 'og:description', 'og:url', 'og:type', 'og:site_name'])
      has(new RegExp(`<meta property="${property}" content="[^"]+"`), property);
    has(/<meta name="twitter:card" content="summary(_large_image)?"/, 'twitter:card');
    // Every page a card: its own (an event's), or the site's.
    const image = /<meta property="og:image" content="([^"]+)"/.exec(html)?.[1];
    if (!image || !fileForUrl(dist, root, image)) missing.push(`${path}: share image`);
    // The image's words, for both cards: Open Graph's, and Twitter's (which reads only its own).
    const alt = /<meta property="og:image:alt" content="([^"]+)"/.exec(html)?.[1];
    if (!alt) missing.push(`${path}: og:image:alt`);
    else
      has(
        new RegExp(
          `<meta name="twitter:image:alt" content="${alt.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"`,
        ),
        'twitter:image:alt',
      );
    // An event's page (a retired event's notice, at an events/ address too, is not one): its own
    // card, and its Event in the page's JSON-LD.
    if (path.startsWith('events/') && !/<meta name="robots" content="noindex">/.test(html)) {
      if (!image?.endsWith(`/og/${path.split('/')[1]}.png`)) missing.push(`${path}: own card`);
      const ld = /<script type="application\/ld\+json">(.*?)<\/script>/s.exec(html)?.[1];
      const graph = ld
        ? (JSON.parse(ld) as { '@graph'?: { '@type'?: string; startDate?: string }[] })['@graph']
        : undefined;
      const event = graph?.find((node) => node['@type'] === 'Event');
      if (!event?.startDate) missing.push(`${path}: JSON-LD Event`);
    }
  }
  return missing;
}

/**
 * Places in the main content of every page where a word runs straight into a link, a date or a
 * quotation, or out of one (Astro drops line breaks next to elements). Only Latin letters, digits
 * and closing punctuation count as a word's edge, so scripts written without spaces never match.
 */
export function gluedText(dist: string): string[] {
  const glued: string[] = [];
  for (const file of htmlFiles(dist)) {
    const html = readFileSync(file, 'utf8');
    const main = html.slice(html.indexOf('<main'), html.indexOf('</main>'));
    for (const m of main.matchAll(
      /[\w’”,.;:)]<(a|code|time|cite|strong|q)\b[^>]*>|<\/(a|code|time|cite|strong|q)>[\w“(]/g,
    )) {
      glued.push(
        `${pagePath(dist, file)}: …${main.slice(Math.max(0, m.index - 20), m.index + m[0].length + 10)}…`,
      );
    }
  }
  return glued;
}
