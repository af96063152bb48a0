/**
 * Values given as flags, checked by the very schema fields that check them in the content, with
 * the catalogue's words: `--language: found "english", which is not in the expected form. …`.
 */
import { z } from 'astro/zod';
import { issuesToProblems } from '../../validation/schema-issues.ts';

/**
 * One line per problem, each naming its flag. `flagOf` maps a field's path (`period.start`) to
 * the flag that gave it (`start`); by default the field is the flag.
 */
export function flagProblems(
  schema: z.ZodType,
  data: unknown,
  flagOf: Record<string, string> = {},
): string[] {
  const result = schema.safeParse(data, { reportInput: true });
  if (result.success) return [];
  return issuesToProblems(result.error.issues, schema, {
    file: '',
    singular: 'command line',
    lineOf: () => 1,
  }).map((p) => `--${flagOf[p.field] ?? p.field}: ${p.message}`);
}
