/**
 * rehype-link-policy: turns every link in an editor's Markdown into a safe one.
 * http(s) links to other sites get `rel="noopener noreferrer external"` and
 * the class `external` (so the stylesheet can mark them); links within the
 * site stay as they are; any other scheme (javascript:, data:, vbscript: …)
 * loses its href. An image or other embedded file from another site is
 * removed, since pages make no request to any other host. The editor is told
 * where, with line and column.
 */
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { buildNotice } from '../lib/errors.ts';
import { classifyHref } from '../lib/link-policy.ts';

export default function rehypeLinkPolicy() {
  return (tree: Root, file: VFile) => {
    visit(tree, 'element', (node: Element, index, parent) => {
      if (parent && index !== undefined) {
        const src = node.properties.src;
        if (typeof src === 'string' && classifyHref(src) !== 'internal') {
          file.message(buildNotice('embed.removed', { found: src.slice(0, 40) }), node);
          parent.children.splice(index, 1);
          return index;
        }
        // An image whose address the sanitiser removed (data:, javascript:) shows nothing: drop it.
        if (node.tagName === 'img' && src === undefined) {
          parent.children.splice(index, 1);
          return index;
        }
      }
      if (node.tagName !== 'a' || typeof node.properties.href !== 'string') return undefined;
      const kind = classifyHref(node.properties.href);
      if (kind === 'unsafe') {
        file.message(
          buildNotice('link.removed', { found: node.properties.href.slice(0, 40) }),
          node,
        );
        delete node.properties.href;
      } else if (kind === 'external') {
        node.properties.rel = ['noopener', 'noreferrer', 'external'];
        const existing = Array.isArray(node.properties.className) ? node.properties.className : [];
        node.properties.className = [...existing.map(String), 'external'];
      }
      return undefined;
    });
  };
}
