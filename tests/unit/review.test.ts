import { describe, expect, it } from 'vitest';
import { parseDateText, type CalendarDate } from '../../src/lib/calendar.ts';
import { formatReview, parseNameStatus, reviewChanges } from '../../src/cli/support/review.ts';
import { readWorkerModel } from '../../src/derived/model-input.ts';

const content = readWorkerModel('tests/fixtures/site/content');
const date = (text: string) => parseDateText(text) as CalendarDate;

describe('review aids', () => {
  it('reads git’s name-status output, renames included', () => {
    expect(
      parseNameStatus(
        'A\tcontent/events/a.md\nR096\tcontent/events/old.md\tcontent/events/new.md\nD\tcontent/events/gone.md\n',
      ),
    ).toEqual([
      { status: 'added', path: 'content/events/a.md' },
      { status: 'renamed', path: 'content/events/new.md', from: 'content/events/old.md' },
      { status: 'deleted', path: 'content/events/gone.md' },
    ]);
  });

  it('flags single-source events, ids gone without an alias, and lists the days affected in time order', () => {
    const changes = parseNameStatus(
      [
        'A\tcontent/events/2022-01-bridge-works-start.md',
        'R090\tcontent/events/2021-11-29-council-meets.md\tcontent/events/2021-11-30-harbour-council-meets.md',
        'D\tcontent/events/2021-11-20-dropped.md',
        'D\tcontent/events/2021-11-30-council-meeting.md',
      ].join('\n'),
    );
    const previous = new Map([
      ['2021-11-29-council-meets', date('2021-11-29')],
      ['2021-11-20-dropped', date('2021-11-20')],
      ['2021-11-30-council-meeting', date('2021-11-30')],
    ]);
    const report = reviewChanges(changes, content, previous);
    expect(report).toEqual({
      singleSource: ['2022-01-bridge-works-start'],
      idsWithoutAlias: [
        {
          id: '2021-11-29-council-meets',
          now: 'content/events/2021-11-30-harbour-council-meets.md',
        },
        { id: '2021-11-20-dropped', now: undefined },
      ],
      daysAffected: ['20 November 2021', '29 November 2021', '30 November 2021', 'January 2022'],
      drafts: [],
      sourcesWithoutArchive: [{ id: '2021-11-28-wire-council-preview', url: undefined }],
    });
    expect(formatReview(report)).toContain(
      '**Event ids that changed or vanished without an alias** (add `aliases: [old-id]` to the event that replaces each, or links break): 2021-11-29-council-meets → content/events/2021-11-30-harbour-council-meets.md, 2021-11-20-dropped',
    );
  });

  it('lists the drafts among the changed files', () => {
    const draft = '2021-11-28-chair-promises-decision';
    const report = reviewChanges(
      parseNameStatus(`A\tcontent/events/${draft}.md`),
      content,
      new Map(),
      new Set([draft]),
    );
    expect(report.drafts).toEqual([draft]);
    // Not a published event resting on one source: it is not published at all.
    expect(report.singleSource).toEqual([]);
    expect(formatReview(report)).toContain(
      `**Drafts** (checked, not published; remove \`draft: true\` to publish each): ${draft}`,
    );
  });

  it('leaves out an id retired on purpose, and lists the sources no archive keeps a copy of', () => {
    const report = reviewChanges(
      parseNameStatus('D\tcontent/events/2021-12-01-ferry-timetable-published.md'),
      content,
      new Map(),
    );
    expect(report.idsWithoutAlias).toEqual([]);
    expect(formatReview(report)).toContain(
      '**Sources without an archived copy** (save each in a web archive and add `archiveUrl` and `archiveDate`, so readers can still check it if the page moves or changes):\n- 2021-11-28-wire-council-preview (no `url`: its address is not known)',
    );
  });
});
