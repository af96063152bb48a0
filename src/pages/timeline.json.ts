/** timeline.json: the events in TimelineJS 3's JSON format. */
import type { APIRoute } from 'astro';
import { exportRecords } from '../data/exports.ts';
import { jsonText } from '../lib/exports/events-document.ts';
import { fileResponse } from '../lib/exports/files.ts';
import { timelineDocument } from '../lib/exports/timelinejs.ts';
import { siteForBuild } from '../lib/site-for-build.ts';

export const GET: APIRoute = async () => fileResponse('timeline', jsonText(timelineDocument(await exportRecords(), siteForBuild())));
