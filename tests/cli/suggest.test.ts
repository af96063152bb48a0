/**
 * `npm run suggest` on the fixture site: each sentence that dates a happening, with its date
 * worked out and its words, the people and places it names, and what already quotes it; the same
 * as JSON with the sentence's offsets; a clear answer for an unknown source.
 */
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateContent } from '../../src/validation/validate-content.ts';
import { FIXTURE_CONTENT, tempProject } from '../helpers/fixture-site.ts';
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

  it('writes the candidates no event quotes yet as drafts that pass validation, and refuses to overwrite', () => {
    const root = tempProject();
    try {
      rmSync(join(root, 'content', 'events', '2021-11-28-chair-promises-decision.md'));
      const write = (choice: string) =>
        runNode(
          [
            join(PROJECT_ROOT, 'src/cli/suggest.ts'),
            '2021-11-28-wire-council-preview',
            '--write',
            choice,
          ],
          { cwd: root, env: { CHRONICLE_CONTENT: 'content' } },
        );
      const first = write('all');
      expect(first.stderr).toBe('');
      expect(first.stdout).toBe(
        '✓ Wrote content/events/2021-11-28-we-will-decide-this-week-council.md (draft: true).\n  Rewrite each title and summary, check the date and the names, then remove draft: true to publish it.\n',
      );
      expect(first.status).toBe(0);
      const text = readFileSync(
        join(root, 'content', 'events', '2021-11-28-we-will-decide-this-week-council.md'),
        'utf8',
      );
      expect(text).toContain(
        'title: "We will decide this week, council chair Ada Quill said on Sunday."',
      );
      expect(text).toContain('  words: "on Sunday"\n  source: 2021-11-28-wire-council-preview\n');
      expect(text).toContain('people: [ada-quill]');
      expect(text).toContain('draft: true');
      expect(validateContent('content', root).problems).toEqual([]);
      // Now a draft quotes it: "all" has nothing left to write, and by number it is refused.
      expect(write('all').stdout).toBe('');
      const again = write('2');
      expect(again.status).toBe(1);
      expect(again.stderr).toBe(
        '✗ content/events/2021-11-28-we-will-decide-this-week-council.md exists already: candidate 2 was not written.\n',
      );
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('says so of a source that does not exist, and exits 1', () => {
    const result = suggest('2021-11-28-no-such-article');
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(
      '✗ There is no source "2021-11-28-no-such-article" in the content (its file name, without .md).\n',
    );
  });
});
