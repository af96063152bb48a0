/**
 * Reads `published-facts.json`: the facts of each published event as `npm run permalinks` last
 * recorded them, with the day it did. Written by that command, never by hand; a file that cannot
 * be read is a problem with its path, and the check then has nothing to compare.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PublishedFacts } from '../checks/record-set.ts';
import { problem, type Problem } from '../lib/problems.ts';
import type { EventFacts } from '../model/published-facts.ts';
import { displayPath } from './read-records.ts';

export const PUBLISHED_FACTS_FILE = 'published-facts.json';

/** What the file says of itself, for whoever opens it. */
export const PUBLISHED_FACTS_ABOUT =
  'The facts of each published event as npm run permalinks last recorded them. Written by that command: do not edit by hand.';

export interface PublishedFactsFile {
  about: string;
  events: Record<string, { recorded: string; facts: EventFacts }>;
}

export function readPublishedFacts(
  contentRoot: string,
  projectRoot: string,
): { facts?: PublishedFacts; problems: Problem[] } {
  const path = join(contentRoot, PUBLISHED_FACTS_FILE);
  if (!existsSync(path)) return { problems: [] };
  const file = displayPath(path, projectRoot);
  try {
    const parsed = JSON.parse(readFileSync(path, 'utf8')) as Partial<PublishedFactsFile> | null;
    if (typeof parsed?.events !== 'object') throw new Error('it lists no events');
    return { facts: { file, events: new Map(Object.entries(parsed.events)) }, problems: [] };
  } catch (error) {
    return {
      problems: [
        problem(file, 1, '', 'publishedFacts.unreadable', {
          reason: (error as Error).message.split('\n')[0],
        }),
      ],
    };
  }
}
