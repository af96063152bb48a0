/** The site configuration the build needs; a broken configuration file stops it with the catalog's words. */
import { formatProblem } from './problems.ts';
import { contentRoot } from './paths.ts';
import { readSiteConfig, SITE_FILE } from './site-config.ts';
import { existsSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { collections, type CollectionName, type SiteConfig } from '../schema/index.ts';
import { listMarkdown } from './read-content.ts';
import { withBase } from './urls.ts';

let remembered: { key: string; config: SiteConfig; checkedAt: number } | undefined;
/** How long the file is trusted before its modification time is looked at again. */
const RECHECK_MS = 1_000;

/**
 * Read once per process (every page and link asks for it: reading and checking
 * the file each time cost 40 % of a large build), and again only when the file
 * changes, for `astro dev`. Even looking at the file's modification time on
 * every link cost 3 s at 10,000 events, so that happens at most once a second.
 */
export function siteForBuild(): SiteConfig {
  const now = Date.now();
  if (remembered && now - remembered.checkedAt < RECHECK_MS) return remembered.config;
  const path = join(contentRoot(), SITE_FILE);
  const key = `${path}@${existsSync(path) ? statSync(path).mtimeMs : 0}`;
  if (remembered?.key === key) {
    remembered.checkedAt = now;
    return remembered.config;
  }
  const { config, problems } = readSiteConfig(contentRoot(), process.cwd());
  if (!config) throw new Error(`The site configuration has problems:\n${problems.map(formatProblem).join('\n')}`);
  remembered = { key, config, checkedAt: now };
  return config;
}

/** A link within the site, under the configured base path. */
export function href(path: string): string {
  return withBase(siteForBuild().base, path);
}

/** Ids of every record, by collection, read from the file names (for cross-links in Markdown). */
export function contentIds(): Record<CollectionName, Set<string>> {
  return Object.fromEntries(
    Object.entries(collections).map(([name, c]) => [name, new Set(listMarkdown(join(contentRoot(), c.folder)).map((path) => basename(path, '.md')))]),
  ) as Record<CollectionName, Set<string>>;
}
