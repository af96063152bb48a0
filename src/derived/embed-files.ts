/**
 * The embed documents and their oEmbed files, made from the site model beside Astro's pages (in
 * the build's worker thread, as the exports are): at 10,000 events they are 10,000 event cards
 * and the pages of every list, which Astro would render on the main thread at a cost the build's
 * budget has no room for. `astro dev` serves them from the same function.
 */
import { eventEmbed, listEmbed, type EmbedContext } from '../model/embeds/embed-documents.ts';
import { embedPagePath, embedsOf } from '../model/embeds/embeds.ts';
import { oembedDocument } from '../model/embeds/oembed.ts';
import { oembedPath } from '../lib/urls.ts';
import type { SiteModel } from '../model/site-model.ts';
import type { DerivedFile } from './export-files.ts';

const HTML = 'text/html; charset=utf-8';
const OEMBED = 'application/json+oembed; charset=utf-8';

/**
 * Every embed's pages (`embed/…/index.html`) and oEmbed file (`oembed/….json`), one at a time, so
 * that each can be let go once written: at 10,000 events there are 22,000 of them.
 */
export function* embedFiles(model: SiteModel): Generator<DerivedFile> {
  const context: EmbedContext = { site: model.site, t: model.t, dates: model.dates };
  const { pageSize } = model.site;
  for (const spec of embedsOf(model)) {
    if (spec.shape === 'event') {
      yield {
        path: `${embedPagePath(spec.path, 1)}index.html`,
        mediaType: HTML,
        body: eventEmbed(context, spec.event),
      };
    } else {
      const pages = Math.max(1, Math.ceil(spec.events.length / pageSize));
      for (let number = 1; number <= pages; number++)
        yield {
          path: `${embedPagePath(spec.path, number)}index.html`,
          mediaType: HTML,
          body: listEmbed(context, {
            name: spec.name,
            description: spec.description,
            page: spec.page,
            total: spec.events.length,
            events: spec.events.slice((number - 1) * pageSize, number * pageSize),
            number,
            pages,
            pagePath: (n) => embedPagePath(spec.path, n),
          }),
        };
    }
    yield {
      path: oembedPath(spec.path),
      mediaType: OEMBED,
      body: JSON.stringify(oembedDocument(spec, model.site, spec.name)),
    };
  }
}
