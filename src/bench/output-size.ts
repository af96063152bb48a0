/**
 * What a build wrote: total size and file count, and the weight of single
 * pages as a reader's browser receives them (raw and gzip, with the
 * stylesheets a page links).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

/** gzip at zlib's default level 6, what most servers and CDNs use on the fly. */
export const gzipSize = (data: Buffer | string) => gzipSync(data, { level: 6 }).length;

function* files(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else yield path;
  }
}

export function folderSize(dir: string): { bytes: number; files: number } {
  let bytes = 0;
  let count = 0;
  for (const path of files(dir)) {
    bytes += statSync(path).size;
    count++;
  }
  return { bytes, files: count };
}

export interface PageWeight {
  page: string;
  raw: number;
  gzip: number;
  /** The stylesheets the page links, added up. */
  cssRaw: number;
  cssGzip: number;
}

/**
 * `page` is a path in the output folder such as `events/some-id/index.html`; `base` is the site's
 * base path.
 */
export function pageWeight(out: string, page: string, base = '/'): PageWeight {
  const html = readFileSync(join(out, page), 'utf8');
  let cssRaw = 0;
  let cssGzip = 0;
  for (const href of stylesheets(html)) {
    const path = join(out, href.startsWith(base) ? href.slice(base.length) : href);
    if (!existsSync(path)) continue;
    const css = readFileSync(path);
    cssRaw += css.length;
    cssGzip += gzipSize(css);
  }
  return { page, raw: Buffer.byteLength(html), gzip: gzipSize(html), cssRaw, cssGzip };
}

function stylesheets(html: string): string[] {
  return [...html.matchAll(/<link\b[^>]*>/g)]
    .map(([tag]) => tag)
    .filter((tag) => /\brel="?stylesheet"?/.test(tag))
    .map((tag) => /\bhref="([^"]+)"/.exec(tag)?.[1])
    .filter((href): href is string => Boolean(href) && !/^https?:/.test(href!));
}

/** The largest HTML page by gzip size, and how many pages are at or over `limit` bytes of gzip. */
export function largestPage(
  out: string,
  limit: number,
): { page: string; gzip: number; pages: number; over: number } {
  let largest = { page: '', gzip: 0 };
  let pages = 0;
  let over = 0;
  for (const path of files(out)) {
    if (!path.endsWith('.html')) continue;
    const size = gzipSize(readFileSync(path));
    pages++;
    if (size >= limit) over++;
    if (size > largest.gzip) largest = { page: relative(out, path), gzip: size };
  }
  return { ...largest, pages, over };
}
