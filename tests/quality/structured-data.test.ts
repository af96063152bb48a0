/**
 * The JSON-LD of every page of every build (the fixture, the Spanish and Arabic stories, the
 * content's own site), read as its consumers read it: one graph per page, naming the site and the
 * page at its canonical address; valid against schema.org's type definitions (schema-dts, compiled
 * by TypeScript) with 0 errors; Google's required properties present; and an event's end the one
 * every export gives.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import {
  jsonLdOfPages,
  missingRequired,
  nodesOf,
  schemaOrgTypeErrors,
  type Node,
} from '../helpers/structured-data.ts';

const builds = {
  fixture: { dist: inject('fixtureDist'), root: 'https://fixture.example/sub/' },
  spanish: { dist: inject('spanishDist'), root: 'https://es.fixture.example/' },
  arabic: { dist: inject('arabicDist'), root: 'https://ar.fixture.example/' },
  site: { dist: inject('siteDist'), root: '' },
};
const pages = new Map(
  Object.entries(builds).flatMap(([name, { dist }]) =>
    [...jsonLdOfPages(dist)].map(([path, blocks]) => [`${name}: ${path}`, blocks] as const),
  ),
);
const first = (name: string) => [...pages].find(([page]) => page === name)?.[1][0];
const byType = (type: string) =>
  [...pages].flatMap(([page, blocks]) =>
    nodesOf(blocks[0]).flatMap((node) => (node['@type'] === type ? [{ page, node }] : [])),
  );

describe('structured data', () => {
  it('every page has one graph: the site, and the page at its canonical address', () => {
    expect(pages.size).toBeGreaterThan(60);
    const wrong: string[] = [];
    for (const [page, blocks] of pages) {
      const [build, path] = page.split(': ') as [keyof typeof builds, string];
      const html = readFileSync(join(builds[build].dist, path), 'utf8');
      const canonical = /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1];
      const nodes = nodesOf(blocks[0]);
      if (blocks.length !== 1) wrong.push(`${page}: ${blocks.length} blocks`);
      else if (nodes[0]?.['@type'] !== 'WebSite') wrong.push(`${page}: no WebSite first`);
      else if (nodes[1]?.['@id'] !== canonical)
        wrong.push(`${page}: page node is not ${canonical}`);
    }
    expect(wrong).toEqual([]);
  });

  it('type-checks against schema.org’s definitions with 0 errors', () => {
    const graphs = new Map([...pages].map(([page, blocks]) => [page, blocks[0]]));
    expect(schemaOrgTypeErrors(graphs)).toEqual([]);
  });

  it('the check finds what schema.org does not allow: citation on an Event, an Organization as actor', () => {
    const errors = schemaOrgTypeErrors(
      new Map([
        [
          'citation',
          { '@context': 'https://schema.org', '@graph': [{ '@type': 'Event', citation: 'x' }] },
        ],
        [
          'actor',
          {
            '@context': 'https://schema.org',
            '@graph': [{ '@type': 'Event', actor: { '@type': 'Organization', name: 'x' } }],
          },
        ],
      ]),
    );
    expect(errors).toHaveLength(2);
    expect(errors[0]).toMatch(/^citation: .*'"citation"' does not exist in type 'EventLeaf'/);
    expect(errors[1]).toMatch(/^actor: .*"Organization"' is not assignable/);
  });

  it('has every property Google requires of the types it reads', () => {
    expect(
      [...pages].flatMap(([page, blocks]) => missingRequired(page, nodesOf(blocks[0]))),
    ).toEqual([]);
  });

  it('an event page is a WebPage about its Event, citing its sources, with its day of change and corrections', () => {
    const graph = nodesOf(first('fixture: events/2021-11-30-harbour-council-meets/index.html'));
    const page = graph[1]!;
    const event = graph.find((node) => node['@type'] === 'Event')!;
    expect(page).toMatchObject({
      '@type': 'WebPage',
      about: { '@id': event['@id'] },
      mainEntity: { '@id': event['@id'] },
      dateModified: '2022-01-05',
      correction: [
        {
          '@type': 'CorrectionComment',
          datePublished: '2022-01-05',
          text: 'The summary said the council postponed the bridge; it approved it. The Harbour Gazette of 1 December reports the approval.',
        },
      ],
    });
    expect((page['citation'] as Node[]).map((c) => [c['@type'], c['datePublished']])).toEqual([
      ['NewsArticle', '2021-11-28'],
      ['NewsArticle', '2021-12-01'],
    ]);
    // People and organisations in a property that takes them, as the nodes of their own pages.
    expect(event['about']).toEqual([
      {
        '@type': 'Person',
        '@id': 'https://fixture.example/sub/people/ada-quill/#person',
        name: 'Ada Quill',
        url: 'https://fixture.example/sub/people/ada-quill/',
      },
      {
        '@type': 'Organization',
        '@id': 'https://fixture.example/sub/organisations/harbour-council/#organization',
        name: 'Harbour council',
        url: 'https://fixture.example/sub/organisations/harbour-council/',
      },
    ]);
    const person = nodesOf(first('fixture: people/ada-quill/index.html'));
    expect(person[2]).toMatchObject({
      '@type': 'Person',
      '@id': (event['about'] as Node[])[0]!['@id'],
    });
    // A page never changed has no dateModified.
    const unchanged = nodesOf(first('fixture: events/2022-01-bridge-works-start/index.html'));
    expect(unchanged[1]!['dateModified']).toBeUndefined();
  });

  it('each kind of page is the schema.org type of what it shows', () => {
    const types = (name: string) => nodesOf(first(name)).map((node) => node['@type']);
    expect(types('fixture: index.html')).toEqual(['WebSite', 'CollectionPage']);
    expect(types('fixture: people/ada-quill/index.html')).toEqual(['WebSite', 'WebPage', 'Person']);
    expect(types('fixture: organisations/harbour-council/index.html')).toEqual([
      'WebSite',
      'WebPage',
      'Organization',
    ]);
    expect(types('fixture: places/harbourtown/index.html')).toEqual([
      'WebSite',
      'WebPage',
      'Place',
    ]);
    expect(types('fixture: topics/bridge/index.html')).toEqual([
      'WebSite',
      'WebPage',
      'DefinedTerm',
    ]);
    expect(types('fixture: sources/2021-12-01-gazette-council-approves/index.html')).toEqual([
      'WebSite',
      'WebPage',
      'NewsArticle',
    ]);
    expect(types('fixture: data/index.html')).toEqual(['WebSite', 'WebPage', 'Dataset']);
    expect(types('fixture: about/index.html')).toEqual(['WebSite', 'AboutPage']);
    expect(types('fixture: search/index.html')).toEqual(['WebSite', 'SearchResultsPage']);
    expect(types('fixture: changes/index.html')).toEqual(['WebSite', 'CollectionPage']);
    const home = nodesOf(first('fixture: index.html'))[1]!;
    expect(home['mainEntity']).toMatchObject({ '@type': 'ItemList', numberOfItems: 3 });
    const article = nodesOf(
      first('fixture: sources/2021-12-01-gazette-council-approves/index.html'),
    )[2]!;
    expect(article).toMatchObject({
      headline: 'Council approves the bridge',
      publisher: { '@type': 'Organization', name: 'Harbour Gazette' },
      datePublished: '2021-12-01',
      inLanguage: 'en',
      url: 'https://gazette.example/council',
    });
    const dataset = nodesOf(first('fixture: data/index.html'))[2]!;
    expect((dataset['distribution'] as Node[]).map((d) => d['encodingFormat'])).toContain(
      'text/csv',
    );
  });

  it('gives a place an address with its country where its record names one, and an event a location where its record names a place', () => {
    const places = byType('Place').filter(({ page }) => page.startsWith('site: places/'));
    expect(places.length).toBeGreaterThan(0);
    const withCountry = places.filter(({ node }) => node['address']);
    expect(withCountry.length).toBeGreaterThan(places.length / 2);
    for (const { node } of withCountry)
      expect(node['address']).toMatchObject({
        '@type': 'PostalAddress',
        addressCountry: expect.any(String),
      });
    const records = new Map(
      (
        JSON.parse(readFileSync(join(builds.site.dist, 'events.json'), 'utf8')).events as {
          url: string;
          places: unknown[];
        }[]
      ).map((record) => [record.url, record]),
    );
    for (const { node } of byType('Event').filter(({ page }) => page.startsWith('site: ')))
      expect(Boolean(node['location'])).toBe(records.get(node['url'] as string)!.places.length > 0);
  });

  it('ends a span where every export ends it: the last day it can have lasted to', () => {
    for (const build of Object.values(builds)) {
      const csv = readFileSync(join(build.dist, 'events.csv'), 'utf8');
      const { events } = JSON.parse(readFileSync(join(build.dist, 'events.json'), 'utf8')) as {
        events: {
          url: string;
          start: { precision: string; latest: string };
          end?: { latest: string };
        }[];
      };
      const ends = byType('Event').filter(({ page }) =>
        page.startsWith(
          Object.keys(builds).find((k) => builds[k as keyof typeof builds] === build)!,
        ),
      );
      for (const record of events) {
        const node = ends.find(({ node }) => node['url'] === record.url)?.node;
        expect(node).toBeDefined();
        const spans = record.end !== undefined || record.start.precision === 'span';
        const last = (record.end ?? record.start).latest;
        expect(node!['endDate']).toBe(spans ? last : undefined);
        // The CSV's end column is that day too.
        expect(csv).toContain(`,${last},`);
      }
    }
  });
});
