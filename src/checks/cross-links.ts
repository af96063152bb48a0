/**
 * Links in Markdown bodies: a cross-link (`event:id`, `person:id` …) names a
 * record that exists, and no link uses a scheme the page would drop
 * (javascript:, data:, a mistyped kind such as evnt:).
 */
import {
  CROSS_LINK_KINDS,
  findLinks,
  hasForeignScheme,
  parseCrossLink,
} from '../lib/cross-links.ts';
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
        } else if (hasForeignScheme(link.url)) {
          problems.push(
            problem(record.file, bodyLine(record, link.offset), 'body', 'link.scheme', {
              url: link.url.slice(0, 60),
              kinds: Object.keys(CROSS_LINK_KINDS).join(':, '),
            }),
          );
        }
      }
    }
  }
  return problems;
};
