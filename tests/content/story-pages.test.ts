/**
 * The story's own site, as global setup built it from content/ (whatever story that is): every
 * page type renders for it, and every page is valid HTML, links only to what exists, carries the
 * tags a shared link needs, and runs no word into a link. Chronicle's own behaviour is tested on
 * the fixture site; these check that the story did not break it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { eventPath, monthPath, recordPath, withBase } from '../../src/lib/urls.ts';
import { ENTITY_COLLECTIONS } from '../../src/model/site-model.ts';
import { htmlFiles } from '../helpers/built-site.ts';
import {
  brokenLinks,
  gluedText,
  invalidHtml,
  nuCheckerAvailable,
  nuErrors,
  listedUrls,
  missingMetaTags,
} from '../helpers/site-checks.ts';
import {
  builtPage,
  eventLinks,
  firstBuiltEvent,
  headingOf,
  mainLinks,
  storyModel,
  storySite,
} from '../helpers/story.ts';

const site = storySite(inject('siteDist'));
const model = storyModel();
const { dist, base } = site;

/** Pages whose `<h1>` is not the one expected, as `path: found ≠ expected`. */
function wrongHeadings(pages: { path: string; heading: string }[]): string[] {
  return pages.flatMap(({ path, heading }) => {
    if (!existsSync(join(dist, path, 'index.html'))) return [`${path}: no page`];
    const found = headingOf(builtPage(dist, path));
    return found === heading ? [] : [`${path}: ${found} ≠ ${heading}`];
  });
}

describe('the story’s pages', () => {
  it('the home page is headed by the site’s title and lists the events by month and day, the first event first', () => {
    const home = builtPage(dist, '');
    expect(headingOf(home)).toBe(model.site.title);
    if (model.events.length <= model.site.homeLimit)
      expect(eventLinks(home, base)).toEqual(
        model.months().flatMap((m) => m.days.flatMap((d) => d.events.map((e) => e.id))),
      );
    else
      expect(mainLinks(home).filter((href) => href.includes('timeline/'))).toEqual(
        model.months().map((m) => withBase(base, monthPath(m.key))),
      );
    expect(firstBuiltEvent(dist, base)).toBe(model.events[0]?.id);
  });

  it('every event has its page, headed by its title, and every earlier id redirects to it', () => {
    expect(
      wrongHeadings(model.events.map((e) => ({ path: eventPath(e.id), heading: e.data.title }))),
    ).toEqual([]);
    const redirects = [...model.aliases].filter(([alias, id]) => {
      const file = join(dist, eventPath(alias), 'index.html');
      return !existsSync(file) || !readFileSync(file, 'utf8').includes(eventPath(id));
    });
    expect(redirects).toEqual([]);
  });

  it('every month of the timeline has its page, headed by the month', () => {
    expect(
      wrongHeadings(model.months().map((m) => ({ path: monthPath(m.key), heading: m.heading }))),
    ).toEqual([]);
  });

  it('every source has its page, headed by its headline, and the list of sources links to each', () => {
    const sources = [...model.sources.values()];
    expect(
      wrongHeadings(
        sources.map((s) => ({ path: recordPath('sources', s.id), heading: s.data.headline })),
      ),
    ).toEqual([]);
    const listed = new Set(mainLinks(builtPage(dist, 'sources/')));
    expect(
      sources.filter((s) => !listed.has(withBase(base, recordPath("sources", s.id)))).map((s) => s.id),
    ).toEqual([]);
  });

  it.for(ENTITY_COLLECTIONS)(
    'every record of %s has its page, headed by its name, and the list links to each',
    (collection, context) => {
      const records = [...model[collection].values()];
      context.skip(records.length === 0, `the story has no ${collection}`);
      expect(
        wrongHeadings(
          records.map((r) => ({ path: recordPath(collection, r.id), heading: r.data.name })),
        ),
      ).toEqual([]);
      const listed = new Set(mainLinks(builtPage(dist, `${collection}/`)));
      expect(
        records
          .filter((r) => !listed.has(withBase(base, recordPath(collection, r.id))))
          .map((r) => r.id),
      ).toEqual([]);
    },
  );

  it('the about, data, search and 404 pages render, each with its heading', () => {
    for (const path of ['about/', 'data/', 'search/', '404.html'])
      expect(headingOf(builtPage(dist, path)), path).toBeTruthy();
  });
});

describe('every page of the story’s site', () => {
  it('is valid HTML (html-validate, recommended rules)', async () => {
    // The home, about, data, search and 404 pages, and one page per event and per source at least.
    expect(htmlFiles(dist).length).toBeGreaterThanOrEqual(
      5 + model.events.length + model.sources.size,
    );
    expect(await invalidHtml(dist)).toEqual([]);
  });

  it.skipIf(!nuCheckerAvailable)('is valid HTML to the W3C Nu checker', () => {
    expect(nuErrors([dist])).toEqual([]);
  });

  it('links to no missing page or anchor (linkinator, from the home page and every sitemap entry)', async () => {
    const { broken, unchecked } = await brokenLinks(site);
    expect(broken).toEqual([]);
    expect(unchecked).toEqual([]);
  });

  it('is in the sitemap, the feed or events.json only if it is a page of the site', () => {
    const { urls, notPages } = listedUrls(site);
    expect(urls.length).toBeGreaterThanOrEqual(model.events.length);
    expect(notPages).toEqual([]);
  });

  it('has a title, description, canonical URL and Open Graph tags; every event page its share image and JSON-LD', () => {
    expect(missingMetaTags(site)).toEqual([]);
  });

  it('runs no word into a link, a date or a quotation', () => {
    expect(gluedText(dist)).toEqual([]);
  });
});
