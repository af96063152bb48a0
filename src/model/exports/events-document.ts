/**
 * `events.json`: the export records with a header saying what they are.
 * Byte-identical from build to build: no clock, keys in a fixed order.
 */
import type { CalendarDate } from '../../lib/calendar.ts';
import {
  EXPORT_GENERATOR,
  EXPORT_VERSION,
  type ExportFile,
  type ExportRecord,
} from '../../schema/export.ts';
import { homeUrl, type SiteAddress } from '../../lib/urls.ts';

/**
 * The last day any event or source date in the records reaches: the data's own
 * date, standing in for a build time that would change the file on every build.
 * With no records at all, the last day of the site's period.
 */
export function dataDay(records: readonly ExportRecord[], fallback: CalendarDate): string {
  const days = records.flatMap((record) => [
    record.start.latest,
    record.end?.latest ?? '',
    ...record.sources.map((source) => source.published.latest),
  ]);
  return days.reduce(
    (latest, day) => (day > latest ? day : latest),
    records.length > 0 ? '' : fallback.latest,
  );
}

export function eventsDocument(
  records: readonly ExportRecord[],
  site: SiteAddress & { title: string; period: { end: CalendarDate } },
): ExportFile {
  return {
    version: EXPORT_VERSION,
    generator: EXPORT_GENERATOR,
    site: { title: site.title, url: homeUrl(site) },
    generated: dataDay(records, site.period.end),
    events: [...records],
  };
}

/** Two-space indented JSON with a final newline, as people and diff tools read it best. */
export function jsonText(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
