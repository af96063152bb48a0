/**
 * The oEmbed document of a page (oEmbed 1.0, type `rich`): a static file, so it gives one size,
 * EMBED_SIZES' for its shape, and cannot answer a consumer's `maxwidth` or `maxheight`. Its
 * `html` is the same iframe and script the page's "Embed" disclosure gives.
 */
import { absoluteUrl, homeUrl } from '../../lib/urls.ts';
import type { SiteConfig } from '../../schema/index.ts';
import { EMBED_SIZES, embedSnippet } from './embed-frame.ts';
import { embedPagePath, type EmbedSpec } from './embeds.ts';

export interface OEmbedRich {
  version: '1.0';
  type: 'rich';
  title: string;
  provider_name: string;
  provider_url: string;
  html: string;
  width: number;
  height: number;
}

export function oembedDocument(spec: EmbedSpec, site: SiteConfig, title: string): OEmbedRich {
  const { width, height } = EMBED_SIZES[spec.shape];
  return {
    version: '1.0',
    type: 'rich',
    title,
    provider_name: site.title,
    provider_url: homeUrl(site),
    html: embedSnippet(absoluteUrl(site, embedPagePath(spec.path, 1)), title, spec.shape),
    width,
    height,
  };
}
