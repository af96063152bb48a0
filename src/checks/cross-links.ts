/**
 * Cross-links in Markdown bodies (`event:id`, `person:id` …) name a record that exists. The
 * other addresses of a body are body-addresses.ts's.
 */
import { findLinks, parseCrossLink } from '../lib/cross-links.ts';
import { didYouMean } from '../lib/did-you-mean.ts';
import { problem, type Problem } from '../lib/problems.ts';
import { collections } from '../schema/index.ts';
import { bodyLine, type Check } from './record-set.ts';

export const checkCrossLinks: Check = ({ records, invalidIds, contentDir }) => {
  const ids = Object.fromEntries(
    Object.entries(records).map(([name, list]) => [name, new Set(list.map((r) => r.id))]),
  ) as Record<keyof typeof records, Set<string>>;
  const problems: Problem[] = [];
  for (const [name, list] of Object.entries(records)) {
    if (name === 'sources') continue; // a source's body is the article, not the editor's Markdown
    for (const record of list) {
      if (!record.body.includes(':')) continue;
      for (const link of findLinks(record.body)) {
        const cross = parseCrossLink(link.url);
        if (cross) {
          if (ids[cross.collection].has(cross.id) || invalidIds[cross.collection].has(cross.id))
            continue;
          problems.push(
            problem(record.file, bodyLine(record, link.offset), 'body', 'link.unknown', {
              url: link.url,
              singular: collections[cross.collection].singular,
              id: cross.id,
              suggestion: didYouMean(cross.id, [...ids[cross.collection]]),
              folder: `${contentDir}/${collections[cross.collection].folder}`,
            }),
          );
        }
      }
    }
  }
  return problems;
};
