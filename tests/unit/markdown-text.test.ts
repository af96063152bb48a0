/**
 * The words of an event's Markdown body as the search index gets them: what a reader sees, as plain
 * text.
 */
import { describe, expect, it } from 'vitest';
import { markdownText } from '../../src/derived/markdown-text.ts';

describe('markdownText links', () => {
  it('keeps the link text and drops the address', () => {
    const text = markdownText(
      'The council [approved the plans](https://gazette.example/council "The Gazette") after a debate.',
    );
    expect(text).toBe('The council approved the plans after a debate.');
  });

  it('keeps the text of a cross-link without its kind or id', () => {
    const text = markdownText(
      '[Ada](person:ada-quill) met [the council](organisation:harbour-council) at [the meeting](event:2021-11-30-meeting).',
    );
    expect(text).toBe('Ada met the council at the meeting.');
    expect(text).not.toMatch(/person:|organisation:|event:|ada-quill/);
  });

  it('keeps the text of a reference link and drops its definition', () => {
    const text = markdownText('See [the report][r].\n\n[r]: https://example.org/report');
    expect(text).toBe('See the report.');
  });

  it('keeps an autolink as the address it shows', () => {
    expect(markdownText('Read <https://example.org/a> now.')).toBe(
      'Read https://example.org/a now.',
    );
  });
});

describe('markdownText raw HTML', () => {
  it('drops a script block with its contents', () => {
    expect(markdownText("Before.\n\n<script>alert('x')</script>\n\nAfter.")).toBe(
      'Before.\nAfter.',
    );
  });

  it('drops inline tags and keeps the words between them', () => {
    const text = markdownText(
      'Some <b>bold</b> and <a href="javascript:alert(1)">bad link</a> words.',
    );
    expect(text).toBe('Some bold and bad link words.');
    expect(text).not.toMatch(/[<>]|javascript/);
  });

  it('drops an HTML comment', () => {
    const text = markdownText('Seen <!-- hidden note --> text.');
    expect(text).toMatch(/^Seen\s+text\.$/);
    expect(text).not.toMatch(/hidden|<!--|-->/);
  });

  // The page's sanitiser drops a <script>'s and <style>'s contents: words no reader sees must not
  // be searchable.
  it('drops the contents of an inline script or style, as the page does', () => {
    expect(markdownText('Text <script>alert(1)</script> more <style>.a{}</style> end.')).toMatch(
      /^Text\s+more\s+end\.$/,
    );
  });

  // The page keeps harmless elements such as <div>, <p> and <details> with their text: a reader can
  // find those words.
  it('keeps the words of harmless block HTML that the page shows', () => {
    expect(
      markdownText(
        '<div style="color: red">styled text</div>\n\n<p onclick="alert(1)">clickable text</p>',
      ),
    ).toBe('styled text\nclickable text');
  });
});

describe('markdownText blocks', () => {
  it('puts a line break between two paragraphs so their words never run together', () => {
    expect(markdownText('First paragraph ends here.\n\nSecond paragraph starts here.')).toBe(
      'First paragraph ends here.\nSecond paragraph starts here.',
    );
    expect(markdownText('word\n\nword')).not.toContain('wordword');
  });

  it('separates list items, bulleted and numbered', () => {
    expect(markdownText('- one\n- two\n\n1. three\n2. four')).toBe('one\ntwo\nthree\nfour');
  });

  it('separates a heading, a quote and the paragraph after them', () => {
    expect(markdownText('# Heading\nBody\n\n> quoted\n\nafter')).toBe(
      'Heading\nBody\nquoted\nafter',
    );
  });

  it('turns a hard line break and a thematic break into a line break', () => {
    expect(markdownText('Line one  \nline two\n\n***\n\nthree')).toBe('Line one\nline two\nthree');
  });

  // An inline <br> is a line break, not a tag to drop: the words on either side of it stay apart.
  it('keeps the words on either side of a <br> apart', () => {
    expect(markdownText('before<br>after')).not.toContain('beforeafter');
  });

  it('trims the text and leaves no blank lines', () => {
    expect(markdownText('\n\n  Alone.  \n\n\n\n')).toBe('Alone.');
    expect(markdownText('a\n\n\n\n\nb')).not.toMatch(/\n\s*\n/);
  });
});

describe('markdownText inline formatting', () => {
  it('keeps the alt text of an image and drops its address', () => {
    const text = markdownText('Look: ![A bridge at dusk](/img/bridge.png "Title").');
    expect(text).toBe('Look: A bridge at dusk.');
  });

  it('removes emphasis, strong and code markers', () => {
    expect(markdownText('*em* **strong** _under_ __both__ `code`')).toBe(
      'em strong under both code',
    );
  });

  it('gives the empty string for an empty body', () => {
    expect(markdownText('')).toBe('');
  });
});
