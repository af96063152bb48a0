/**
 * Coverage of every source by the timeline's quotes, with the committed exclusions applied: for
 * `npm run coverage` and the source pages alike.
 */
import { articleCoverage, type ArticleCoverage } from '../lib/coverage.ts';
import type { CoverageExclusion } from '../schema/coverage-exclusions.ts';

export interface SourceCoverage extends ArticleCoverage {
  id: string;
  file: string;
  headline: string;
  /** Line of the file on which the article text starts. */
  firstLine: number;
}

interface QuotingEvent {
  data: {
    sources: { source: string; quotes: string[] }[];
    disagreements: { versions: { source: string; quote?: string | undefined }[] }[];
  };
}

/**
 * Every quote the events take from each source (in their citations and in their disagreements), by
 * source id, in one pass.
 */
export function quotesBySource(events: readonly QuotingEvent[]): Map<string, string[]> {
  const bySource = new Map<string, string[]>();
  const add = (source: string, quote: string) => {
    const list = bySource.get(source);
    if (list) list.push(quote);
    else bySource.set(source, [quote]);
  };
  for (const event of events) {
    for (const citation of event.data.sources)
      for (const quote of citation.quotes) add(citation.source, quote);
    for (const disagreement of event.data.disagreements)
      for (const version of disagreement.versions)
        if (version.quote) add(version.source, version.quote);
  }
  return bySource;
}

/** How much of one article the quotes use, with the exclusions that name it. */
export function coverageOf(
  sourceId: string,
  article: string,
  quotes: ReadonlyMap<string, string[]>,
  exclusions: readonly CoverageExclusion[],
): ArticleCoverage {
  return articleCoverage(
    article,
    quotes.get(sourceId) ?? [],
    exclusions.filter((e) => e.source === sourceId),
  );
}

interface SourceFile {
  id: string;
  file: string;
  data: { headline: string };
  body: string;
  bodyStartLine: number;
}

export function coverageReport(
  sources: readonly SourceFile[],
  events: readonly QuotingEvent[],
  exclusions: readonly CoverageExclusion[],
): SourceCoverage[] {
  const quotes = quotesBySource(events);
  return sources.map((source) => ({
    id: source.id,
    file: source.file,
    headline: source.data.headline,
    firstLine: source.bodyStartLine,
    ...coverageOf(source.id, source.body, quotes, exclusions),
  }));
}
