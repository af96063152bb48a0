/**
 * Ids (file names, in any subfolder) are unique per collection, and an old id (alias) points to one
 * event only.
 */
import { problem, type Problem } from '../lib/problems.ts';
import type { Check } from './record-set.ts';

export const checkUniqueIds: Check = ({ records }) => {
  const problems: Problem[] = [];
  for (const list of Object.values(records)) {
    const seen = new Map<string, string>();
    for (const record of list) {
      const other = seen.get(record.id);
      if (other)
        problems.push(problem(record.file, 1, '', 'id.duplicate', { id: record.id, other }));
      else seen.set(record.id, record.file);
    }
  }
  const eventIds = new Set(records.events.map((event) => event.id));
  const aliasOwner = new Map<string, string>();
  for (const event of records.events) {
    event.data.aliases.forEach((alias, index) => {
      const line = event.lineOf(['aliases', index]);
      const owner = aliasOwner.get(alias);
      if (eventIds.has(alias))
        problems.push(
          problem(event.file, line, `aliases[${index}]`, 'alias.taken', {
            id: alias,
            by: `the id of the event ${alias}`,
          }),
        );
      else if (owner)
        problems.push(
          problem(event.file, line, `aliases[${index}]`, 'alias.taken', {
            id: alias,
            by: `an alias of ${owner}`,
          }),
        );
      else aliasOwner.set(alias, event.id);
    });
  }
  return problems;
};
