/**
 * Whatever `npm run validate` accepts, the build builds and every export is valid for: the
 * fixture site with events at the edges the schema allows (the earliest and latest days, the
 * longest id, alias, title and summary, every precision of start against every precision of end,
 * clock times at the ends of the earth's time zones, lists left empty), built for real and read
 * back with a real parser for each format and the Nu HTML checker.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/lib/problems.ts';
import { ID_MAX } from '../../src/schema/primitives.ts';
import { validateContent } from '../../src/validation/validate-content.ts';
import { eventsValidator, parseXml } from '../helpers/export-parsers.ts';
import { FIXTURE_CONTENT } from '../helpers/fixture-site.ts';
import { PROJECT_ROOT, runNode } from '../helpers/run.ts';
import { nuCheckerAvailable, nuErrors } from '../helpers/site-checks.ts';

const work = mkdtempSync(join(tmpdir(), 'chronicle-extremes-'));
const content = join(work, 'content');
const dist = join(work, 'dist');

/** How each precision is written, for a start in `year` or an end in the year after. */
const WRITTEN = {
  day: (year: string) => `${year}-06-15`,
  month: (year: string) => `${year}-06`,
  year: (year: string) => year,
  span: (year: string) => `{ from: ${year}-02, to: ${year}-04, label: "spring ${year}" }`,
  openSpan: (year: string) => `{ to: ${year}-03-31, label: "by the end of March ${year}" }`,
} as const;
type Written = keyof typeof WRITTEN;

interface Extreme {
  /** The words of the id after its date. */
  words: string;
  start: string;
  /** The date the file name starts with, when it is not `start` as written. */
  prefix?: string;
  fields?: string;
  title?: string;
  summary?: string;
}

const pad = (words: string, length: number) =>
  (words + '-' + 'very-long-words-'.repeat(20)).slice(0, length).replace(/-+$/, 'x');

const EXTREMES: Extreme[] = [
  { words: 'earliest-day', start: '0001-01-01' },
  // Quoted, as a year before 1000 must be (YAML reads 0001 as the number 1).
  { words: 'earliest-year-to-latest-year', start: '"0001"', prefix: '0001', fields: 'end: 9999' },
  {
    words: 'latest-day',
    start: '9999-12-31',
    fields: 'status: scheduled',
  },
  {
    words: pad('longest-id', ID_MAX - '2021-11-29-'.length),
    start: '2021-11-29',
    fields: `aliases: [${pad('2021-11-29-longest-alias', ID_MAX)}]`,
    // Every character a format must escape: quotes, comma, semicolon, backslash, a formula's
    // first character, ampersand, angle brackets as text, right-to-left letters, an emoji.
    title: `=1+1, "quoted"; back\\slash & 1 < 2 > 0 — שלום 🌉 ${'x'.repeat(70)}`.slice(0, 140),
    summary:
      `+SUM(A1) @x -1 "a", b; c\\d & 3 < 4 > 2, ‘curly’ «guillemets» שלום 🌉 ${'y'.repeat(300)}`.slice(
        0,
        300,
      ),
  },
  {
    words: 'late-evening-at-the-date-line',
    start: '2021-11-30',
    fields: 'time: "23:59"\ntimezone: Pacific/Kiritimati',
  },
  {
    words: 'midnight-far-west',
    start: '2021-11-30',
    fields: 'time: "00:00"\ntimezone: Pacific/Pago_Pago\nend: 2021-12-01',
  },
  {
    words: 'empty-lists',
    start: '2021-11-28',
    fields:
      'people: []\norganisations: []\nplaces: []\ntopics: []\naliases: []\ndistinctFrom: []\ndisagreements: []\nnotes: []',
  },
];

// Every precision of start, against no end and every precision of end (in the year after).
const STARTS: Written[] = ['day', 'month', 'year', 'span', 'openSpan'];
const ENDS: (Written | 'none')[] = ['none', 'day', 'month', 'year', 'span'];
STARTS.forEach((start, i) =>
  ENDS.forEach((end, k) => {
    const year = String(1990 + i * 5 + k);
    const startText = WRITTEN[start](year);
    EXTREMES.push({
      words: `${start}-to-${end}`.toLowerCase().replace('openspan', 'open-span'),
      start: startText,
      prefix: start === 'span' ? `${year}-02` : start === 'openSpan' ? `${year}-03-31` : startText,
      fields: end === 'none' ? '' : `end: ${WRITTEN[end](String(Number(year) + 1))}`,
    });
  }),
);

const idOf = (e: Extreme) => `${e.prefix ?? e.start}-${e.words}`;

function eventFile(e: Extreme): string {
  const fields = e.fields ?? '';
  return [
    '---',
    `title: ${JSON.stringify(e.title ?? `Extreme: ${e.words.slice(0, 60)}`)}`,
    'kind: announcement',
    `start: ${e.start}`,
    fields,
    'dating: { basis: stated, words: in January, source: 2021-12-01-gazette-council-approves }',
    fields.includes('status:') ? '' : 'status: happened',
    `summary: ${JSON.stringify(e.summary ?? `An event at the edge of what the schema allows (${e.words.slice(0, 40)}).`)}`,
    'sources:',
    '  - source: 2021-12-01-gazette-council-approves',
    '    quote: Work will start in January.',
    '---',
    '',
  ]
    .filter((line) => line !== '')
    .join('\n');
}

let built: { status: number | null; stdout: string; stderr: string };

