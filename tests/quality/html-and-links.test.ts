/**
 * Over every built page of the fixture site (under /sub/): valid HTML, no broken internal link or
 * anchor (feeds, sitemap and exports included), the tags a shared link needs, and no word run into
 * a link. The same checks run on the content's own site in tests/content/.
 */
import { describe, expect, inject, it } from 'vitest';
import { htmlFiles } from '../helpers/built-site.ts';
import {
  brokenLinks,
  gluedText,
  invalidHtml,
  listedUrls,
  missingMetaTags,
  sitemapUrls,
  type BuiltSite,
} from '../helpers/site-checks.ts';

const site: BuiltSite = {
  dist: inject('fixtureDist'),
  base: '/sub/',
  root: 'https://fixture.example/sub/',
};

describe('fixture site', () => {
  it('every page is valid HTML (html-validate, recommended rules)', async () => {
    expect(htmlFiles(site.dist).length).toBeGreaterThan(10);
    expect(await invalidHtml(site.dist)).toEqual([]);
  });

  it('no internal link or anchor is broken (linkinator, from the home page and every sitemap entry)', async () => {
    const { broken, unchecked } = await brokenLinks(site);
    expect(broken).toEqual([]);
    expect(unchecked).toEqual([]);
    expect(sitemapUrls(site.dist).length).toBeGreaterThan(10);
  });

  it('every URL in the sitemap, the feed and events.json is a page of the site', () => {
    const { urls, notPages } = listedUrls(site);
    expect(urls.length).toBeGreaterThan(10);
    expect(notPages).toEqual([]);
  });

  it('every page has a title, description, canonical URL and Open Graph tags; every event page its share image and JSON-LD', () => {
    expect(missingMetaTags(site)).toEqual([]);
  });
});

describe('text around links', () => {
  it('no word runs into a link, a date or a quotation (Astro drops line breaks next to elements)', () => {
    expect(gluedText(site.dist)).toEqual([]);
  });
});
