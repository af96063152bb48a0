/** topics/<id>/feed.xml: the RSS feed of one topic's events, newest first. */
import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { siteContent } from '../../../data/content.ts';
import { exportRecords } from '../../../data/exports.ts';
import { feedOptions } from '../../../lib/exports/feed.ts';
import { siteForBuild } from '../../../lib/site-for-build.ts';

export const getStaticPaths = (async () => {
  const { topics } = await siteContent();
  return [...topics.values()].map((topic) => ({ params: { id: topic.id }, props: { id: topic.id, name: topic.data.name } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { id, name } = props as { id: string; name: string };
  const site = siteForBuild();
  const records = (await exportRecords()).filter((record) => record.topics.some((topic) => topic.id === id));
  return rss(
    feedOptions(records, site, { title: `${site.title}: ${name}`, description: `Events about ${name}, newest first.`, path: `topics/${id}/feed.xml` }),
  );
};