beforeAll(() => {
  cpSync(FIXTURE_CONTENT, content, { recursive: true });
  for (const e of EXTREMES) writeFileSync(join(content, 'events', `${idOf(e)}.md`), eventFile(e));
  built = runNode([join(PROJECT_ROOT, 'src/cli/build.ts')], {
    env: {
      CHRONICLE_CONTENT: content,
      CHRONICLE_OUT_DIR: dist,
      CHRONICLE_CACHE_DIR: join(work, 'cache'),
      CHRONICLE_LOG_LEVEL: 'quiet',
    },
  });
});

afterAll(() => rmSync(work, { recursive: true, force: true }));

const file = (path: string) => readFileSync(join(dist, path), 'utf8');
const ids = () => EXTREMES.map(idOf);

describe('the schema’s extremes', () => {
  it('are all accepted by the validator', () => {
    expect(ids().every((id) => id.length <= ID_MAX)).toBe(true);
    expect(ids()).toContain(pad('2021-11-29-longest-id', ID_MAX));
    expect(validateContent(content).problems.map(formatProblem)).toEqual([]);
  });

  it('build, with a page for every event and a redirect for the longest alias', () => {
    expect([built.status, built.stderr]).toEqual([0, '']);
    for (const id of ids())
      expect(existsSync(join(dist, 'events', id, 'index.html')), id).toBe(true);
    const alias = file(`events/${pad('2021-11-29-longest-alias', ID_MAX)}/index.html`);
    expect(alias).toContain(`0; url=/sub/events/${pad('2021-11-29-longest-id', ID_MAX)}/`);
    expect(existsSync(join(dist, 'og', `${pad('2021-11-29-longest-id', ID_MAX)}.png`))).toBe(true);
  });

  it('show the earliest and latest days as written, on the pages and in every export', () => {
    const earliest = file('events/0001-01-01-earliest-day/index.html');
    // Not 1901: Date.UTC reads a year below 100 as 19xx.
    expect(earliest).toContain('<time datetime="0001-01-01">1 January 1</time>');
    expect(earliest).toContain('"startDate":"0001-01-01"');
    expect(file('events/9999-12-31-latest-day/index.html')).toContain(
      '<time datetime="9999-12-31">31 December 9999</time>',
    );
    expect(file('index.html')).toContain('<time datetime="0001-01-01">1 January 1</time>');
    const events = (JSON.parse(file('events.json')) as { events: { id: string; start: object }[] })
      .events;
    expect(events.find((e) => e.id === '0001-01-01-earliest-day')?.start).toEqual({
      text: '0001-01-01',
      precision: 'day',
      earliest: '0001-01-01',
      latest: '0001-01-01',
    });
    expect(file('events.csv')).toContain(
      '0001-01-01-earliest-day,https://fixture.example/sub/events/0001-01-01-earliest-day/,0001-01-01,0001-01-01,day,1 January 1,',
    );
    expect(file('events.ics')).toContain('DTSTART;VALUE=DATE:00010101');
    expect(file('events.ics')).not.toMatch(/19010101/);
  });

  it('events.json validates against its own schema, every event in it', () => {
    const data = JSON.parse(file('events.json')) as { events: { id: string; start: unknown }[] };
    const { ajv, validate } = eventsValidator(JSON.parse(file('events.schema.json')));
    expect(validate(data), ajv.errorsText(validate.errors)).toBe(true);
    expect(data.events.map((e) => e.id)).toEqual(expect.arrayContaining(ids()));
    expect(data.events).toHaveLength(ids().length + 3);
  });

  it('events.csv parses with a row per event, and no cell a spreadsheet would run', () => {
    const rows = parseCsv<Record<string, string>>(file('events.csv'), {
      columns: true,
      record_delimiter: '\r\n',
    });
    expect(rows).toHaveLength(ids().length + 3);
    for (const row of rows)
      for (const cell of Object.values(row)) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    const longest = rows.find((r) => r['id'] === pad('2021-11-29-longest-id', ID_MAX))!;
    expect(longest['title']).toBe(`'${EXTREMES[3]!.title}`);
  });

  it('events.ics parses, with every day-precise event in it', () => {
    const calendar = new ICAL.Component(ICAL.parse(file('events.ics')));
    const uids = calendar
      .getAllSubcomponents('vevent')
      .map((vevent) => String(vevent.getFirstPropertyValue('uid')).replace(/@.*$/, ''));
    expect(uids).toEqual(
      expect.arrayContaining([
        '0001-01-01-earliest-day',
        '9999-12-31-latest-day',
        '2021-11-30-late-evening-at-the-date-line',
        '2021-11-30-midnight-far-west',
        pad('2021-11-29-longest-id', ID_MAX),
      ]),
    );
    for (const line of file('events.ics').split('\r\n'))
      expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
  });

  it('the feeds, the sitemap and timeline.json parse', () => {
    const feed = parseXml(file('feed.xml'));
    expect(feed.name).toBe('rss');
    for (const path of ['sitemap-index.xml', 'sitemap-0.xml']) parseXml(file(path));
    expect(file('sitemap-0.xml')).toContain(`/events/${pad('2021-11-29-longest-id', ID_MAX)}/`);
    const timeline = JSON.parse(file('timeline.json')) as { events: unknown[] };
    expect(timeline.events).toHaveLength(ids().length + 3);
  });

  it('every event page carries JSON-LD that parses, with the dates in range', () => {
    for (const id of ids()) {
      const html = file(`events/${id}/index.html`);
      const json = /<script type="application\/ld\+json">(.*?)<\/script>/s.exec(html)?.[1];
      expect(json, id).toBeDefined();
      const data = JSON.parse(json!) as { startDate?: string };
      if (data.startDate) expect(data.startDate, id).toMatch(/^\d{4}(-\d\d(-\d\d)?)?/);
    }
  });

  it.runIf(nuCheckerAvailable)('every page is valid HTML (Nu checker)', () => {
    expect(nuErrors([dist])).toEqual([]);
  });
});
