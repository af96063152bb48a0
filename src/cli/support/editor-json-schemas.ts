/**
 * JSON Schemas of what editors write, generated from the zod schemas (never
 * written by hand): for editors' YAML tooling and for anyone reusing the data.
 */
import { z } from 'astro/zod';
import { coverageExclusionsSchema } from '../../schema/coverage-exclusions.ts';
import { messagesSchema } from '../../schema/messages.ts';
import { retiredEventsSchema } from '../../schema/retired.ts';
import { collections, siteSchema } from '../../schema/index.ts';

export function editorJsonSchemas(): Record<string, object> {
  const schemas: Record<string, z.core.$ZodType> = {
    ...Object.fromEntries(Object.entries(collections).map(([name, c]) => [name, c.schema()])),
    site: siteSchema(),
    'coverage-exclusions': coverageExclusionsSchema(),
    messages: messagesSchema(),
    retired: retiredEventsSchema(),
  };
  return Object.fromEntries(
    Object.entries(schemas).map(([name, schema]) => [
      name,
      z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any', target: 'draft-2020-12' }),
    ]),
  );
}
