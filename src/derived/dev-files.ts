/**
 * `astro dev` serves what the build makes in its worker thread (exports,
 * share images, search index) from the same functions, on request, from the
 * content as it is now, so an editor sees an edit at once.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { SITE_SHARE_ID, withBase } from '../lib/urls.ts';
import { EXPORT_FILES } from '../model/exports/files.ts';
import { cachedShareCard, shareImageCache } from './share-card-cache.ts';
import { readWorkerModel } from './model-input.ts';
import { embedFiles } from './embed-files.ts';
import { exportFiles } from './export-files.ts';
import { searchIndexFiles } from './search-index.ts';
import { shareCardOf, siteShareCard } from './share-images.ts';

const EXPORT_PATHS = new Set<string>(Object.values(EXPORT_FILES).map((file) => file.path));
const TYPES: Record<string, string> = {
  js: 'text/javascript; charset=utf-8',
  css: 'text/css; charset=utf-8',
  json: 'application/json; charset=utf-8',
};

export interface DevFilesOptions {
  base: string;
  contentRoot: string;
  shareImageCacheDir: string;
}

type Next = (error?: unknown) => void;

export function devFiles(options: DevFilesOptions) {
  const prefix = withBase(options.base, '');
  const cache = shareImageCache(options.shareImageCacheDir);
  let search: Promise<Map<string, Uint8Array>> | undefined;

  /**
   * Indexes again after what is under way (one index at a time); a failed index is forgotten so the
   * next search tries again.
   */
  function reindex(): Promise<Map<string, Uint8Array>> {
    const next = (search ?? Promise.resolve(new Map<string, Uint8Array>()))
      .catch(() => undefined)
      .then(() => searchIndexFiles(readWorkerModel(options.contentRoot)));
    search = next;
    next.catch(() => {
      if (search === next) search = undefined;
    });
    return next;
  }

  async function respond(path: string, res: ServerResponse): Promise<boolean> {
    const send = (type: string, body: string | Uint8Array) => {
      res.setHeader('Content-Type', type);
      res.end(body);
      return true;
    };
    const share = /^og\/([^/]+)\.png$/.exec(path);
    if (share) {
      const model = readWorkerModel(options.contentRoot);
      const event = model.events.find((e) => e.id === share[1]);
      const card =
        share[1] === SITE_SHARE_ID ? siteShareCard(model) : event && shareCardOf(event.data, model);
      return card ? send('image/png', await cachedShareCard(card, cache)) : false;
    }
    if (path.startsWith('pagefind/')) {
      // The entry file is the first a search asks for: index again then, so the search sees the
      // latest edits.
      const files = !search || path === 'pagefind/pagefind-entry.json' ? reindex() : search;
      const file = (await files).get(path.slice('pagefind/'.length));
      return file ? send(TYPES[path.split('.').pop()!] ?? 'application/octet-stream', file) : false;
    }
    if (path.startsWith('embed/') || path.startsWith('oembed/')) {
      const wanted =
        path.startsWith('embed/') && !path.endsWith('.html')
          ? `${path.replace(/\/?$/, '/')}index.html`
          : path;
      // Made one at a time until the one asked for.
      for (const file of embedFiles(readWorkerModel(options.contentRoot)))
        if (file.path === wanted) return send(file.mediaType, file.body);
      return false;
    }
    if (EXPORT_PATHS.has(path) || /^topics\/[^/]+\/feed\.xml$/.test(path)) {
      const file = (await exportFiles(readWorkerModel(options.contentRoot))).find(
        (f) => f.path === path,
      );
      return file ? send(file.mediaType, file.body) : false;
    }
    return false;
  }

  return (req: IncomingMessage, res: ServerResponse, next: Next) => {
    // Vite's dev server strips the base path from req.url before this runs; Connect keeps the
    // address asked for in originalUrl.
    const asked = (req as IncomingMessage & { originalUrl?: string }).originalUrl ?? req.url ?? '/';
    const url = new URL(asked, 'http://dev');
    if (req.method !== 'GET' || !url.pathname.startsWith(prefix)) return next();
    let path: string;
    try {
      path = decodeURIComponent(url.pathname.slice(prefix.length));
    } catch {
      // A malformed escape names no file of ours: Astro answers it (with its 404).
      return next();
    }
    respond(path, res).then((handled) => (handled ? undefined : next()), next);
  };
}
