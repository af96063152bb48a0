/**
 * Every passage left out of the timeline on purpose names a source that
 * exists: a mistyped id would make the exclusion silently useless.
 */
import { didYouMean } from '../lib/did-you-mean.ts';
import { problem } from '../lib/problems.ts';
import { collections } from '../schema/index.ts';
import type { Check } from './record-set.ts';

export const checkCoverageExclusions: Check = ({
  coverageExclusions,
  records,
  invalidIds,
  contentDir,
}) => {
  if (!coverageExclusions) return [];
  const ids = [...records.sources.map((source) => source.id), ...invalidIds.sources];
  return coverageExclusions.entries.flatMap((entry, index) =>
    ids.includes(entry.source)
      ? []
      : [
          problem(
            coverageExclusions.file,
            coverageExclusions.lineOf([index, 'source']),
            `[${index}].source`,
            'ref.unknown',
            {
              singular: collections.sources.singular,
              id: entry.source,
              suggestion: didYouMean(entry.source, ids),
              file: `${contentDir}/${collections.sources.folder}/${entry.source}.md`,
            },
          ),
        ],
  );
};
