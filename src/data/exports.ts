/** The export records of every event, made once per build from the loaded content and shared by every data file. */
import { eventRecord } from '../lib/exports/event-record.ts';
import { siteForBuild } from '../lib/site-for-build.ts';
import type { ExportRecord } from '../schema/export.ts';
import { siteContent } from './content.ts';

async function load(): Promise<ExportRecord[]> {
  const content = await siteContent();
  const site = siteForBuild();
  return content.events.map((event) => eventRecord(event, content, site));
}

let cached: Promise<ExportRecord[]> | undefined;

export function exportRecords(): Promise<ExportRecord[]> {
  cached ??= load();
  return cached;
}
