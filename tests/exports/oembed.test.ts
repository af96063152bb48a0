/**
 * oEmbed as a consumer finds it (oEmbed 1.0, section 4, discovery): each page that has an embed
 * names its oEmbed document in a `<link rel="alternate" type="application/json+oembed">` of its
 * head; the document has every field the spec requires of a `rich` response (version, type,
 * html, width, height) and the optional ones Chronicle fills in (title, provider), and its html
 * frames the page's embed, a document of the site. The discovery is written to the spec here: an
 * HTML parser (hast-util-from-html), the head's link elements, the href resolved against the page.
 */
import { readFileSync } from 'node:fs';
import { fromHtml } from 'hast-util-from-html';
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import { describe, expect, inject, it } from 'vitest';
import { fileForUrl, htmlFiles, pagePath } from '../helpers/built-site.ts';

const ROOT = 'https://fixture.example/sub/';

/** The oEmbed JSON addresses a page's head announces. */
function discover(html: string, pageUrl: string): string[] {
  const tree: Root = fromHtml(html);
  const found: string[] = [];
  visit(tree, 'element', (node: Element, _index, parent) => {
    if (node.tagName !== 'link' || (parent as Element | undefined)?.tagName !== 'head') return;
    const rel = node.properties['rel'];
    const rels = Array.isArray(rel) ? rel.map(String) : [String(rel ?? '')];
    if (rels.includes('alternate') && node.properties['type'] === 'application/json+oembed')
      found.push(new URL(String(node.properties['href']), pageUrl).href);
  });
  return found;
}

interface OEmbed {
  version?: unknown;
  type?: unknown;
  html?: unknown;
  width?: unknown;
  height?: unknown;
  title?: unknown;
  provider_name?: unknown;
  provider_url?: unknown;
}

describe('oEmbed', () => {
  const dist = inject('fixtureDist');
  const pages = htmlFiles(dist)
    .map((file) => ({ path: pagePath(dist, file), html: readFileSync(file, 'utf8') }))
    .filter((page) => !page.path.startsWith('embed/'));

  it('is found from every event, entity and month page and the home page, and from no other', () => {
    const announcing = pages
      .filter((page) => discover(page.html, `${ROOT}${page.path}`).length > 0)
      .map((page) => page.path.replace(/index\.html$/, '').replace(/\/\d+\/$/, '/'));
    expect(new Set(announcing)).toEqual(
      new Set([
        '',
        'events/2021-03-council-approves-plans/',
        'events/2021-11-30-harbour-council-meets/',
        'events/2022-01-bridge-works-start/',
        'timeline/2021-03/',
        'timeline/2021-11/',
        'timeline/2022-01/',
        'people/ada-quill/',
        'organisations/harbour-council/',
        'places/harbourtown/',
        'topics/bridge/',
      ]),
    );
  });

  it('gives every field a rich response needs, and frames an embed of the site', () => {
    for (const page of pages) {
      for (const url of discover(page.html, `${ROOT}${page.path}`)) {
        const file = fileForUrl(dist, ROOT, url);
        expect(file, url).toBeDefined();
        const document = JSON.parse(readFileSync(file!, 'utf8')) as OEmbed;
        expect(document.version, url).toBe('1.0');
        expect(document.type, url).toBe('rich');
        expect(typeof document.html, url).toBe('string');
        for (const size of [document.width, document.height])
          expect(Number.isInteger(size) && (size as number) > 0, url).toBe(true);
        expect(document.provider_name).toBe('Fixture Chronicle');
        expect(document.provider_url).toBe(ROOT);
        expect(typeof document.title).toBe('string');
        // The html: an iframe of the page's embed, which exists, sized as the document says.
        const frame = /<iframe src="([^"]+)" title="([^"]*)" width="100%" height="(\d+)"/.exec(
          document.html as string,
        );
        expect(frame, url).not.toBeNull();
        expect(frame![1]!.startsWith(`${ROOT}embed/`)).toBe(true);
        expect(fileForUrl(dist, ROOT, frame![1]!), frame![1]).toBeDefined();
        expect(Number(frame![3])).toBe(document.height);
        const canonical = /<link rel="canonical" href="([^"]+)"/.exec(page.html)![1]!;
        const embed = readFileSync(fileForUrl(dist, ROOT, frame![1]!)!, 'utf8');
        expect(/<link rel="canonical" href="([^"]+)"/.exec(embed)![1]).toBe(
          canonical.replace(/\/\d+\/$/, '/'),
        );
      }
    }
  });
});
