/**
 * A published permalink never disappears: every id in the committed list of
 * published ids is still an event's id or one of its aliases, or was retired
 * on purpose with a reason (retired.yaml).
 */
import { problem } from '../lib/problems.ts';
import type { Check } from './record-set.ts';

export const checkPermalinks: Check = ({
  records,
  published,
  invalidIds,
  invalidAliases,
  retired,
}) => {
  if (!published) return [];
  const reachable = new Set([
    ...invalidIds.events,
    ...(invalidAliases ?? []),
    ...records.events.flatMap((event) => [event.id, ...event.data.aliases]),
    ...(retired?.idsAsWritten ?? []),
  ]);
  return published.entries
    .filter(({ id }) => !reachable.has(id))
    .map(({ id, line }) => problem(published.file, line, '', 'permalink.vanished', { id }));
};
