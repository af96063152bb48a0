/**
 * Checks each raw record against its collection's schema; keeps the parsed data or the problems.
 */
import type { ContentRecord } from '../checks/record-set.ts';
import type { Problem } from '../lib/problems.ts';
import { collections, eventSchema, type CollectionName } from '../schema/index.ts';
import type { RawRecord } from './read-records.ts';
import { issuesToProblems } from './schema-issues.ts';

type Schemas = { [K in CollectionName]: ReturnType<(typeof collections)[K]['schema']> };

/**
 * One instance of each schema for a site's list of event kinds, made once: building zod objects is
 * not free.
 */
const made = new Map<string, Schemas>();
function schemasFor(eventKinds: readonly string[]): Schemas {
  const key = eventKinds.join(' ');
  let schemas = made.get(key);
  if (!schemas) {
    schemas = Object.fromEntries(
      Object.entries(collections).map(([name, c]) => [
        name,
        name === 'events' ? eventSchema(eventKinds) : c.schema(),
      ]),
    ) as Schemas;
    made.set(key, schemas);
  }
  return schemas;
}

/** `eventKinds`: the kinds the site's events may have (schema/site.ts `eventKindIds`). */
export function parseRecord(
  record: RawRecord,
  eventKinds: readonly string[],
): ContentRecord | Problem[] {
  const schema = schemasFor(eventKinds)[record.collection];
  const result = schema.safeParse(record.data, { reportInput: true });
  if (result.success) return { ...record, data: result.data };
  return issuesToProblems(result.error.issues, schema, {
    file: record.file,
    singular: collections[record.collection].singular,
    lineOf: record.lineOf,
  });
}
