/**
 * The whole validation, as the build and `npm run validate` both run it: read
 * every file of the content folder, check each against its schema, then every
 * cross-file rule. Gives every problem in every file at once, and what was read.
 */
import { resolve } from 'node:path';
import { runChecks, type RecordSet } from '../checks/index.ts';
import type { ContentRecord } from '../checks/record-set.ts';
import { sortProblems, type Problem } from '../lib/problems.ts';
import {
  COLLECTION_NAMES,
  eventKindIds,
  type CollectionName,
  type SiteConfig,
} from '../schema/index.ts';
import { readCoverageExclusions } from './coverage-exclusions.ts';
import { readMessagesFile } from './messages-file.ts';
import { parseRecord } from './parse-records.ts';
import { readPublishedFacts } from './published-facts.ts';
import { readPublishedIds } from './published-ids.ts';
import { displayPath, readRecords } from './read-records.ts';
import { unexpectedEntries } from './content-root-entries.ts';
import { readRetiredEvents } from './retired-events.ts';
import { readSiteConfig } from './site-config.ts';

export interface ValidationResult extends RecordSet {
  problems: Problem[];
  /** The site configuration, when it is valid. */
  site?: SiteConfig | undefined;
  fileCount: number;
}

export function validateContent(
  contentRoot: string,
  projectRoot = process.cwd(),
): ValidationResult {
  const root = resolve(projectRoot, contentRoot);
  const site = readSiteConfig(root, projectRoot);
  const read = readRecords(root, projectRoot);
  // The exclusions list is content too: a broken one fails here, not only in `npm run coverage`.
  const exclusions = readCoverageExclusions(root, projectRoot);
  const messages = readMessagesFile(root, projectRoot);
  const retired = readRetiredEvents(root, projectRoot);
  const problems: Problem[] = [
    ...site.problems,
    ...unexpectedEntries(root, projectRoot),
    ...read.problems,
    ...exclusions.problems,
    ...retired.problems,
    ...messages.problems,
  ];
  const records = Object.fromEntries(
    COLLECTION_NAMES.map((name) => [name, [] as ContentRecord[]]),
  ) as Record<CollectionName, ContentRecord[]>;
  const invalidIds = Object.fromEntries(
    COLLECTION_NAMES.map((name) => [name, new Set<string>()]),
  ) as Record<CollectionName, Set<string>>;
  const eventKinds = eventKindIds(site.config);
  const invalidAliases = new Set<string>();
  for (const raw of read.records) {
    const parsed = parseRecord(raw, eventKinds);
    if (Array.isArray(parsed)) {
      problems.push(...parsed);
      invalidIds[raw.collection].add(raw.id);
      if (raw.collection === 'events') aliasesOf(raw.data).forEach((a) => invalidAliases.add(a));
    } else records[raw.collection].push(parsed);
  }
  const publishedFacts = readPublishedFacts(root, projectRoot);
  problems.push(...publishedFacts.problems);
  // Each record passed its own collection's schema above: its data is that collection's.
  const content = {
    records: records as unknown as RecordSet['records'],
    invalidIds,
    invalidAliases,
    contentDir: displayPath(root, projectRoot),
    published: readPublishedIds(root, projectRoot),
    publishedFacts: publishedFacts.facts,
    coverageExclusions: exclusions.exclusions,
    retired: retired.retired,
    messages: messages.messages,
    eventKinds,
    siteLanguage: site.config && {
      language: site.config.language,
      file: site.file,
      line: site.lineOf?.(['language']) ?? 1,
    },
  } as RecordSet;
  problems.push(...runChecks(content));
  return {
    ...content,
    problems: sortProblems(problems),
    site: site.config,
    fileCount: read.records.length + read.problems.length,
  };
}

/** The aliases an event that failed its schema was written with, as far as they can be read. */
function aliasesOf(data: unknown): string[] {
  const aliases = (data as { aliases?: unknown } | null)?.aliases;
  const list: unknown[] = Array.isArray(aliases) ? aliases : [aliases];
  return list.filter((a): a is string => typeof a === 'string');
}

/** The id of every record, valid or not, by collection: what a cross-link may point to. */
export function recordIds(result: RecordSet): Record<CollectionName, Set<string>> {
  return Object.fromEntries(
    COLLECTION_NAMES.map((name) => [
      name,
      new Set([...result.records[name].map((record) => record.id), ...result.invalidIds[name]]),
    ]),
  ) as Record<CollectionName, Set<string>>;
}
