import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { findLinks, hasForeignScheme, parseCrossLink } from '../../src/lib/cross-links.ts';
import remarkCrossLinks from '../../src/plugins/remark-cross-links.ts';

const ids = {
  events: new Set(['2021-11-30-meeting']),
  people: new Set(['ada-quill']),
  organisations: new Set<string>(),
  places: new Set<string>(),
  topics: new Set<string>(),
  sources: new Set<string>(),
  periods: new Set<string>(),
};

const run = (markdown: string) =>
  unified()
    .use(remarkParse)
    .use(remarkCrossLinks, { base: '/sub/', ids })
    .use(remarkRehype)
    .use(rehypeStringify)
    .process(markdown);

describe('remark-cross-links', () => {
  it('turns short links into links under the base path', async () => {
    expect(
      String(await run('See [the meeting](event:2021-11-30-meeting) and [Ada](person:ada-quill).')),
    ).toBe(
      '<p>See <a href="/sub/events/2021-11-30-meeting/">the meeting</a> and <a href="/sub/people/ada-quill/">Ada</a>.</p>',
    );
  });

  it('stops on a broken cross-link with its line and column', async () => {
    await expect(run('Text\n\nSee [it](event:2021-11-30-meetin).')).rejects.toMatchObject({
      reason:
        'Broken cross-link "event:2021-11-30-meetin": no record in events has the id "2021-11-30-meetin"',
      line: 3,
      column: 5,
    });
  });

  it('leaves other links alone', async () => {
    expect(String(await run('[x](https://example.org) [y](/a/)'))).toBe(
      '<p><a href="https://example.org">x</a> <a href="/a/">y</a></p>',
    );
  });
});

describe('cross-link syntax', () => {
  it('parses kinds and ids', () => {
    expect(parseCrossLink('place:harbourtown')).toEqual({
      kind: 'place',
      collection: 'places',
      id: 'harbourtown',
    });
    expect(parseCrossLink('planet:mars')).toBeUndefined();
    expect(parseCrossLink('https://x')).toBeUndefined();
  });

  it('finds inline, auto and reference links with their offsets', () => {
    const text = 'a [b](event:x) <data:c>\n[r]: vbscript:d\n[e](javascript:alert(1))';
    expect(findLinks(text).map((l) => [l.url, l.offset])).toEqual([
      ['event:x', 6],
      ['data:c', 16],
      ['vbscript:d', 29],
      ['javascript:alert(1)', 44],
    ]);
  });

  it('knows which schemes would be dropped', () => {
    expect(['javascript:x', 'JaVa\tScRiPt:x', 'data:x', 'evnt:x'].map(hasForeignScheme)).toEqual([
      true,
      true,
      true,
      true,
    ]);
    expect(
      ['https://x', 'http://x', 'event:x', '/a/', '#b', 'mailto-like'].map(hasForeignScheme),
    ).toEqual([false, false, false, false, false, false]);
  });
});
