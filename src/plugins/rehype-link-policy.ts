/**
 * rehype-link-policy: makes every address in an editor's Markdown safe, by the one rule of
 * lib/link-policy.ts (which the validator applies too). http(s) links to other sites get
 * `rel="noopener noreferrer external"` and the class `external` (so the stylesheet can mark
 * them); links within the site stay as they are; a link with any other scheme (javascript:,
 * data:, vbscript: …) loses its address. An image, a <picture>'s source or other embedded file
 * from another site is removed, since pages make no request to any other host. The editor is
 * told where, with line and column.
 */
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { buildNotice } from '../lib/errors.ts';
import { addressFindings, classifyHref } from '../lib/link-policy.ts';

export default function rehypeLinkPolicy() {
  return (tree: Root, file: VFile) => {
    visit(tree, 'element', (node: Element, index, parent) => {
      const findings = addressFindings(node.properties);
      const embed = findings.find((finding) => finding.problem === 'embed');
      if (parent && index !== undefined) {
        // An image whose address the sanitiser removed (data:, javascript:) shows nothing: drop it.
        if (embed || (node.tagName === 'img' && node.properties.src === undefined)) {
          if (embed)
            file.message(buildNotice('embed.removed', { found: embed.address.slice(0, 40) }), node);
          parent.children.splice(index, 1);
          return index;
        }
      }
      for (const finding of findings) {
        file.message(buildNotice('link.removed', { found: finding.address.slice(0, 40) }), node);
        delete node.properties[finding.property];
      }
      if (node.tagName === 'a' && typeof node.properties.href === 'string') {
        if (classifyHref(node.properties.href) === 'external') {
          node.properties.rel = ['noopener', 'noreferrer', 'external'];
          const existing = Array.isArray(node.properties.className)
            ? node.properties.className
            : [];
          node.properties.className = [...existing.map(String), 'external'];
        }
      }
      return undefined;
    });
  };
}
