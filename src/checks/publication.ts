/**
 * An event reported as having happened cannot be dated after the last of its
 * sources was published: that is a typo in the date, or the event was still to come.
 */
import { problem } from '../lib/problems.ts';
import { byId, type Check } from './record-set.ts';

export const checkDatedBeforePublication: Check = ({ records, invalidIds }) => {
  const sources = byId(records.sources);
  return records.events.flatMap((event) => {
    if (event.data.status === 'scheduled') return [];
    // A cited source that is itself invalid has no trustworthy date yet: its own problem comes
    // first.
    if (event.data.sources.some((c) => invalidIds.sources.has(c.source))) return [];
    const cited = event.data.sources
      .map((c) => sources.get(c.source))
      .filter((s) => s !== undefined);
    if (cited.length === 0) return [];
    const latest = cited.reduce((a, b) =>
      b.data.published.latest > a.data.published.latest ? b : a,
    );
    if (event.data.start.earliest <= latest.data.published.latest) return [];
    return [
      problem(event.file, event.lineOf(['start']), 'start', 'date.afterPublication', {
        start: event.data.start.text,
        source: latest.id,
        published: latest.data.published.text,
      }),
    ];
  });
};
