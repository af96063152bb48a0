/** Checks each raw record against its collection's schema; keeps the parsed data or the problems. */
import { collections, type CollectionName } from '../schema/index.ts';
import { lineOfField } from './field-lines.ts';
import type { Problem } from './problems.ts';
import type { RawRecord } from './read-content.ts';
import { issuesToProblems } from './schema-issues.ts';

export interface ParsedRecord<T = Record<string, unknown>> extends Omit<RawRecord, 'data'> {
  data: T;
}

type Schemas = { [K in CollectionName]: ReturnType<(typeof collections)[K]['schema']> };

/** One instance of each schema, made once: building zod objects is not free. */
const schemas = Object.fromEntries(Object.entries(collections).map(([name, c]) => [name, c.schema()])) as Schemas;

export function schemaOf<K extends CollectionName>(collection: K): Schemas[K] {
  return schemas[collection];
}

export function parseRecord(record: RawRecord): ParsedRecord | Problem[] {
  const schema = schemas[record.collection];
  const result = schema.safeParse(record.data, { reportInput: true });
  if (result.success) return { ...record, data: result.data as Record<string, unknown> };
  return issuesToProblems(result.error.issues, schema, {
    file: record.file,
    singular: collections[record.collection].singular,
    lineOf: (path) => lineOfField(record.frontMatter, path),
  });
}

/** A record's line for a field path, for problems found after parsing. */
export function lineIn(record: Pick<RawRecord, 'frontMatter'>, path: readonly PropertyKey[]): number {
  return lineOfField(record.frontMatter, path);
}

/** The file line of a position in a record's Markdown body (the body starts after the closing `---`). */
export function bodyLine(record: Pick<RawRecord, 'frontMatter' | 'body'>, offset: number): number {
  const firstBodyLine = record.frontMatter.split('\n').length + 2;
  let newlines = 0;
  for (let i = 0; i < offset; i++) if (record.body.charCodeAt(i) === 10) newlines++;
  return firstBodyLine + newlines;
}
