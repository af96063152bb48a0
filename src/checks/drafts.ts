/**
 * A draft is an event not yet published: it cannot be one that was (its page would vanish from
 * under readers' links), and no published page may link to it (the link would lead nowhere).
 */
import { findLinks, parseCrossLink } from '../lib/cross-links.ts';
import { problem, type Problem } from '../lib/problems.ts';
import { bodyLine, type Check } from './record-set.ts';

export const checkDrafts: Check = ({ records, published }) => {
  const drafts = new Set(records.events.filter((e) => e.data.draft).map((e) => e.id));
  if (drafts.size === 0) return [];
  const problems: Problem[] = [];
  const publishedIds = new Set(published?.entries.map((entry) => entry.id));
  for (const event of records.events)
    if (event.data.draft && publishedIds.has(event.id))
      problems.push(
        problem(event.file, event.lineOf(['draft']), 'draft', 'draft.published', {
          file: published!.file,
        }),
      );
  for (const [name, list] of Object.entries(records)) {
    if (name === 'sources') continue; // a source's body is the article, not the editor's Markdown
    for (const record of list) {
      if ((record.data as { draft?: boolean }).draft || !record.body.includes('event:')) continue;
      for (const link of findLinks(record.body)) {
        const cross = parseCrossLink(link.url);
        if (cross?.collection === 'events' && drafts.has(cross.id))
          problems.push(
            problem(record.file, bodyLine(record, link.offset), 'body', 'link.toDraft', {
              url: link.url,
            }),
          );
      }
    }
  }
  return problems;
};
