/**
 * Reads a whole-YAML content file (site.yaml, coverage-exclusions.yaml) against its schema, with
 * the catalog's messages.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'astro/zod';
import { fieldLocator } from './field-lines.ts';
import { problem, type Problem } from '../lib/problems.ts';
import { displayPath, parseYaml } from './read-records.ts';
import { issuesToProblems } from './schema-issues.ts';

export function readYamlFile<S extends z.ZodType>(
  path: string,
  file: string,
  schema: S,
  { singular, whenEmpty }: { singular: string; whenEmpty: unknown },
): {
  data?: z.output<S>;
  /** What the file holds, as read before its schema (when it is YAML at all). */
  raw?: unknown;
  problems: Problem[];
  lineOf: (path: readonly PropertyKey[]) => number;
} {
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
  if (result.success) return { data: result.data, raw: data, problems: [], lineOf };
  return {
    raw: data,
    problems: issuesToProblems(result.error.issues, schema, { file, singular, lineOf }),
    lineOf,
  };
}

/**
 * An optional whole-YAML file of the content folder (coverage-exclusions.yaml, messages.yaml):
 * undefined when the content keeps none; else what it holds (`whenEmpty` if nothing valid), its
 * path as shown and its lines, with the problems of its own fields.
 */
export function readOptionalYamlFile<S extends z.ZodType>(
  contentRoot: string,
  name: string,
  projectRoot: string,
  schema: S,
  options: { singular: string; whenEmpty: z.output<S> },
):
  | {
      file: string;
      data: z.output<S>;
      raw?: unknown;
      lineOf: (path: readonly PropertyKey[]) => number;
      problems: Problem[];
    }
  | undefined {
  const path = join(contentRoot, name);
  if (!existsSync(path)) return undefined;
  const file = displayPath(path, projectRoot);
  const {
    data = options.whenEmpty,
    raw,
    problems,
    lineOf,
  } = readYamlFile(path, file, schema, options);
  return { file, data, raw, lineOf, problems };
}
