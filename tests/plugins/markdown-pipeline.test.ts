/**
 * The build's whole Markdown pipeline (Astro's own unified renderer with markdownPlugins()), on
 * hostile bodies, and the validator's look at the same bodies: one link-address rule
 * (lib/link-policy.ts), so what the page would lose is what the editor is told about.
 */
import { unified } from '@astrojs/markdown-remark';
import { describe, expect, it } from 'vitest';
import { bodyElements } from '../../src/lib/body-elements.ts';
import { addressFindings } from '../../src/lib/link-policy.ts';
import { markdownPlugins } from '../../src/plugins/index.ts';

const noIds = new Set<string>();
const renderer = await unified(
  markdownPlugins({
    base: '/sub/',
    ids: {
      events: noIds,
      people: noIds,
      organisations: noIds,
      places: noIds,
      topics: noIds,
      sources: noIds,
      periods: noIds,
    },
  }),
).createRenderer({});
const render = async (markdown: string) => (await renderer.render(markdown)).code;
const validatorFindings = (markdown: string) =>
  bodyElements(markdown).flatMap((element) => addressFindings(element.properties));

/** Each hostile body, and what must be left of it on the page. */
const HOSTILE: [string, string][] = [
  ['<a href="javascript:alert(1)">bad link</a>', '<p><a>bad link</a></p>'],
  ['<a href="&#106;avascript:alert(1)">entity-encoded</a>', '<p><a>entity-encoded</a></p>'],
  ['<a href="jav&#x09;ascript:alert(1)">tab</a>', '<p><a>tab</a></p>'],
  ['<a href="java\u007fscript:alert(1)">delete</a>', '<p><a>delete</a></p>'],
  ['<img src="https://evil.example/pixel.png" onerror="alert(1)">', ''],
  ['![x](https://evil.example/pixel.png)', '<p></p>'],
  ['<img src="\\\\evil.example/b.png">', ''],
  ['<img src="data:image/svg+xml;base64,PHN2Zz4=" alt="x">', ''],
  ['<iframe src="https://evil.example"></iframe>', ''],
  ['<embed src="https://evil.example/x">', ''],
  [
    '<picture><source srcset="/a.png 1x, //cdn.example/b.png 2x"><img src="/a.png" alt="a"></picture>',
    '<p><picture><img src="/a.png" alt="a"></picture></p>',
  ],
  ['<q cite="javascript:alert(1)">q</q>', '<p><q>q</q></p>'],
  ['<blockquote cite="data:text/html,x">b</blockquote>', '<blockquote>b</blockquote>'],
  ['<img src="/a.png" longdesc="javascript:alert(1)" alt="a">', '<img src="/a.png" alt="a">'],
];

describe('the Markdown pipeline of the build', () => {
  it.each(HOSTILE)('makes %j safe', async (markdown, expected) => {
    expect(await render(markdown)).toBe(expected);
  });

  it.each(HOSTILE)('and the validator reports %j before the build', (markdown) => {
    expect(validatorFindings(markdown)).not.toEqual([]);
  });

  it('keeps what the rule allows, and the validator says nothing of it', async () => {
    const markdown =
      '<picture><source srcset="/a.png 1x, /b.png 2x"><img src="/a.png" alt="a"></picture>\n\n' +
      '<q cite="https://example.org/said">q</q> [site](/sub/events/) [out](https://example.org/)';
    expect(validatorFindings(markdown)).toEqual([]);
    expect(await render(markdown)).toBe(
      '<p><picture><source srcset="/a.png 1x, /b.png 2x"><img src="/a.png" alt="a"></picture></p>\n' +
        '<p><q cite="https://example.org/said">q</q> <a href="/sub/events/">site</a> <a href="https://example.org/" rel="noopener noreferrer external" class="external">out</a></p>',
    );
  });

  it('reads a backslash in a Markdown address as the path it is: encoded, on this site', async () => {
    const markdown = '![x](/\\evil.example/a.png)';
    expect(validatorFindings(markdown)).toEqual([]);
    expect(await render(markdown)).toBe('<p><img src="/%5Cevil.example/a.png" alt="x"></p>');
  });

  it.each([
    ['<a href="/\\evil.example/x">slash and backslash</a>'],
    ['<a href="\\\\evil.example/x">two backslashes</a>'],
  ])(
    'takes the raw link %j for a link to another host, with the external policy',
    async (markdown) => {
      expect(await render(markdown)).toMatch(
        /^<p><a href="[^"]*evil\.example\/x" rel="noopener noreferrer external" class="external">/,
      );
    },
  );

  it('gives a heading named as a landmark of the page ("Site search") an id of its own', async () => {
    expect(await render('## Site search')).toBe(
      '<h2 id="user-content-site-search">Site search <a class="heading-anchor" aria-hidden="true" tabindex="-1" href="#user-content-site-search">#</a></h2>',
    );
  });

  it('gives editors’ headings and ids a prefix, so none takes an id of the page', async () => {
    expect(await render('## Sources heading\n\n<h2 id="main">Main</h2>')).toBe(
      '<h2 id="user-content-sources-heading">Sources heading <a class="heading-anchor" aria-hidden="true" tabindex="-1" href="#user-content-sources-heading">#</a></h2>\n' +
        '<h2 id="user-content-main">Main <a class="heading-anchor" aria-hidden="true" tabindex="-1" href="#user-content-main">#</a></h2>',
    );
  });
});
