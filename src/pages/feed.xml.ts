/** feed.xml: an RSS item per event, newest event first. */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { exportRecords } from '../data/exports.ts';
import { feedOptions } from '../lib/exports/feed.ts';
import { siteForBuild } from '../lib/site-for-build.ts';

export const GET: APIRoute = async () => rss(feedOptions(await exportRecords(), siteForBuild()));
