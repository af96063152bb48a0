/** events.json: every event with its sources and quotes, references resolved (see the data page). */
import type { APIRoute } from 'astro';
import { exportRecords } from '../data/exports.ts';
import { eventsDocument, jsonText } from '../lib/exports/events-document.ts';
import { fileResponse } from '../lib/exports/files.ts';
import { siteForBuild } from '../lib/site-for-build.ts';

export const GET: APIRoute = async () => fileResponse('json', jsonText(eventsDocument(await exportRecords(), siteForBuild())));
