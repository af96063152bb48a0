/**
 * rehype-heading-anchor-space: a space between a heading's words and the "#" link that
 * rehype-autolink-headings appends, so that copied text, reader views and feeds read
 * "Background #", not "Background#" (the stylesheet's margin is only for the eye).
 */
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

const isAnchor = (node: Element['children'][number] | undefined) =>
  node?.type === 'element' &&
  Array.isArray(node.properties.className) &&
  node.properties.className.includes('heading-anchor');

export default function rehypeHeadingAnchorSpace() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      if (!/^h[1-6]$/.test(node.tagName) || !isAnchor(node.children.at(-1))) return;
      node.children.splice(node.children.length - 1, 0, { type: 'text', value: ' ' });
    });
  };
}
