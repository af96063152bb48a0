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

/** Every quote the events take from each source (in their citations and in their disagreements), by source id, in one pass. */
export function quotesBySource(events: readonly QuotingEvent[]): Map<string, string[]> {
  const bySource = new Map<string, string[]>();
  const add = (source: string, quote: string) => {
    const list = bySource.get(source);
    if (list) list.push(quote);
    else bySource.set(source, [quote]);
  };
  for (const event of events) {
    for (const citation of event.data.sources) for (const quote of citation.quotes) add(citation.source, quote);
    for (const disagreement of event.data.disagreements) for (const version of disagreement.versions) if (version.quote) add(version.source, version.quote);
  }
  return bySource;
}

export function coverageReport(content: ContentSet, exclusions: readonly CoverageExclusion[]): SourceCoverage[] {
  const quotes = quotesBySource(content.records.events);
  return content.records.sources.map((source) => {
    const mine = exclusions.filter((e) => e.source === source.id);
    return {
      id: source.id,
      file: source.file,
      headline: source.data.headline,
      firstLine: source.frontMatter.split('\n').length + 2,
      ...articleCoverage(source.body, quotes.get(source.id) ?? [], mine),
    };
  });
}
