/** The site configuration the build needs; a broken configuration file stops it with the catalog's words. */
import { formatProblem } from './problems.ts';
import { contentRoot } from './paths.ts';
import { readSiteConfig } from './site-config.ts';
import { basename, join } from 'node:path';
import { collections, type CollectionName, type SiteConfig } from '../schema/index.ts';
import { listMarkdown } from './read-content.ts';
import { withBase } from './urls.ts';

export function siteForBuild(): SiteConfig {
  const { config, problems } = readSiteConfig(contentRoot(), process.cwd());
  if (!config) throw new Error(`The site configuration has problems:\n${problems.map(formatProblem).join('\n')}`);
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
