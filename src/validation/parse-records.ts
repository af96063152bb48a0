/**
 * Checks each raw record against its collection's schema; keeps the parsed data or the problems.
 */
import type { ContentRecord } from '../checks/record-set.ts';
import type { Problem } from '../lib/problems.ts';
import { collections, type CollectionName } from '../schema/index.ts';
import type { RawRecord } from './read-records.ts';
import { issuesToProblems } from './schema-issues.ts';

type Schemas = { [K in CollectionName]: ReturnType<(typeof collections)[K]['schema']> };

/** One instance of each schema, made once: building zod objects is not free. */
const schemas = Object.fromEntries(
  Object.entries(collections).map(([name, c]) => [name, c.schema()]),
) as Schemas;

export function parseRecord(record: RawRecord): ContentRecord | Problem[] {
  const schema = schemas[record.collection];
  const result = schema.safeParse(record.data, { reportInput: true });
  if (result.success) return { ...record, data: result.data };
  return issuesToProblems(result.error.issues, schema, {
    file: record.file,
    singular: collections[record.collection].singular,
    lineOf: record.lineOf,
  });
}
