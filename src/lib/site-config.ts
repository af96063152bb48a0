/** Reads the one site configuration file, `site.yaml` in the content folder. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { siteSchema, type SiteConfig } from '../schema/index.ts';
import { lineOfField } from './field-lines.ts';
import { displayPath, parseYaml } from './read-content.ts';
import { problem, type Problem } from './problems.ts';
import { issuesToProblems } from './schema-issues.ts';

export const SITE_FILE = 'site.yaml';

export function readSiteConfig(contentRoot: string, projectRoot: string): { config?: SiteConfig; problems: Problem[] } {
  const path = join(contentRoot, SITE_FILE);
  const file = displayPath(path, projectRoot);
  if (!existsSync(path)) return { problems: [problem(file, 1, '', 'site.missing')] };
  const text = readFileSync(path, 'utf8');
  let data: unknown;
  try {
    data = parseYaml(text);
  } catch (error) {
    const { reason, mark } = error as { reason?: string; mark?: { line: number } };
    return { problems: [problem(file, (mark?.line ?? 0) + 1, '', 'file.yaml', { reason: reason ?? 'it cannot be read' })] };
  }
  const schema = siteSchema();
  const result = schema.safeParse(data ?? {}, { reportInput: true });
  if (result.success) return { config: result.data, problems: [] };
  return { problems: issuesToProblems(result.error.issues, schema, { file, singular: 'site configuration', lineOf: (p) => lineOfField(text, p) }) };
}
