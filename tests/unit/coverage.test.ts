import { describe, expect, it } from 'vitest';
import { articleCoverage, sentencesOf } from '../../src/lib/coverage.ts';

const article =
  'The council will meet on Tuesday. Ada Quill said so on Sunday.\n\nLeave a Reply\nWork starts in January.\n';

describe('coverage', () => {
  it('cuts an article into sentences with their lines', () => {
    expect(sentencesOf(article)).toEqual([
      { text: 'The council will meet on Tuesday.', line: 1 },
      { text: 'Ada Quill said so on Sunday.', line: 1 },
      { text: 'Leave a Reply', line: 3 },
      { text: 'Work starts in January.', line: 4 },
    ]);
  });

  it('counts a sentence as covered when a quote overlaps it, and applies exclusions', () => {
    const report = articleCoverage(
      article,
      ['council will meet on Tuesday'],
      [{ text: 'Leave a Reply', reason: 'Boilerplate.' }],
    );
    expect(report.sentences.map((s) => s.state)).toEqual([
      'covered',
      'uncovered',
      'excluded',
      'uncovered',
    ]);
    expect([report.covered, report.excluded, report.uncovered]).toEqual([1, 1, 2]);
    expect(report.staleExclusions).toEqual([]);
  });

  it('reports an exclusion whose text is not in the article', () => {
    expect(
      articleCoverage(article, [], [{ text: 'Subscribe now', reason: 'Boilerplate.' }])
        .staleExclusions,
    ).toEqual(['Subscribe now']);
  });
});
