/**
 * Export records of a content folder, made in plain Node (validator, site model and export code),
 * without Astro: for unit tests.
 */
import { join } from 'node:path';
import { readWorkerModel } from '../../src/derived/model-input.ts';
import { eventRecord } from '../../src/model/exports/event-record.ts';
import type { SiteConfig } from '../../src/schema/index.ts';
import type { ExportRecord } from '../../src/schema/export.ts';

export const FIXTURE_CONTENT = join(import.meta.dirname, '..', 'fixtures', 'site', 'content');

export function contentRecords(contentRoot: string): { records: ExportRecord[]; site: SiteConfig } {
  // readWorkerModel throws, with every problem, on content that does not validate.
  const model = readWorkerModel(contentRoot);
  return {
    records: model.events.map((event) => eventRecord(event, model, model.site)),
    site: model.site,
  };
}
