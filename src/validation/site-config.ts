/** Reads the one site configuration file, `site.yaml` in the content folder. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { siteSchema, type SiteConfig } from '../schema/index.ts';
import { displayPath } from './read-records.ts';
import { problem, type Problem } from '../lib/problems.ts';
import { readYamlFile } from './yaml-file.ts';

export const SITE_FILE = 'site.yaml';

export function readSiteConfig(
  contentRoot: string,
  projectRoot: string,
): {
  config?: SiteConfig;
  problems: Problem[];
  file: string;
  lineOf?: (path: readonly PropertyKey[]) => number;
} {
  const path = join(contentRoot, SITE_FILE);
  const file = displayPath(path, projectRoot);
  if (!existsSync(path)) return { problems: [problem(file, 1, '', 'site.missing')], file };
  const { data, problems, lineOf } = readYamlFile(path, file, siteSchema(), {
    singular: 'site configuration',
    whenEmpty: {},
  });
  return data ? { config: data, problems, file, lineOf } : { problems, file, lineOf };
}
