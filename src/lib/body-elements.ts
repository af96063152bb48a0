/**
 * The elements of an editor's Markdown body as the page's pipeline has them just before it
 * sanitises: Markdown links and images, and raw HTML parsed as a browser would (entities
 * decoded: `jav&#x09;ascript:` is read as the scheme it spells). Each keeps its place in the
 * body, so the validator can say on which line an address breaks the link policy.
 * CommonMark only, as for the search index's text (GFM's extensions made parsing three times as
 * slow); what GFM adds (tables, autolinked www. addresses) holds no address a page would load.
 */
import type { Element } from 'hast';
import { raw } from 'hast-util-raw';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { toHast } from 'mdast-util-to-hast';
import { visit } from 'unist-util-visit';
import { VFile } from 'vfile';

/** Whether a body can hold an embedded file or raw HTML, the only cases worth parsing it for. */
export function mayEmbed(markdown: string): boolean {
  return markdown.includes('<') || markdown.includes('![');
}

export interface BodyElement {
  tagName: string;
  properties: Record<string, unknown>;
  /** 0-based offset in the body where the element starts, when the parser knows it. */
  offset: number | undefined;
}

export function bodyElements(markdown: string): BodyElement[] {
  // The file is what makes the parser keep each element's place.
  const tree = raw(toHast(fromMarkdown(markdown), { allowDangerousHtml: true }), {
    file: new VFile(markdown),
  });
  const elements: BodyElement[] = [];
  visit(tree, 'element', (node: Element) => {
    elements.push({
      tagName: node.tagName,
      properties: node.properties,
      offset: node.position?.start.offset,
    });
  });
  return elements;
}
