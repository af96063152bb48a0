/** What the cross-file checks look at: every record that passed its schema, by collection. */
import type { CollectionName, EventData, SourceData } from '../schema/index.ts';
import type { ParsedRecord } from '../lib/parse-records.ts';
import type { Problem } from '../lib/problems.ts';
import { normaliseForMatch } from '../lib/text-match.ts';

export interface PublishedIds {
  file: string;
  entries: { id: string; line: number }[];
}

export interface ContentSet {
  records: { [K in CollectionName]: ParsedRecord<K extends 'events' ? EventData : K extends 'sources' ? SourceData : Record<string, unknown>>[] };
  /** Ids that were once published; absent when the project keeps no list. */
  published?: PublishedIds;
  /** Ids of records that exist but failed their schema: not "unknown", just not valid yet. */
  invalidIds: { [K in CollectionName]: Set<string> };
  /** Path of the content folder as shown in messages, e.g. `content`. */
  contentDir: string;
}

export type Check = (content: ContentSet) => Problem[];

const textCache = new WeakMap<object, string>();

/** The article text of a source, normalised for quote matching (computed once per source). */
export function matchText(source: ParsedRecord<SourceData>): string {
  let text = textCache.get(source);
  if (text === undefined) {
    text = normaliseForMatch(source.body);
    textCache.set(source, text);
  }
  return text;
}

export function byId<T extends { id: string }>(records: readonly T[]): Map<string, T> {
  return new Map(records.map((record) => [record.id, record]));
}
