/**
 * `npm run new-event -- --title "…" --date 2021-11-30 --source <source-id>`:
 * writes a new event file under the naming convention, with every required
 * field and a short comment on each, then says what to do next. Asks for what
 * is missing when run in a terminal. Never overwrites a file.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { isCalendarDate, parseDateText } from '../lib/calendar.ts';
import { contentRoot } from '../validation/content-root.ts';
import { listMarkdown } from '../validation/read-records.ts';
import { slugify } from '../lib/slug.ts';
import { commandLine } from './support/command-line.ts';
import { eventTemplate } from './support/event-template.ts';
import { eventKindIds } from '../schema/index.ts';
import { readSiteConfig } from '../validation/site-config.ts';
import { existingContentFolder } from './support/content-folder.ts';

const { values, usageError } = commandLine({
  usage:
    'npm run new-event -- --title <text> --date <date> --source <source-id> [--kind <kind>] [--content <folder>]',
  about:
    'Writes a new event file, content/events/<date>-<title as an id>.md, with every required field and a comment on each, citing the given source; then says what to fill in. In a terminal it asks for what the flags leave out. It never overwrites a file.',
  flags: {
    title: { type: 'string', help: 'A short headline; the file name is made from it.' },
    date: { type: 'string', value: 'date', help: 'When it happened: YYYY-MM-DD, YYYY-MM or YYYY.' },
    source: {
      type: 'string',
      value: 'source-id',
      help: 'The id of the article in content/sources/ that reports it.',
    },
    kind: {
      type: 'string',
      default: 'statement',
      help: 'The kind of event: one of the site’s (site.yaml’s eventKinds, or the default list).',
    },
    content: {
      type: 'string',
      value: 'folder',
      help: 'The content folder (default: CHRONICLE_CONTENT, else content).',
    },
  },
  notes: [
    'Example: npm run new-event -- --title "Harbour council meets on the bridge" --date 2021-11-30 --source 2021-11-28-wire-council-preview',
    'Exit codes: 0 written; 1 a value is missing or not valid, or the file exists; 2 a flag is unknown, or the content folder is not there.',
  ],
});

const root = existingContentFolder(values.content ?? contentRoot(), usageError);
const sources = listMarkdown(join(root, 'sources')).map((path) =>
  path.slice(path.lastIndexOf('/') + 1, -3),
);
const ask = process.stdin.isTTY
  ? createInterface({ input: process.stdin, output: process.stdout })
  : undefined;

async function need(name: string, value: string | undefined, question: string): Promise<string> {
  if (value) return value;
  if (!ask)
    fail(
      `--${name} is required. Example: npm run new-event -- --title "Harbour council meets on the bridge" --date 2021-11-30 --source ${sources[0] ?? '<source-id>'}`,
    );
  return (await ask.question(question)).trim();
}

function fail(message: string): never {
  console.error(`✗ ${message}`);
  process.exit(1);
}

const title = await need('title', values.title, 'Title (a short headline): ');
const date = await need('date', values.date, 'Date (YYYY-MM-DD, YYYY-MM or YYYY): ');
const source = await need('source', values.source, `Source id (${sources.join(', ')}): `);
ask?.close();

const parsed = parseDateText(date);
if (!isCalendarDate(parsed))
  fail(`"${date}" is not a date. Write YYYY-MM-DD, YYYY-MM or YYYY, for example 2021-11-30.`);
if (sources.length === 0)
  fail(
    `there is no source yet: an event cites an article. Add one first: npm run import-source -- article.txt <id>.`,
  );
if (!sources.includes(source))
  fail(`no source has the id "${source}". Known sources: ${sources.join(', ')}.`);
// The site's own kinds (site.yaml) are among those an event may have.
const kinds = eventKindIds(readSiteConfig(root, process.cwd()).config);
if (!kinds.includes(values.kind)) fail(`--kind must be one of ${kinds.join(', ')}.`);
const slug = slugify(title);
if (!slug) fail('the title needs at least one letter or digit.');

const file = join(root, 'events', `${parsed.text}-${slug}.md`);
if (existsSync(file)) fail(`${file} already exists. Edit it, or choose another title.`);
mkdirSync(join(root, 'events'), { recursive: true });
writeFileSync(file, eventTemplate({ title, date: parsed.text, source, kind: values.kind, kinds }));
console.log(`✓ Wrote ${file}

Next:
  1. Open it and paste into quote: the exact words of the article that report this event.
  2. Check the summary, and fill in people, organisations, places and topics (ids of files in ${root}/).
  3. Run npm run validate and fix what it reports.
  4. Commit the file and open a pull request.`);
