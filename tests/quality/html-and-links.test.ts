/**
 * Over every built page of the fixture site (under /sub/) and of the real
 * site: valid HTML, no broken internal link or anchor (feeds, sitemap and
 * exports included), and the tags a shared link needs.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { LinkChecker } from 'linkinator';
import { describe, expect, inject, it } from 'vitest';
import { serveStatic } from '../../src/cli/support/static-server.ts';
import { fileForUrl, htmlFiles, pagePath } from '../helpers/built-site.ts';
import { PROJECT_ROOT } from '../helpers/run.ts';

const SITES = [
  {
    name: 'fixture site',
    dist: inject('fixtureDist'),
    base: '/sub/',
    root: 'https://fixture.example/sub/',
  },
  { name: 'real site', dist: inject('siteDist'), base: '/', root: 'https://example.org/' },
];

describe.each(SITES)('$name', ({ dist, base, root }) => {
  const pages = htmlFiles(dist);

  it('every page is valid HTML (html-validate, recommended rules)', async () => {
    const validator = new HtmlValidate(
      (await import(join(PROJECT_ROOT, '.htmlvalidate.mjs'))).default as ConstructorParameters<
        typeof HtmlValidate
      >[0],
    );
    const problems: string[] = [];
    for (const file of pages) {
      const report = await validator.validateFile(file);
      for (const result of report.results)
        for (const m of result.messages)
          problems.push(`${pagePath(dist, file)}:${m.line} ${m.ruleId}: ${m.message}`);
    }
    expect(pages.length).toBeGreaterThan(10);
    expect(problems).toEqual([]);
  });

  it('no internal link or anchor is broken (linkinator, from the home page and every sitemap entry)', async () => {
    const server = await serveStatic(dist, base);
    try {
      const sitemapUrls = [
        ...readFileSync(join(dist, 'sitemap-0.xml'), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g),
      ].map((m) => m[1]!.replace(root, server.url));
      const checker = new LinkChecker();
      const result = await checker.check({
        path: [server.url, ...sitemapUrls],
        recurse: true,
        checkFragments: true,
        linksToSkip: (link: string) => Promise.resolve(!link.startsWith(server.url)),
        concurrency: 20,
      });
      const broken = result.links
        .filter((l) => l.state === 'BROKEN')
        .map((l) => `${l.url} (from ${l.parent}, ${l.status})`);
      expect(broken).toEqual([]);
      expect(result.links.filter((l) => l.state === 'OK').length).toBeGreaterThan(pages.length);
    } finally {
      await server.close();
    }
  });

  it('every URL in the sitemap, the feed and events.json is a page of the site', () => {
    const urls = [
      ...readFileSync(join(dist, 'sitemap-0.xml'), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g),
      ...readFileSync(join(dist, 'feed.xml'), 'utf8').matchAll(/<link>([^<]+)<\/link>/g),
      ...readFileSync(join(dist, 'events.json'), 'utf8').matchAll(/"url":"([^"]+)"/g),
    ]
      .map((m) => m[1]!)
      .filter((url) => url.startsWith(root));
    expect(urls.length).toBeGreaterThan(10);
    expect(urls.filter((url) => !fileForUrl(dist, root, url))).toEqual([]);
  });

  it('every page has a title, description, canonical URL and Open Graph tags; every event page its share image and JSON-LD', () => {
    const missing: string[] = [];
    for (const file of pages) {
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
      for (const property of ['og:title', 'og:description', 'og:url', 'og:type', 'og:site_name'])
        has(new RegExp(`<meta property="${property}" content="[^"]+"`), property);
      has(/<meta name="twitter:card" content="summary(_large_image)?"/, 'twitter:card');
      if (path.startsWith('events/')) {
        const image = /<meta property="og:image" content="([^"]+)"/.exec(html)?.[1];
        if (!image || !fileForUrl(dist, root, image)) missing.push(`${path}: share image`);
        const ld = /<script type="application\/ld\+json">(.*?)<\/script>/s.exec(html)?.[1];
        const data = ld
          ? (JSON.parse(ld) as { '@type'?: string; startDate?: string; citation?: unknown[] })
          : undefined;
        if (data?.['@type'] !== 'Event' || !data.startDate || !data.citation?.length)
          missing.push(`${path}: JSON-LD Event`);
      }
    }
    expect(missing).toEqual([]);
  });
});

describe('text around links', () => {
  it('no word runs into a link, a date or a quotation (Astro drops line breaks next to elements)', () => {
    const glued: string[] = [];
    for (const file of htmlFiles(inject('siteDist'))) {
      const html = readFileSync(file, 'utf8');
      const main = html.slice(html.indexOf('<main'), html.indexOf('</main>'));
      for (const m of main.matchAll(
        /[\w’”,.;:)]<(a|code|time|cite|strong|q)\b[^>]*>|<\/(a|code|time|cite|strong|q)>[\w“(]/g,
      )) {
        glued.push(
          `${pagePath(inject('siteDist'), file)}: …${main.slice(Math.max(0, m.index - 20), m.index + m[0].length + 10)}…`,
        );
      }
    }
    expect(glued).toEqual([]);
  });
});
