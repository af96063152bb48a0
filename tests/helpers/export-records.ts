/** Export records of a content folder, made in plain Node (validator + export code), without Astro: for unit tests. */
import { join } from 'node:path';
import { eventRecord, type ExportIndexes } from '../../src/lib/exports/event-record.ts';
import { sortEvents } from '../../src/lib/timeline.ts';
import { validateContent } from '../../src/lib/validate-content.ts';
import type { EventData, SiteConfig } from '../../src/schema/index.ts';
import type { ExportRecord } from '../../src/schema/export.ts';

export const FIXTURE_CONTENT = join(import.meta.dirname, '..', 'fixtures', 'site', 'content');

export function contentRecords(contentRoot: string): { records: ExportRecord[]; site: SiteConfig } {
  const { content, site, problems } = validateContent(contentRoot);
  if (problems.length > 0 || !site) throw new Error(`${contentRoot} has problems: ${problems.map((p) => p.message).join('; ')}`);
  const index = (name: keyof ExportIndexes) => new Map(content.records[name].map((record) => [record.id, record])) as never;
  const indexes: ExportIndexes = {
    sources: index('sources'),
    people: index('people'),
    organisations: index('organisations'),
    places: index('places'),
    topics: index('topics'),
  };
  const events = sortEvents(content.records.events as unknown as { id: string; data: EventData }[]);
  return { records: events.map((event) => eventRecord(event, indexes, site)), site };
}
