/**
 * remark-cross-links: turns the short links `[…](event:id)`, `[…](person:id)`
 * … into links to those pages under the site's base path. A link to an id no
 * record has stops the build with the file and line.
 */
import type { Link, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { parseCrossLink } from '../lib/cross-links.ts';
import { buildNotice } from '../lib/errors.ts';
import type { CollectionName } from '../schema/index.ts';
import { recordPath, withBase } from '../lib/urls.ts';

export interface CrossLinkOptions {
  base: string;
  /** Ids that exist, by collection. */
  ids: Record<CollectionName, ReadonlySet<string>>;
}

export default function remarkCrossLinks(options: CrossLinkOptions) {
  return (tree: Root, file: VFile) => {
    visit(tree, 'link', (node: Link) => {
      const link = parseCrossLink(node.url);
      if (!link) return;
      if (!options.ids[link.collection].has(link.id)) {
        file.fail(
          buildNotice('crossLink.broken', {
            url: node.url,
            collection: link.collection,
            id: link.id,
          }),
          node,
        );
      }
      node.url = withBase(options.base, recordPath(link.collection, link.id));
    });
  };
}
