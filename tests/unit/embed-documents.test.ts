/**
 * The embed documents (src/model/embeds/embed-documents.ts) put each one's own parts into a shell
 * serialised once per site: what comes out is the whole document, escaped as hast-util-to-html
 * escapes it, even where the site's own words hold the character that marks the shell's gaps.
 */
import { describe, expect, it } from 'vitest';
import { readWorkerModel } from '../../src/derived/model-input.ts';
import {
  eventEmbed,
  listEmbed,
  type EmbedContext,
} from '../../src/model/embeds/embed-documents.ts';
import { FIXTURE_CONTENT } from '../helpers/fixture-site.ts';

const model = readWorkerModel(FIXTURE_CONTENT);
const context: EmbedContext = { site: model.site, t: model.t, dates: model.dates };
const event = model.events[1]!;

describe('embed documents', () => {
  it('are one whole document each: head, content and footer in order, escaped', () => {
    const html = eventEmbed(context, {
      ...event,
      data: { ...event.data, title: 'A <b>title</b> & "more"', summary: 'Said "so" & <i>more</i>' },
    });
    expect(html).toMatch(
      /^<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">.*<meta name="robots" content="noindex"><title>A &#x3C;b>title&#x3C;\/b> &#x26; "more" [^<]+<\/title><meta name="description" content="Said &#x22;so&#x22; &#x26; <i>more<\/i>"><link rel="canonical" href="[^"]+"><base target="_top"><style>.*<\/style><script>.*<\/script><\/head><body><main><article>.*<\/article><\/main><footer><a href="\/[^"]*">[^<]+<\/a><\/footer><\/body><\/html>$/s,
    );
    expect(html.match(/<title>/g)).toHaveLength(1);
    expect(html.match(/<main>/g)).toHaveLength(1);
  });

  it('are whole even when the site’s title holds the character that marks the gaps', () => {
    const odd: EmbedContext = { ...context, site: { ...context.site, title: 'Odd \u{E000} site' } };
    const html = listEmbed(odd, {
      name: 'All',
      description: 'Every event',
      page: '',
      total: 1,
      events: [event],
      number: 1,
      pages: 1,
      pagePath: () => 'embed/',
    });
    expect(html).toContain('<title>All – Odd \u{E000} site</title>');
    expect(html).toContain('>From Odd \u{E000} site</a></footer></body></html>');
    expect(html).toMatch(/<main><h1><a href="[^"]*">All<\/a><\/h1>.*<\/ol><\/main>/s);
  });
});
