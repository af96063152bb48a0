/** Coverage of every source by the timeline's quotes, with the committed exclusions applied. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { ContentSet } from '../checks/index.ts';
import { coverageExclusionsSchema, type CoverageExclusion } from '../schema/coverage-exclusions.ts';
import { articleCoverage, type ArticleCoverage } from './coverage.ts';
import type { Problem } from './problems.ts';
import { readYamlFile } from './yaml-file.ts';

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
  const { data, problems } = readYamlFile(path, file, coverageExclusionsSchema(), { singular: 'coverage exclusion', whenEmpty: [] });
  return { exclusions: data ?? [], problems };
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
