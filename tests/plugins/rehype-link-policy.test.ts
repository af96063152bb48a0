import rehypeParse from 'rehype-parse';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { classifyHref } from '../../src/lib/link-policy.ts';
import rehypeLinkPolicy from '../../src/plugins/rehype-link-policy.ts';

async function run(html: string) {
  const file = await unified()
    .use(rehypeParse, { fragment: true })
    .use(rehypeLinkPolicy)
    .use(rehypeStringify)
    .process(html);
  return {
    html: String(file),
    messages: file.messages.map((m) => `${m.line}:${m.column} ${m.reason}`),
  };
}

describe('rehype-link-policy', () => {
  it('marks links to other sites as external and safe', async () => {
    expect((await run('<a href="https://example.org/a">x</a>')).html).toBe(
      '<a href="https://example.org/a" rel="noopener noreferrer external" class="external">x</a>',
    );
  });

  it('leaves links within the site alone', async () => {
    expect((await run('<a href="/events/x/">x</a>')).html).toBe('<a href="/events/x/">x</a>');
  });

  it('removes script links, however they are disguised, and says where', async () => {
    const result = await run(
      '<p>\n<a href="java\tscript:alert(1)">x</a> <a href=" JAVASCRIPT:alert(1)">y</a> <a href="data:text/html,x">z</a></p>',
    );
    expect(result.html).toBe('<p>\n<a>x</a> <a>y</a> <a>z</a></p>');
    expect(result.messages).toEqual([
      '2:1 Link removed: only http and https links are allowed (found "java\tscript:alert(1)")',
      '2:38 Link removed: only http and https links are allowed (found " JAVASCRIPT:alert(1)")',
      '2:75 Link removed: only http and https links are allowed (found "data:text/html,x")',
    ]);
  });

  it('classifies schemes', () => {
    expect(classifyHref('mailto:a@b.c')).toBe('unsafe');
    expect(classifyHref('//cdn.example/x')).toBe('external');
    expect(classifyHref('#day-2021-11-30')).toBe('internal');
  });

  it('takes a backslash for the slash a browser reads it as: /\\host and \\\\host are other hosts', () => {
    for (const href of [
      '/\\evil.example/a.png',
      '\\\\evil.example/b.png',
      '\\/evil.example',
      ' /\\evil.example',
    ])
      expect(classifyHref(href), href).toBe('external');
    expect(classifyHref('/events/a\\b/')).toBe('internal');
  });
});

describe('rehype-link-policy and embedded files', () => {
  it('removes images and media from other sites, and images left without an address', async () => {
    const result = await run(
      '<p><img src="https://tracker.example/p.png"><img src="/local.png" alt="kept"><img alt="empty"><video src="//cdn.example/v.mp4"></video></p>',
    );
    expect(result.html).toBe('<p><img src="/local.png" alt="kept"></p>');
    const backslashed = await run(
      '<p><img src="/\\evil.example/a.png"><img src="\\\\evil.example/b.png"></p>',
    );
    expect(backslashed.html).toBe('<p></p>');
    expect(result.messages).toEqual([
      '1:4 Embedded file removed: pages load nothing from other sites (found "https://tracker.example/p.png")',
      '1:95 Embedded file removed: pages load nothing from other sites (found "//cdn.example/v.mp4")',
    ]);
  });
});
