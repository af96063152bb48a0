/**
 * Reads a whole-YAML content file (site.yaml, coverage-exclusions.yaml) against its schema, with
 * the catalog's messages.
 */
import { readFileSync } from 'node:fs';
import type { z } from 'astro/zod';
import { fieldLocator } from './field-lines.ts';
import { problem, type Problem } from '../lib/problems.ts';
import { parseYaml } from './read-records.ts';
import { issuesToProblems } from './schema-issues.ts';

export function readYamlFile<S extends z.ZodType>(
  path: string,
  file: string,
  schema: S,
  { singular, whenEmpty }: { singular: string; whenEmpty: unknown },
): { data?: z.output<S>; problems: Problem[]; lineOf: (path: readonly PropertyKey[]) => number } {
  const text = readFileSync(path, 'utf8');
  const lineOf = fieldLocator(text);
  let data: unknown;
  try {
    data = parseYaml(text);
  } catch (error) {
    const { reason, mark } = error as { reason?: string; mark?: { line: number } };
    return {
      problems: [
        problem(file, (mark?.line ?? 0) + 1, '', 'file.yaml', {
          reason: reason ?? 'it cannot be read',
        }),
      ],
      lineOf,
    };
  }
  const result = schema.safeParse(data ?? whenEmpty, { reportInput: true });
  if (result.success) return { data: result.data, problems: [], lineOf };
  return {
    problems: issuesToProblems(result.error.issues, schema, { file, singular, lineOf }),
    lineOf,
  };
}
