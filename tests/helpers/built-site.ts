/** Walks a built site: every HTML page, and a path for every URL of the site. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export function htmlFiles(dist: string): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) {
        if (name !== 'pagefind') walk(path);
      } else if (name.endsWith('.html')) files.push(path);
    }
  };
  walk(dist);
  return files;
}

export function pagePath(dist: string, file: string): string {
  return relative(dist, file).split('\\').join('/');
}

/**
 * The file an absolute URL of the site points to (`https://x.example/sub/events/a/` →
 * dist/events/a/index.html).
 */
export function fileForUrl(dist: string, siteRoot: string, url: string): string | undefined {
  if (!url.startsWith(siteRoot)) return undefined;
  const path = decodeURIComponent(new URL(url).pathname.slice(new URL(siteRoot).pathname.length));
  const candidate = join(dist, path);
  if (path === '' || path.endsWith('/'))
    return existsSync(join(candidate, 'index.html')) ? join(candidate, 'index.html') : undefined;
  return existsSync(candidate) ? candidate : undefined;
}

/** Every file of a built site, as paths relative to it, in order. */
export function allFiles(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else out.push(relative(root, path));
    }
  };
  walk(root);
  return out;
}

/**
 * Pagefind 1.5.2 writes the list of filters in its metadata file in hash-map order, which changes
 * from run to run, and names that file after its hash (so pagefind-entry.json, which points to it,
 * changes too): the one listed exception to two builds of one commit being byte-identical.
 */
export const PAGEFIND_META =
  /^pagefind\/(pagefind-entry\.json|pagefind\.[a-z]+_[0-9a-f]+\.pf_meta)$/;

/**
 * The same hash-map order holds for the values inside a filter file ("Cabo Norte", "Puerto Nuevo"
 * one run; the other way round the next), so a filter of two or more values can change its file
 * name from one build to the next; with the metadata file that names it.
 */
export const PAGEFIND_UNORDERED =
  /^pagefind\/(pagefind-entry\.json|pagefind\.[a-z]+_[0-9a-f]+\.pf_meta|filter\/[a-z]+_[0-9a-f]+\.pf_filter)$/;

/**
 * The files of two builds that differ, or that only one has; files matching `unstable` (by default
 * Pagefind's metadata file) aside.
 */
export function differingFiles(one: string, other: string, unstable = PAGEFIND_META): string[] {
  const stable = (root: string) => allFiles(root).filter((file) => !unstable.test(file));
  const files = stable(one);
  const missing = stable(other).filter((file) => !files.includes(file));
  return [
    ...missing.map((file) => `${file} (only in ${other})`),
    ...files.filter(
      (file) =>
        !existsSync(join(other, file)) ||
        !readFileSync(join(one, file)).equals(readFileSync(join(other, file))),
    ),
  ];
}
