/**
 * A retired event is one that was published and is gone: its id is in the list of published ids,
 * and no event has it as its id or an alias (else its page would be both the event and the notice
 * that it was taken off).
 */
import { problem, type Problem } from '../lib/problems.ts';
import type { Check } from './record-set.ts';

export const checkRetiredEvents: Check = ({ records, invalidIds, published, retired }) => {
  if (!retired) return [];
  const live = new Map<string, string>();
  for (const event of records.events) {
    live.set(event.id, event.id);
    for (const alias of event.data.aliases) live.set(alias, event.id);
  }
  for (const id of invalidIds.events) live.set(id, id);
  const publishedIds = published && new Set(published.entries.map((entry) => entry.id));
  const problems: Problem[] = [];
  retired.entries.forEach((entry, index) => {
    const line = retired.lineOf([index, 'id']);
    const owner = live.get(entry.id);
    if (owner !== undefined)
      problems.push(
        problem(retired.file, line, `[${index}].id`, 'retired.stillLive', {
          id: entry.id,
          owner: owner === entry.id ? `the event ${owner}` : `an alias of the event ${owner}`,
        }),
      );
    else if (publishedIds && !publishedIds.has(entry.id))
      problems.push(
        problem(retired.file, line, `[${index}].id`, 'retired.notPublished', {
          id: entry.id,
          file: published.file,
        }),
      );
  });
  return problems;
};
