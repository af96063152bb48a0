/** Coverage of every source by the timeline's quotes, with the committed exclusions applied. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { ContentSet } from '../checks/index.ts';
import { coverageExclusionsSchema, type CoverageExclusion } from '../schema/coverage-exclusions.ts';
import { articleCoverage, type ArticleCoverage } from './coverage.ts';
import { didYouMean } from './did-you-mean.ts';
import { problem, type Problem } from './problems.ts';
import { readYamlFile } from './yaml-file.ts';

export const EXCLUSIONS_FILE = 'coverage-exclusions.yaml';

export interface SourceCoverage extends ArticleCoverage {
  id: string;
  file: string;
  headline: string;
  /** Line of the file on which the article text starts. */
  firstLine: number;
}

/**
 * The exclusions list; with `sources` (their ids and folder as shown), also a problem for each entry naming
 * a source that does not exist (a typo would otherwise make it silently useless).
 */
export function readExclusions(
  contentRoot: string,
  file: string,
  sources?: { ids: readonly string[]; folder: string },
): { exclusions: CoverageExclusion[]; problems: Problem[] } {
  const path = join(contentRoot, EXCLUSIONS_FILE);
  if (!existsSync(path)) return { exclusions: [], problems: [] };
  const { data = [], problems, lineOf } = readYamlFile(path, file, coverageExclusionsSchema(), { singular: 'coverage exclusion', whenEmpty: [] });
  if (sources) {
    data.forEach((entry, index) => {
      if (sources.ids.includes(entry.source)) return;
      problems.push(
        problem(file, lineOf([index, 'source']), `[${index}].source`, 'ref.unknown', {
          singular: 'source',
          id: entry.source,
          suggestion: didYouMean(entry.source, sources.ids),
          file: `${sources.folder}/${entry.source}.md`,
        }),
      );
    });
  }
  return { exclusions: data, problems };
}

interface QuotingEvent {
  data: { sources: { source: string; quotes: string[] }[]; disagreements: { versions: { source: string; quote?: string | undefined }[] }[] };
}

/** Every quote events take from one source: in their citations and in their disagreements. */
export function quotesFrom(events: readonly QuotingEvent[], sourceId: string): string[] {
  return events.flatMap((event) => [
    ...event.data.sources.filter((c) => c.source === sourceId).flatMap((c) => c.quotes),
    ...event.data.disagreements.flatMap((d) => d.versions.filter((v) => v.source === sourceId && v.quote).map((v) => v.quote!)),
  ]);
}

export function coverageReport(content: ContentSet, exclusions: readonly CoverageExclusion[]): SourceCoverage[] {
  return content.records.sources.map((source) => {
    const quotes = quotesFrom(content.records.events, source.id);
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
