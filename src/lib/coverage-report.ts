/** Coverage of every source by the timeline's quotes, with the committed exclusions applied. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ContentSet } from '../checks/index.ts';
import { coverageExclusionsSchema, type CoverageExclusion } from '../schema/coverage-exclusions.ts';
import { articleCoverage, type ArticleCoverage } from './coverage.ts';
import { lineOfField } from './field-lines.ts';
import { problem, type Problem } from './problems.ts';
import { parseYaml } from './read-content.ts';
import { issuesToProblems } from './schema-issues.ts';

export const EXCLUSIONS_FILE = 'coverage-exclusions.yaml';

export interface SourceCoverage extends ArticleCoverage {
  id: string;
  file: string;
  headline: string;
  /** Line of the file on which the article text starts. */
  firstLine: number;
}

export function readExclusions(contentRoot: string, file: string): { exclusions: CoverageExclusion[]; problems: Problem[] } {
  const path = join(contentRoot, EXCLUSIONS_FILE);
  if (!existsSync(path)) return { exclusions: [], problems: [] };
  const text = readFileSync(path, 'utf8');
  let data: unknown;
  try {
    data = parseYaml(text);
  } catch (error) {
    const { reason, mark } = error as { reason?: string; mark?: { line: number } };
    return { exclusions: [], problems: [problem(file, (mark?.line ?? 0) + 1, '', 'file.yaml', { reason: reason ?? 'it cannot be read' })] };
  }
  const schema = coverageExclusionsSchema();
  const result = schema.safeParse(data ?? [], { reportInput: true });
  if (result.success) return { exclusions: result.data, problems: [] };
  return {
    exclusions: [],
    problems: issuesToProblems(result.error.issues, schema, { file, singular: 'coverage exclusion', lineOf: (p) => lineOfField(text, p) }),
  };
}

export function coverageReport(content: ContentSet, exclusions: readonly CoverageExclusion[]): SourceCoverage[] {
  return content.records.sources.map((source) => {
    const quotes = content.records.events.flatMap((event) => [
      ...event.data.sources.filter((c) => c.source === source.id).flatMap((c) => c.quotes),
      ...event.data.disagreements.flatMap((d) => d.versions.filter((v) => v.source === source.id && v.quote).map((v) => v.quote!)),
    ]);
    const mine = exclusions.filter((e) => e.source === source.id);
    return {
      id: source.id,
      file: source.file,
      headline: source.data.headline,
      firstLine: source.frontMatter.split('\n').length + 2,
      ...articleCoverage(source.body, quotes, mine),
    };
  });
}
