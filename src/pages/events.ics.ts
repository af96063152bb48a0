/** events.ics: the events dated to the day, as an iCalendar file calendar programs can subscribe to. */
import type { APIRoute } from 'astro';
import { exportRecords } from '../data/exports.ts';
import { eventsCalendar } from '../lib/exports/calendar-file.ts';
import { dataDay } from '../lib/exports/events-document.ts';
import { fileResponse } from '../lib/exports/files.ts';
import { siteForBuild } from '../lib/site-for-build.ts';

export const GET: APIRoute = async () => {
  const records = await exportRecords();
  const site = siteForBuild();
  const calendar = eventsCalendar(records, { title: site.title, host: new URL(site.url).hostname, stamp: dataDay(records, site.period.end) });
  return fileResponse('calendar', calendar);
};
