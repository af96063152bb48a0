/** Every cross-file rule, run in this order; each returns its own problems. */
import type { Problem } from '../lib/problems.ts';
import type { Check, RecordSet } from './record-set.ts';
import { checkBodyAddresses } from './body-addresses.ts';
import { checkCoverageExclusions } from './coverage-exclusions.ts';
import { checkCrossLinks } from './cross-links.ts';
import { checkDrafts } from './drafts.ts';
import { checkMessages } from './messages.ts';
import { checkFileNames } from './filenames.ts';
import { checkPermalinks } from './permalinks.ts';
import { checkPublishedFacts } from './published-facts.ts';
import { checkProbableDuplicates } from './probable-duplicates.ts';
import { checkDatedBeforePublication } from './publication.ts';
import { checkDatingSourceCited, checkQuotes } from './quotes.ts';
import { checkReferences } from './references.ts';
import { checkRetiredEvents } from './retired-events.ts';
import { checkSourceText } from './source-text.ts';
import { checkUniqueIds } from './unique-ids.ts';
import { checkWeekdays } from './weekdays.ts';

export const CHECKS: readonly Check[] = [
  checkFileNames,
  checkUniqueIds,
  checkReferences,
  checkSourceText,
  checkQuotes,
  checkDatingSourceCited,
  checkWeekdays,
  checkDatedBeforePublication,
  checkProbableDuplicates,
  checkPermalinks,
  checkRetiredEvents,
  checkPublishedFacts,
  checkCrossLinks,
  checkDrafts,
  checkBodyAddresses,
  checkCoverageExclusions,
  checkMessages,
];

export function runChecks(content: RecordSet): Problem[] {
  return CHECKS.flatMap((check) => check(content));
}

export type { RecordSet, Check } from './record-set.ts';
