/**
 * Reads `coverage-exclusions.yaml`: the article passages left without an event on purpose, each
 * with its reason.
 */
import type { CoverageExclusions } from '../checks/record-set.ts';
import type { Problem } from '../lib/problems.ts';
import { coverageExclusionsSchema } from '../schema/coverage-exclusions.ts';
import { readOptionalYamlFile } from './yaml-file.ts';

export const EXCLUSIONS_FILE = 'coverage-exclusions.yaml';

/**
 * The list, if the content keeps one, with the problems of its own fields (which source each names
 * is a check's business).
 */
export function readCoverageExclusions(
  contentRoot: string,
  projectRoot: string,
): { exclusions?: CoverageExclusions; problems: Problem[] } {
  const read = readOptionalYamlFile(
    contentRoot,
    EXCLUSIONS_FILE,
    projectRoot,
    coverageExclusionsSchema(),
    {
      singular: 'coverage exclusion',
      whenEmpty: [],
    },
  );
  if (!read) return { problems: [] };
  return {
    exclusions: { file: read.file, entries: read.data, lineOf: read.lineOf },
    problems: read.problems,
  };
}
