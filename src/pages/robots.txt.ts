/** robots.txt: everything may be crawled; the sitemap is at the site's own address. */
import type { APIRoute } from 'astro';
import { absolute } from '../data/settings.ts';

export const GET: APIRoute = () => {
  const sitemap = absolute('sitemap-index.xml');
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`, {
    headers: { 'content-type': 'text/plain; charset=utf-8' },
  });
};
