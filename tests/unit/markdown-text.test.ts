/**
 * The words of an event's Markdown body as the search index gets them: what a reader sees, as plain
 * text.
 */
import { fromMarkdown } from 'mdast-util-from-markdown';
import { describe, expect, it, vi } from 'vitest';
import { markdownText, parsedText } from '../../src/derived/markdown-text.ts';

// Counted: which bodies are parsed.
vi.mock('mdast-util-from-markdown', async (importOriginal) => {
  const actual = await importOriginal<typeof import('mdast-util-from-markdown')>();
  return { ...actual, fromMarkdown: vi.fn(actual.fromMarkdown) };
});

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

describe('markdownText without parsing', () => {
  // Plain prose, and text with each thing that stops a body being taken as it is.
  const plain = [
    'The council met.',
    'One line\nand the next.\n\nA second paragraph.',
    '  Indented a little,\n   and again.\n\n\n\nFar below.  ',
    'A hard break  \nafter two spaces; 2021 was a year: 30 November, 1,000 troops (or so) - "quoted" — it said!',
    'Numbers 1. and 2) inside a line; a # and a > and a + and a = and a ~ too.',
    'Trailing tab\t\nand a line of spaces\n   \nthen text.',
    '',
    'Ümlaut, عربى, 中文 and emoji 🙂.',
  ];
  const special = [
    'An \\*escape',
    'Some `code`',
    'An *emphasis* and _another_',
    'A [link](https://example.org/)',
    'Raw <b>HTML</b>',
    'An &amp; entity',
    'CR\r\nline endings',
    'NUL\0character',
    '# A heading',
    '> A quote',
    '- A list',
    '+ A list',
    '* A list',
    '1. A list',
    '1) A list',
    'Setext\n===',
    'Setext\n---',
    '~~~\nfenced\n~~~',
    '    indented code',
    '\tindented code',
    '___',
  ];

  it('gives a plain body exactly what parsing it gives, without parsing it', () => {
    for (const body of [...plain, ...special]) expect(markdownText(body)).toBe(parsedText(body));
    vi.mocked(fromMarkdown).mockClear();
    for (const body of plain) markdownText(body);
    expect(vi.mocked(fromMarkdown)).not.toHaveBeenCalled();
    for (const body of special) markdownText(body);
    expect(vi.mocked(fromMarkdown)).toHaveBeenCalledTimes(special.length);
  });

  it('reads each kind of syntax as syntax', () => {
    expect(markdownText('An *emphasis* and a [link](https://example.org/)')).toBe(
      'An emphasis and a link',
    );
    expect(markdownText('# A heading\n\nText.')).toBe('A heading\nText.');
    expect(markdownText('An &amp; entity')).toBe('An & entity');
  });
});
