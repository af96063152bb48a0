/**
 * The site model as the files made beside Astro's pages need it (open-data
 * exports, share images, the search index): built from the validator's own
 * records, so a worker thread or the dev server can make them without Astro's
 * content layer. Only ever built from content that validates.
 */
import { formatProblem } from '../lib/problems.ts';
import { buildSiteModel, type Entry, type SiteModel } from '../model/site-model.ts';
import type { CoverageExclusion } from '../schema/coverage-exclusions.ts';
import type { MessageOverrides } from '../schema/messages.ts';
import type { RetiredEvent } from '../schema/retired.ts';
import type { CollectionName, EventData, SiteConfig, SourceData } from '../schema/index.ts';
import { validateContent, type ValidationResult } from '../validation/validate-content.ts';

/** An event with its Markdown body, which the search index reads. */
export type EventWithBody = Entry<EventData> & { body: string };
export type WorkerModel = SiteModel<EventWithBody, Entry<SourceData>>;

/**
 * What a worker thread is handed of the validated records: plain data, which a message can carry.
 */
export interface WorkerRecords {
  site: SiteConfig;
  coverageExclusions: CoverageExclusion[];
  /** The site's own wording (messages.yaml): share images and exports speak as the pages do. */
  messages: MessageOverrides;
  /** Published events taken off the site (retired.yaml): the changes feed lists them. */
  retired: RetiredEvent[];
  records: Record<CollectionName, { id: string; data: unknown; body: string }[]>;
}

/**
 * What the files made from the content need of the validated records: ids, fields and the bodies of
 * events (sources' articles are left out: no export or index uses them, and they are large).
 */
export function recordsForWorker(site: SiteConfig, validated: ValidationResult): WorkerRecords {
  const records = Object.fromEntries(
    Object.entries(validated.records).map(([name, list]) => [
      name,
      list.map((r) => ({ id: r.id, data: r.data, body: name === 'sources' ? '' : r.body })),
    ]),
  ) as WorkerRecords['records'];
  return {
    site,
    coverageExclusions: validated.coverageExclusions?.entries ?? [],
    messages: validated.messages?.entries ?? {},
    retired: validated.retired?.entries ?? [],
    records,
  };
}

/** The site model of records handed over (or read). */
export function workerModel({
  site,
  coverageExclusions,
  messages,
  retired,
  records,
}: WorkerRecords): WorkerModel {
  const list = <T>(name: CollectionName) => records[name] as T[];
  return buildSiteModel({
    site,
    coverageExclusions,
    messages,
    retired,
    events: list<EventWithBody>('events'),
    sources: list<Entry<SourceData>>('sources'),
    people: list('people'),
    organisations: list('organisations'),
    places: list('places'),
    topics: list('topics'),
    periods: list('periods'),
  });
}

/**
 * Reads and validates the content with the validator itself (`astro dev`, or a worker not handed
 * the records).
 */
export function readWorkerModel(contentRoot: string, projectRoot = process.cwd()): WorkerModel {
  const validated = validateContent(contentRoot, projectRoot);
  // The build validated this content before it started: reaching here with problems means it
  // changed since.
  if (!validated.site || validated.problems.length > 0) {
    throw new Error(
      `The content changed during the build and no longer validates:\n${validated.problems.map(formatProblem).join('\n')}`,
    );
  }
  return workerModel(recordsForWorker(validated.site, validated));
}
