/**
 * The open-data files (events.json and its schema, CSV, iCalendar, TimelineJS,
 * the RSS feed, one feed per topic and the changes feed), made from the content in one pass.
 * The build writes them from a worker thread, beside Astro's pages; `astro
 * dev` serves them from the same function.
 */
import { getRssString } from '@astrojs/rss';
import { eventsCalendar } from '../model/exports/calendar-file.ts';
import { eventsCsv } from '../model/exports/csv-file.ts';
import { eventRecord } from '../model/exports/event-record.ts';
import { dataDay, eventsDocument, jsonText } from '../model/exports/events-document.ts';
import { changeLog } from '../model/changes.ts';
import { changesFeedOptions } from '../model/exports/changes-feed.ts';
import { feedOptions } from '../model/exports/feed.ts';
import { EXPORT_FILES } from '../model/exports/files.ts';
import { exportJsonSchema } from '../model/exports/events-json-schema.ts';
import { timelineDocument } from '../model/exports/timelinejs.ts';
import { recordPath, topicFeedPath } from '../lib/urls.ts';
import type { WorkerModel } from './model-input.ts';

export interface DerivedFile {
  /** Path within the site, without the base path: `events.json`, `topics/<id>/feed.xml`. */
  path: string;
  mediaType: string;
  body: string;
}

const FEED_TYPE = EXPORT_FILES.feed.mediaType;

export async function exportFiles(model: WorkerModel): Promise<DerivedFile[]> {
  const { site, dates, t } = model;
  const records = model.events.map((event) => eventRecord(event, model, site));
  const file = (name: keyof typeof EXPORT_FILES, body: string): DerivedFile => ({
    path: EXPORT_FILES[name].path,
    mediaType: EXPORT_FILES[name].mediaType,
    body,
  });
  const files = [
    file('json', jsonText(eventsDocument(records, site))),
    file('schema', jsonText(exportJsonSchema())),
    file('csv', eventsCsv(records, dates)),
    file(
      'calendar',
      eventsCalendar(records, {
        title: site.title,
        host: new URL(site.url).hostname,
        stamp: dataDay(records, site.period.end),
        words: dates,
        t,
      }),
    ),
    file('timeline', jsonText(timelineDocument(records, site, dates, t))),
    file('feed', await getRssString(feedOptions(records, site))),
    file(
      'changes',
      await getRssString(
        changesFeedOptions(changeLog(model.events, model.retired.values()), site, t),
      ),
    ),
  ];
  for (const topic of model.topics.values()) {
    const path = topicFeedPath(topic.id);
    const about = records.filter((record) => record.topics.some((t) => t.id === topic.id));
    const options = feedOptions(about, site, {
      title: t('feed.topicTitle', { site: site.title, topic: topic.data.name }),
      description: t('feed.topicDescription', { topic: topic.data.name }),
      path,
      page: recordPath('topics', topic.id),
    });
    files.push({ path, mediaType: FEED_TYPE, body: await getRssString(options) });
  }
  return files;
}
