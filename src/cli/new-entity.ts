/**
 * `npm run new-person -- "Ada Quill"` (and new-organisation, new-place, new-topic, new-period;
 * each runs this file with its kind first): writes a new record with every field of its schema and
 * a short comment on each, named after the name (or --id), then says what to fill in. Never
 * overwrites a file.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { isCalendarDate, parseDateText } from '../lib/calendar.ts';
import { explain } from '../lib/errors.ts';
import { slugify } from '../lib/slug.ts';
import { periodSchema, placeSchema } from '../schema/entity.ts';
import { collections } from '../schema/index.ts';
import { ID_PATTERN } from '../schema/primitives.ts';
import { contentRoot } from '../validation/content-root.ts';
import { displayPath, listMarkdown } from '../validation/read-records.ts';
import { commandLine, helpText, type Flag } from './support/command-line.ts';
import { ENTITY_KINDS, entityTemplate, type EntityKind } from './support/entity-templates.ts';
import { flagProblems } from './support/flag-values.ts';
import { existingContentFolder } from './support/content-folder.ts';

const COLLECTION = {
  person: 'people',
  organisation: 'organisations',
  place: 'places',
  topic: 'topics',
  period: 'periods',
} as const satisfies Record<EntityKind, keyof typeof collections>;

const EXAMPLE_NAME: Record<EntityKind, string> = {
  person: 'Ada Quill',
  organisation: 'Harbour council',
  place: 'Harbourtown',
  topic: 'The bridge',
  period: 'Council week',
};

const kind = process.argv[2] as EntityKind;
if (!(ENTITY_KINDS as readonly string[]).includes(kind)) {
  const about = helpText({
    usage: `node src/cli/new-entity.ts <${ENTITY_KINDS.join('|')}> "<name>" [options]`,
    about: `Run through its npm scripts: ${ENTITY_KINDS.map((k) => `npm run new-${k} -- "${EXAMPLE_NAME[k]}"`).join('; ')}. Each has its own --help.`,
  });
  const asked = process.argv.includes('--help') || process.argv.includes('-h');
  if (asked) process.stdout.write(about);
  else
    console.error(
      `✗ the first argument must be the kind of record (${ENTITY_KINDS.join(', ')}).\n${about}`,
    );
  process.exit(asked ? 0 : 2);
}

const folder = collections[COLLECTION[kind]].folder;
const flags: Record<string, Flag> = {
  id: {
    type: 'string',
    help: 'The file name without .md, if not the name made into an id (lower-case words joined by hyphens).',
  },
  content: {
    type: 'string',
    value: 'folder',
    help: 'The content folder (default: CHRONICLE_CONTENT, else content).',
  },
  ...(kind === 'place'
    ? { kind: { type: 'string', default: 'city', help: 'city, country, region, border or other.' } }
    : {}),
  ...(kind === 'period'
    ? {
        start: {
          type: 'string',
          value: 'date',
          help: 'Its first day: YYYY-MM-DD, YYYY-MM or YYYY.',
        },
        end: { type: 'string', value: 'date', help: 'Its last day.' },
      }
    : {}),
};
const { values, positionals, usageError } = commandLine(
  {
    usage: `npm run new-${kind} -- "<name>" [options]`,
    about: `Writes ${folder}/<id>.md in the content folder: a new ${collections[COLLECTION[kind]].singular} with every field and a comment on each, its id made from the name. It never overwrites a file.`,
    flags,
    positionals: [{ name: 'name', help: 'The name, as the site shows it.' }],
    notes: [
      `Example: npm run new-${kind} -- "${EXAMPLE_NAME[kind]}"   (writes content/${folder}/${slugify(EXAMPLE_NAME[kind])}.md)`,
      'Exit codes: 0 written; 1 a value is not valid, or the file exists; 2 the name is missing, a flag is unknown, or the content folder is not there.',
    ],
  },
  process.argv.slice(3),
);

function fail(message: string): never {
  console.error(`✗ ${message}`);
  process.exit(1);
}

const name =
  positionals[0]?.trim() ||
  usageError(`give the ${collections[COLLECTION[kind]].singular}'s name, in quotes.`);
const id = values['id'] ?? slugify(name);
if (!id) fail('the name needs at least one letter or digit, or give an id with --id.');
if (!ID_PATTERN.test(id))
  fail(
    `--id: "${id}" is not an id; write lower-case letters, digits and single hyphens, such as "${slugify(id) || 'ada-quill'}".`,
  );

// --kind, --start and --end are checked by the schema's own fields, as the validator will check them.
const place = placeSchema().shape;
const period = periodSchema().shape;
const problems =
  kind === 'place'
    ? flagProblems(z.strictObject({ kind: place.kind }), { kind: values['kind'] })
    : kind === 'period'
      ? flagProblems(
          z.strictObject({ start: period.start.optional(), end: period.end.optional() }),
          { start: values['start'], end: values['end'] },
        )
      : [];
for (const line of problems) console.error(`✗ ${line}`);
if (problems.length > 0) process.exit(1);
const start = values['start'];
const end = values['end'];
const [first, last] = [start, end].map((text) => (text ? parseDateText(text) : undefined));
if (first && last && isCalendarDate(first) && isCalendarDate(last) && last.latest < first.earliest)
  fail(`--end: ${explain('date.endBeforeStart', { found: JSON.stringify(end), start })}`);

const root = existingContentFolder(values['content'] ?? contentRoot(), usageError);
const file = join(root, folder, `${id}.md`);
// Ids are unique across subfolders too: a record of that id anywhere in the folder is the same id.
const taken = listMarkdown(join(root, folder)).find((path) => path.endsWith(`/${id}.md`));
if (taken || existsSync(file))
  fail(
    `${displayPath(taken ?? file, process.cwd())} already exists. Edit it, or choose another id with --id.`,
  );

mkdirSync(join(root, folder), { recursive: true });
writeFileSync(
  file,
  entityTemplate(kind, {
    name,
    kind: values['kind'],
    start,
    end,
  }),
);
const blanks = {
  person: 'role and description',
  organisation: 'description',
  place: 'description and coordinates (lat, lon), and check kind',
  topic: 'description',
  period: [start ? '' : 'start', end ? '' : 'end'].filter(Boolean).join(' and '),
}[kind];
console.log(`✓ Wrote ${displayPath(file, process.cwd())}

Next:
  1. ${blanks ? `Fill in ${blanks}, from the sources` : 'Check its name and dates'}${kind === 'period' ? '' : '; list under spellings any other spelling an article uses'}.
  2. ${kind === 'period' ? 'It is drawn on the overview of the timeline; no event names it.' : `Name it in an event by its id: ${COLLECTION[kind]}: [${id}]`}
  3. Run npm run validate and fix what it reports.`);
