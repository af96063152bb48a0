/**
 * The whole validation, as the build and `npm run validate` both run it:
 * read every file, check each against its schema, then every cross-file rule.
 * Gives every problem in every file at once, and the parsed content.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { runChecks, type ContentSet } from '../checks/index.ts';
import { COLLECTION_NAMES, type CollectionName, type SiteConfig } from '../schema/index.ts';
import { parseRecord, type ParsedRecord } from './parse-records.ts';
import { sortProblems, type Problem } from './problems.ts';
import { displayPath, readContent } from './read-content.ts';
import { readSiteConfig } from './site-config.ts';
import { EXCLUSIONS_FILE, readExclusions } from './coverage-report.ts';

export const PUBLISHED_IDS_FILE = 'published-ids.txt';

export interface ValidationResult {
  problems: Problem[];
  content: ContentSet;
  site?: SiteConfig | undefined;
  fileCount: number;
}

export function validateContent(contentRoot: string, projectRoot = process.cwd()): ValidationResult {
  const root = resolve(projectRoot, contentRoot);
  const site = readSiteConfig(root, projectRoot);
  const read = readContent(root, projectRoot);
  const problems: Problem[] = [...site.problems, ...read.problems];
  const records = Object.fromEntries(COLLECTION_NAMES.map((name) => [name, [] as ParsedRecord[]])) as Record<CollectionName, ParsedRecord[]>;
  const invalidIds = Object.fromEntries(COLLECTION_NAMES.map((name) => [name, new Set<string>()])) as Record<CollectionName, Set<string>>;
  for (const raw of read.records) {
    const parsed = parseRecord(raw);
    if (Array.isArray(parsed)) {
      problems.push(...parsed);
      invalidIds[raw.collection].add(raw.id);
    } else records[raw.collection].push(parsed);
  }
  const content = { records, invalidIds, contentDir: displayPath(root, projectRoot), published: readPublishedIds(root, projectRoot) } as ContentSet;
  problems.push(...runChecks(content));
  // The exclusions list is content too: a broken one fails here, not only in `npm run coverage`.
  const sourceIds = [...records.sources.map((s) => s.id), ...invalidIds.sources];
  const sourceFolder = displayPath(join(root, 'sources'), projectRoot);
  problems.push(...readExclusions(root, displayPath(join(root, EXCLUSIONS_FILE), projectRoot), { ids: sourceIds, folder: sourceFolder }).problems);
  return { problems: sortProblems(problems), content, site: site.config, fileCount: read.records.length + read.problems.length };
}

/** The committed list of published event ids: one per line; `#` starts a comment. */
function readPublishedIds(contentRoot: string, projectRoot: string): ContentSet['published'] {
  const path = join(contentRoot, PUBLISHED_IDS_FILE);
  if (!existsSync(path)) return undefined;
  const entries = readFileSync(path, 'utf8')
    .split(/\r?\n/)
    .map((text, index) => ({ id: text.replace(/#.*/, '').trim(), line: index + 1 }))
    .filter((entry) => entry.id !== '');
  return { file: displayPath(path, projectRoot), entries };
}
