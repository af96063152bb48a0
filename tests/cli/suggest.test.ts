/**
 * `npm run suggest` on the fixture site: each sentence that dates a happening, with its date
 * worked out and its words, the people and places it names, and what already quotes it; the same
 * as JSON with the sentence's offsets; a clear answer for an unknown source.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { withoutDateline } from '../../src/cli/support/draft-from-candidate.ts';
import { suggestEvents } from '../../src/cli/support/suggest.ts';
import { sha256 } from '../../src/lib/sha256.ts';
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
        '   date: 2021-03 to 2021-05 (span, stated) from “in spring 2021”',
        '   reasoning: The article gives the date: “in spring 2021”.',
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

  it('counts "the previous day" and "a day after the meeting" from their anchors, dates an undated report by the day of publication, and writes spans as drafts that pass validation', () => {
    const root = tempProject();
    try {
      const article = [
        'HARBOURTOWN (Wire) – On December 1, council chair Ada Quill opened the ferry terminal.',
        '',
        'The previous day, Quill said the ferries were ready.',
        '',
        'The first ferry sailed a day after the harbour council meeting on the bridge.',
        '',
        'The harbour council has approved new fares, officials said.',
        '',
        'Ferries last ran in the summer.',
        '',
      ].join('\n');
      writeFileSync(
        join(root, 'content', 'sources', '2021-12-02-wire-ferry-terminal.md'),
        `---\nheadline: Ferry terminal opens\nsite: Harbour Wire\nagencies: [Wire]\nlanguage: en\npublished: 2021-12-02\npublishedEvidence: Dated 2 December.\nreliability: []\noriginalFile: a3.txt\nsha256: ${sha256(article)}\n---\n${article}`,
      );
      const validated = validateContent('content', root);
      expect(validated.problems).toEqual([]);
      const dates = suggestEvents('2021-12-02-wire-ferry-terminal', validated).map((c) => [
        c.number,
        c.date?.words,
        c.date?.start,
        c.date?.anchor,
      ]);
      expect(dates).toEqual([
        [1, 'December 1', { text: '2021-12-01', precision: 'day' }, undefined],
        // The nearest earlier date of a sentence naming the same person ("Quill", her surname).
        [
          2,
          'The previous day',
          { text: '2021-11-30', precision: 'day' },
          { candidate: 1, words: 'December 1', date: '2021-12-01' },
        ],
        // The event on the timeline whose title shares most with "the harbour council meeting".
        [
          3,
          'a day after',
          { text: '2021-12-01', precision: 'day' },
          { event: '2021-11-30-harbour-council-meets', date: '2021-11-30' },
        ],
        [
          4,
          'has approved',
          { text: '..2021-12-02', precision: 'span', to: '2021-12-02' },
          undefined,
        ],
        [
          5,
          'in the summer',
          { text: '2021-06..2021-08', precision: 'span', from: '2021-06', to: '2021-08' },
          undefined,
        ],
      ]);
      const written = runNode(
        [
          join(PROJECT_ROOT, 'src/cli/suggest.ts'),
          '2021-12-02-wire-ferry-terminal',
          '--write',
          '2,4,5',
        ],
        { cwd: root, env: { CHRONICLE_CONTENT: 'content' } },
      );
      expect(written.stderr).toBe('');
      expect(written.status).toBe(0);
      const events = join(root, 'content', 'events');
      expect(
        readFileSync(join(events, '2021-11-30-the-previous-day-quill-said-the.md'), 'utf8'),
      ).toContain(
        'reasoning: "“The previous day” counts from “December 1” (candidate 1), Wednesday 1 December 2021: it is Tuesday 30 November 2021. Check that this is the event the article counts from."',
      );
      expect(
        readFileSync(join(events, '2021-12-the-harbour-council-has-approved-new.md'), 'utf8'),
      ).toContain('start: { to: 2021-12-02, label: "– 2 December 2021" }');
      expect(
        readFileSync(join(events, '2021-06-ferries-last-ran-in-the-summer.md'), 'utf8'),
      ).toContain('start: { from: 2021-06, to: 2021-08, label: "June 2021 – August 2021" }');
      expect(validateContent('content', root).problems).toEqual([]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('leaves the dateline out of a draft’s quote, which stays the article’s words', () => {
    expect(withoutDateline('HARBOURTOWN (Wire) – The council met on Tuesday.')).toBe(
      'The council met on Tuesday.',
    );
    expect(withoutDateline('PORT ÉLAN, 2 March – The ferry sailed.')).toBe('The ferry sailed.');
    expect(withoutDateline('The council met – at last – on Tuesday.')).toBe(
      'The council met – at last – on Tuesday.',
    );
  });

  it('says so of a source that does not exist, and exits 1', () => {
    const result = suggest('2021-11-28-no-such-article');
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(
      '✗ There is no source "2021-11-28-no-such-article" in the content (its file name, without .md).\n',
    );
  });
});
