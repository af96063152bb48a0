/**
 * Reads `retired.yaml`: the published events taken off the site on purpose, each with its day and
 * reason.
 */
import type { RetiredEvents } from '../checks/record-set.ts';
import type { Problem } from '../lib/problems.ts';
import { retiredEventsSchema } from '../schema/retired.ts';
import { readOptionalYamlFile } from './yaml-file.ts';

export const RETIRED_FILE = 'retired.yaml';

/** The list, if the content keeps one, with the problems of its own fields. */
export function readRetiredEvents(
  contentRoot: string,
  projectRoot: string,
): { retired?: RetiredEvents; problems: Problem[] } {
  const read = readOptionalYamlFile(contentRoot, RETIRED_FILE, projectRoot, retiredEventsSchema(), {
    singular: 'retired event',
    whenEmpty: [],
  });
  if (!read) return { problems: [] };
  return {
    retired: {
      file: read.file,
      entries: read.data,
      idsAsWritten: idsOf(read.raw),
      lineOf: read.lineOf,
    },
    problems: read.problems,
  };
}

/**
 * The ids the file names, as far as they can be read: a list that fails its schema still says
 * which published ids are being retired, so they are not reported as vanished too.
 */
function idsOf(raw: unknown): string[] {
  if (!Array.isArray(raw)) return [];
  return raw
    .map((entry: unknown) => (entry as { id?: unknown } | null)?.id)
    .filter((id): id is string => typeof id === 'string');
}
