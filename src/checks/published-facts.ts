/**
 * Published facts cannot change silently: every fact readers rely on (title, dates and precision,
 * status, each source and quote, disagreements) is as `published-facts.json` recorded it, unless
 * the event's `changes:` says, on or after the day it was recorded, that it changed.
 */
import { problem, type Problem } from '../lib/problems.ts';
import {
  eventFacts,
  FACTS,
  factInWords,
  sourcesChange,
  type FactName,
} from '../model/published-facts.ts';
import type { Check } from './record-set.ts';

/** The field of the event file where a fact is written. */
const FIELD: Record<FactName, string> = {
  title: 'title',
  start: 'start',
  end: 'end',
  precision: 'start',
  status: 'status',
  sources: 'sources',
  disagreements: 'disagreements',
};

/** Each fact as a message names it, with its verb. */
const NAMED: Record<Exclude<FactName, 'sources'>, string> = {
  title: 'the title has',
  start: 'the start has',
  end: 'the end has',
  precision: 'the precision of the start has',
  status: 'the status has',
  disagreements: 'the disagreements have',
};

export const checkPublishedFacts: Check = ({ records, publishedFacts }) => {
  if (!publishedFacts) return [];
  const problems: Problem[] = [];
  const ids = new Set(records.events.map((event) => event.id));
  for (const event of records.events) {
    // Its facts under its id, or under an earlier id of its (a renamed event); never those of an
    // event that still has that id.
    const entry = [event.id, ...event.data.aliases.filter((alias) => !ids.has(alias))]
      .map((id) => publishedFacts.events.get(id))
      .find(Boolean);
    if (!entry) continue;
    // Any change dated on or after the day the facts were recorded tells readers of it.
    if (event.data.changes.some((change) => change.date.earliest >= entry.recorded)) continue;
    const now = eventFacts(event.data);
    for (const name of FACTS) {
      if (JSON.stringify(now[name]) === JSON.stringify(entry.facts[name])) continue;
      const field = FIELD[name];
      const line = event.lineOf([field]);
      problems.push(
        name === 'sources'
          ? problem(event.file, line, field, 'published.sourcesChanged', {
              recorded: entry.recorded,
              what: sourcesChange(entry.facts.sources, now.sources),
            })
          : problem(event.file, line, field, 'published.changed', {
              fact: NAMED[name],
              recorded: entry.recorded,
              was: factInWords(name, entry.facts),
              now: factInWords(name, now),
            }),
      );
    }
  }
  return problems;
};
