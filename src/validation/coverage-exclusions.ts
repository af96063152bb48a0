/**
 * Reads `coverage-exclusions.yaml`: the article passages left without an event on purpose, each
 * with its reason.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { CoverageExclusions } from '../checks/record-set.ts';
import type { Problem } from '../lib/problems.ts';
import { coverageExclusionsSchema } from '../schema/coverage-exclusions.ts';
import { displayPath } from './read-records.ts';
import { readYamlFile } from './yaml-file.ts';

export const EXCLUSIONS_FILE = 'coverage-exclusions.yaml';

/**
 * The list, if the content keeps one, with the problems of its own fields (which source each names
 * is a check's business).
 */
export function readCoverageExclusions(
  contentRoot: string,
  projectRoot: string,
): { exclusions?: CoverageExclusions; problems: Problem[] } {
  const path = join(contentRoot, EXCLUSIONS_FILE);
  if (!existsSync(path)) return { problems: [] };
  const file = displayPath(path, projectRoot);
  const {
    data = [],
    problems,
    lineOf,
  } = readYamlFile(path, file, coverageExclusionsSchema(), {
    singular: 'coverage exclusion',
    whenEmpty: [],
  });
  return { exclusions: { file, entries: data, lineOf }, problems };
}
