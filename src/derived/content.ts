/**
 * The content as the files made beside Astro's pages need it (open-data
 * exports, share images, the search index): read and parsed by the
 * validator's own code, so a worker thread or the dev server can make them
 * without Astro's content layer. Only ever called on content that validates.
 */
import type { z } from 'astro/zod';
import { formatProblem } from '../lib/problems.ts';
import { sortEvents } from '../lib/timeline.ts';
import { validateContent } from '../lib/validate-content.ts';
import { collections, type CollectionName, type SiteConfig } from '../schema/index.ts';

export type DataOf<K extends CollectionName> = z.output<ReturnType<(typeof collections)[K]['schema']>>;

export interface Entry<T> {
  id: string;
  data: T;
  /** The Markdown body. */
  body: string;
}

export interface DerivedContent {
  site: SiteConfig;
  /** In timeline order. */
  events: Entry<DataOf<'events'>>[];
  sources: Map<string, Entry<DataOf<'sources'>>>;
  people: Map<string, Entry<DataOf<'people'>>>;
  organisations: Map<string, Entry<DataOf<'organisations'>>>;
  places: Map<string, Entry<DataOf<'places'>>>;
  topics: Map<string, Entry<DataOf<'topics'>>>;
}

/** Validated records, as the build's validation leaves them: what a worker can be handed instead of reading everything again. */
export interface ContentRecords {
  site: SiteConfig;
  records: Partial<Record<CollectionName, Entry<unknown>[]>>;
}

/** The records in the shape the exports, share images and search index use. */
export function derivedContent({ site, records }: ContentRecords): DerivedContent {
  const list = <K extends CollectionName>(name: K) => (records[name] ?? []) as Entry<DataOf<K>>[];
  const byId = <K extends CollectionName>(name: K) => new Map(list(name).map((entry) => [entry.id, entry]));
  return {
    site,
    events: sortEvents(list('events')),
    sources: byId('sources'),
    people: byId('people'),
    organisations: byId('organisations'),
    places: byId('places'),
    topics: byId('topics'),
  };
}

/**
 * What the files made from the content need of the validated records: ids, fields and the
 * bodies of events (sources' articles are left out: no export or index uses them, and they are large).
 */
export function recordsForDerived(site: SiteConfig, records: Record<CollectionName, { id: string; data: unknown; body: string }[]>): ContentRecords {
  const slim = Object.fromEntries(
    Object.entries(records).map(([name, list]) => [name, list.map((r) => ({ id: r.id, data: r.data, body: name === 'sources' ? '' : r.body }))]),
  );
  return { site, records: slim };
}

/** Reads and validates the content with the validator itself (`astro dev`, or a worker not handed the records). */
export function readDerivedContent(contentRoot: string, projectRoot = process.cwd()): DerivedContent {
  const { problems, content, site } = validateContent(contentRoot, projectRoot);
  // The build validated this content before it started: reaching here with problems means it changed since.
  if (!site || problems.length > 0) throw new Error(`The content changed during the build and no longer validates:\n${problems.map(formatProblem).join('\n')}`);
  return derivedContent(recordsForDerived(site, content.records));
}
