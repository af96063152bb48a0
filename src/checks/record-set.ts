/**
 * What the cross-file checks look at: every record that passed its schema, by
 * collection, with what the validation floor read besides (published ids,
 * coverage exclusions). Each record knows the lines of its own fields, so a
 * rule reports a line without reading or parsing anything again.
 */
import type { EventFacts } from '../model/published-facts.ts';
import type { Problem } from '../lib/problems.ts';
import { normaliseForMatch } from '../lib/text-match.ts';
import type { CoverageExclusion } from '../schema/coverage-exclusions.ts';
import type { RetiredEvent } from '../schema/retired.ts';
import type { MessageOverrides } from '../schema/messages.ts';
import type { CollectionName, RecordData, SourceData } from '../schema/index.ts';

/** One record as read from its file. */
export interface ContentRecord<
  T = Record<string, unknown>,
  C extends CollectionName = CollectionName,
> {
  collection: C;
  /** The file name without `.md`. */
  id: string;
  /** Path relative to the project root, with forward slashes. */
  file: string;
  data: T;
  body: string;
  /** The YAML between the `---` lines. */
  frontMatter: string;
  /** Line in the file of the deepest part of a field path that the front matter has. */
  lineOf: (path: readonly PropertyKey[]) => number;
  /** Line in the file on which the Markdown body starts. */
  bodyStartLine: number;
}

/** The file line of a position in a record's Markdown body. */
export function bodyLine(
  record: Pick<ContentRecord, 'body' | 'bodyStartLine'>,
  offset: number,
): number {
  let newlines = 0;
  for (let i = 0; i < offset; i++) if (record.body.charCodeAt(i) === 10) newlines++;
  return record.bodyStartLine + newlines;
}

/** The facts of each published event as last recorded, by id, with the day they were. */
export interface PublishedFacts {
  file: string;
  events: Map<string, { recorded: string; facts: EventFacts }>;
}

export interface PublishedIds {
  file: string;
  entries: { id: string; line: number }[];
}

export interface CoverageExclusions {
  file: string;
  entries: CoverageExclusion[];
  lineOf: (path: readonly PropertyKey[]) => number;
}

/** Published events taken off the site on purpose (retired.yaml). */
export interface RetiredEvents {
  file: string;
  entries: RetiredEvent[];
  /** The ids it names, read even when the file fails its schema. */
  idsAsWritten: string[];
  lineOf: (path: readonly PropertyKey[]) => number;
}

/** The file name of a site's own wording, in its content folder. */
export const MESSAGES_FILE_NAME = 'messages.yaml';

export interface MessagesFile {
  file: string;
  entries: MessageOverrides;
  lineOf: (path: readonly PropertyKey[]) => number;
}

/** Where the site configuration names its language, for the checks that depend on it. */
export interface SiteLanguage {
  language: string;
  file: string;
  line: number;
}

export interface RecordSet {
  records: { [K in CollectionName]: ContentRecord<RecordData<K>, K>[] };
  /** Ids that were once published; absent when the project keeps no list. */
  published?: PublishedIds | undefined;
  /** The published events' facts as last recorded; absent when the project keeps none. */
  publishedFacts?: PublishedFacts | undefined;
  /**
   * Passages of articles left out of the timeline on purpose; absent when the project keeps no
   * list.
   */
  coverageExclusions?: CoverageExclusions | undefined;
  /** Published events taken off the site on purpose; absent when the project keeps no list. */
  retired?: RetiredEvents | undefined;
  /** The site's own wording of the catalogue's messages; absent when it keeps none. */
  messages?: MessagesFile | undefined;
  /** The site's language, when its configuration is valid. */
  siteLanguage?: SiteLanguage | undefined;
  /** The kinds the site's events may have (the default list when site.yaml names none). */
  eventKinds?: readonly string[] | undefined;
  /** Ids of records that exist but failed their schema: not "unknown", just not valid yet. */
  invalidIds: { [K in CollectionName]: Set<string> };
  /**
   * The aliases of events that failed their schema: their permalinks are not lost, the event is
   * only not valid yet.
   */
  invalidAliases?: Set<string> | undefined;
  /** Path of the content folder as shown in messages, e.g. `content`. */
  contentDir: string;
}

export type Check = (content: RecordSet) => Problem[];

const textCache = new WeakMap<object, string>();

/** The article text of a source, normalised for quote matching (computed once per source). */
export function matchText(source: ContentRecord<SourceData>): string {
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
