/** Walks a built site: every HTML page, and a path for every URL of the site. */
import { existsSync, readdirSync, statSync } from 'node:fs';
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
