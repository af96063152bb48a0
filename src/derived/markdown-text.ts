/**
 * The words of a Markdown body as plain text, for the search index: link
 * text without addresses, and a line break between blocks so that words of
 * two paragraphs never run together. A body with raw HTML goes through the
 * page's own steps (HTML parsed, then sanitised with the same rules), so the
 * index holds exactly the words a reader sees: the text of a harmless <div>
 * stays, a <script>'s goes. CommonMark only: with the GFM extensions parsing
 * took three times as long (4.4 s for 10,000 events), and a table's words are
 * found just as well with its pipes left in.
 */
import { raw } from 'hast-util-raw';
import { sanitize } from 'hast-util-sanitize';
import { toText } from 'hast-util-to-text';
import type { Nodes } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { toHast } from 'mdast-util-to-hast';
import { SANITIZE_SCHEMA } from '../lib/sanitize-schema.ts';

const BLOCKS = new Set(['root', 'blockquote', 'list', 'listItem']);

function hasHtml(node: Nodes): boolean {
  return node.type === 'html' || ('children' in node && node.children.some(hasHtml));
}

/** The quick way, for the usual body without HTML. */
function textOf(node: Nodes): string {
  switch (node.type) {
    case 'definition':
      return '';
    case 'image':
    case 'imageReference':
      return node.alt ?? '';
    case 'break':
    case 'thematicBreak':
      return '\n';
    default:
      if ('value' in node) return node.value;
      if ('children' in node)
        return node.children.map(textOf).join(BLOCKS.has(node.type) ? '\n' : '');
      return '';
  }
}

/** Characters that can begin CommonMark's inline syntax (escapes, code, emphasis, links, HTML, entities), and those it reads in its own way (CR, NUL). */
const INLINE_SYNTAX = /[\\`*_[\]<&\r\0]/;
/** A line that could open a block other than a paragraph: heading, quote, list item, fence, break, setext underline, indented code. */
const BLOCK_START = /^(?: {4}|\t| {0,3}(?:[#>+\-*=~_]|\d{1,9}[.)]))/m;

/** The words as they would be read, with a line break between blocks. */
function withLineBreaks(text: string): string {
  return text.replace(/[ \t]*\n\s*/g, '\n').trim();
}

/** The full way: the body parsed. */
export function parsedText(markdown: string): string {
  const tree = fromMarkdown(markdown);
  return withLineBreaks(
    hasHtml(tree)
      ? toText(sanitize(raw(toHast(tree, { allowDangerousHtml: true })), SANITIZE_SCHEMA))
      : textOf(tree),
  );
}

/**
 * A body of paragraphs of words and nothing else, which is most of them, is its own text: it is
 * not parsed (parsing 10,000 bodies took 6 s of the build's second core).
 */
export function markdownText(markdown: string): string {
  return INLINE_SYNTAX.test(markdown) || BLOCK_START.test(markdown)
    ? parsedText(markdown)
    : withLineBreaks(markdown);
}
