/** The share image of each event, rendered at build time (cached: see src/lib/share-image.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { siteContent } from '../../data/content.ts';
import { formatDateRange } from '../../lib/calendar.ts';
import { cachedShareCard, shareImageCache } from '../../lib/share-image.ts';
import { siteForBuild } from '../../lib/site-for-build.ts';

const cache = shareImageCache(process.env.CHRONICLE_CACHE_DIR ?? 'node_modules/.cache/chronicle/share-images');

export const getStaticPaths = (async () => {
  const { events } = await siteContent();
  return events.map((event) => ({ params: { id: event.id }, props: { event } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { event } = props as Awaited<ReturnType<typeof getStaticPaths>>[number]['props'];
  const { data } = event;
  const png = await cachedShareCard(
    {
      siteTitle: siteForBuild().title,
      date: formatDateRange(data.start, data.end),
      title: data.title,
      summary: data.summary,
      status: data.status === 'happened' ? undefined : data.status,
      sources: new Set(data.sources.map((c) => c.source)).size,
    },
    cache,
  );
  return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
};
