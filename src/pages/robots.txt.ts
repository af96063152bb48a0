/** robots.txt: everything may be crawled; the sitemap is at the site's own address. */
import type { APIRoute } from 'astro';
import { href, siteForBuild } from '../lib/site-for-build.ts';

export const GET: APIRoute = () => {
  const sitemap = new URL(href('sitemap-index.xml'), siteForBuild().url).href;
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`, { headers: { 'content-type': 'text/plain; charset=utf-8' } });
};
