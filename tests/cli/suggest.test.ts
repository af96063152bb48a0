/**
 * `npm run suggest` on the fixture site: each sentence that dates a happening, with its date
 * worked out and its words, the people and places it names, and what already quotes it; the same
 * as JSON with the sentence's offsets; a clear answer for an unknown source.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURE_CONTENT } from '../helpers/fixture-site.ts';
import { PROJECT_ROOT, runNode } from '../helpers/run.ts';

const suggest = (...args: string[]) =>
  runNode([join(PROJECT_ROOT, 'src/cli/suggest.ts'), ...args, '--content', FIXTURE_CONTENT]);

describe('npm run suggest', () => {
  it('proposes the dated sentences of an article, with their dates, names and what quotes them', () => {
    const result = suggest('2021-11-28-wire-council-preview');
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(
      [
        '2021-11-28-wire-council-preview: 3 candidate(s)',
        '',
        '1. “HARBOURTOWN (Wire) – The harbour council will meet on Tuesday to discuss the new bridge, officials said.”',
        '   date: 2021-11-30 (day, inferred) from “on Tuesday”',
        '   reasoning: Published Sunday 28 November 2021; “on Tuesday” is Tuesday 30 November 2021.',
        '   organisations: harbour-council',
        '   places: harbourtown',
        '   already quoted by: 2021-11-30-harbour-council-meets',
        '',
        '2. ““We will decide this week,” council chair Ada Quill said on Sunday.”',
        '   date: 2021-11-28 (day, inferred) from “on Sunday”',
        '   reasoning: Published Sunday 28 November 2021; “on Sunday” is Sunday 28 November 2021.',
        '   people: ada-quill',
        '   already quoted by: 2021-11-28-chair-promises-decision',
        '',
        '3. “The council last met in spring 2021, when it approved the plans.”',
        '   date: 2021 (year, stated) from “2021”',
        '   reasoning: The article gives the date: “2021”.',
        '   already quoted by: 2021-03-council-approves-plans',
        '',
        '',
      ].join('\n'),
    );
  });

  it('gives the same as JSON, each sentence with its offsets in the article', () => {
    const result = suggest('2021-11-28-wire-council-preview', '--json');
    const [report] = JSON.parse(result.stdout) as {
      source: string;
      candidates: { sentence: { text: string; start: number; end: number } }[];
    }[];
    const article = readFileSync(
      join(FIXTURE_CONTENT, 'sources', '2021-11-28-wire-council-preview.md'),
      'utf8',
    )
      .split(/^---$/m)[2]!
      .slice(1);
    expect(report!.candidates).toHaveLength(3);
    for (const { sentence } of report!.candidates)
      expect(article.slice(sentence.start, sentence.end)).toBe(sentence.text);
  });

  it('says so of a source that does not exist, and exits 1', () => {
    const result = suggest('2021-11-28-no-such-article');
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(
      '✗ There is no source "2021-11-28-no-such-article" in the content (its file name, without .md).\n',
    );
  });
});
