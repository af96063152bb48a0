/**
 * `npm run new-story -- --title "…" --description "…" --start 2026-03-01 --end 2026-03-08 --url
 * https://…`: a clean content folder for a new story — site.yaml, the empty lists of published ids
 * and coverage exclusions, and every collection's folder, empty. The values go through the site
 * schema before anything is written; asks for what is missing when run in a terminal. Never writes
 * into a folder that holds records.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { shippedCatalogue } from '../lib/messages/catalogue.ts';
import { formatProblem } from '../lib/problems.ts';
import { collections, COLLECTION_NAMES } from '../schema/index.ts';
import { siteSchema } from '../schema/site.ts';
import { contentRoot } from '../validation/content-root.ts';
import { EXCLUSIONS_FILE } from '../validation/coverage-exclusions.ts';
import { MESSAGES_FILE } from '../validation/messages-file.ts';
import { PUBLISHED_IDS_FILE } from '../validation/published-ids.ts';
import { displayPath, listMarkdown } from '../validation/read-records.ts';
import { issuesToProblems } from '../validation/schema-issues.ts';
import { SITE_FILE } from '../validation/site-config.ts';
import { validateContent } from '../validation/validate-content.ts';
import { commandLine } from './support/command-line.ts';
import {
  COVERAGE_EXCLUSIONS_YAML,
  messagesWorksheet,
  PUBLISHED_IDS_HEADER,
  siteYaml,
  type StoryAnswers,
} from './support/story-files.ts';

const EXAMPLE =
  'npm run new-story -- --title "The harbour bridge dispute" --description "A sourced timeline of the dispute over the new harbour bridge." --start 2026-03-01 --end 2026-03-08 --url https://example.org';

const { values, usageError } = commandLine({
  usage:
    'npm run new-story -- --title <text> --description <text> --start <date> --end <date> --url <address> [--language <tag>] [--base <path>] [--dir <folder>]',
  about:
    'Writes a clean content folder for a new story: site.yaml (checked against the site schema first), an empty published-ids.txt and coverage-exclusions.yaml, and the empty folders events/, sources/, people/, organisations/, places/, topics/ and periods/. In a terminal it asks for what the flags leave out. It never writes into a folder that already holds records.',
  flags: {
    title: { type: 'string', help: 'The site title (required).' },
    description: {
      type: 'string',
      help: 'One sentence, for search results and link previews (required).',
    },
    language: {
      type: 'string',
      value: 'tag',
      help: 'The site’s language, BCP 47: en, es, pt-BR … (default: en).',
    },
    start: {
      type: 'string',
      value: 'date',
      help: 'The first day the timeline covers: YYYY-MM-DD, YYYY-MM or YYYY (required).',
    },
    end: { type: 'string', value: 'date', help: 'The last day it covers (required).' },
    url: {
      type: 'string',
      value: 'address',
      help: 'The public address of the site, without the base path (required).',
    },
    base: {
      type: 'string',
      value: 'path',
      help: 'The path the site is served under, starting and ending with / (default: /).',
    },
    repository: {
      type: 'string',
      value: 'address',
      help: 'Where the content is edited, for the "how to contribute" links.',
    },
    dir: {
      type: 'string',
      value: 'folder',
      help: 'Where to write it (default: CHRONICLE_CONTENT, else content).',
    },
  },
  notes: [
    `Example: ${EXAMPLE}`,
    'Exit codes: 0 written; 1 a value is not valid, or the folder already holds a story; 2 a flag is missing or unknown.',
  ],
});

const folder = values.dir ?? contentRoot();
const target = resolve(folder);
const shown = `${displayPath(target, process.cwd()) || '.'}/`;

/** "a", "a and b", "a, b and c" */
const listed = (items: readonly string[]) =>
  items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;

function fail(message: string): never {
  console.error(`✗ ${message}`);
  process.exit(1);
}

// The folder first, so nobody answers questions only to be refused.
const held = COLLECTION_NAMES.map((name) => ({
  name,
  count: listMarkdown(join(target, collections[name].folder)).length,
})).filter(({ count }) => count > 0);
if (held.length > 0) {
  const counts = held.map(
    ({ name, count }) => `${count} ${count === 1 ? collections[name].singular : name}`,
  );
  fail(
    `${shown} already holds a story (${counts.join(', ')}); new-story writes only into a folder without records. Remove the old story first (git rm -r ${folder}, then commit), or write the new one elsewhere with --dir <folder>.`,
  );
}
const files = [SITE_FILE, PUBLISHED_IDS_FILE, EXCLUSIONS_FILE, MESSAGES_FILE];
const existing = files.filter((name) => existsSync(join(target, name)));
if (existing.length > 0)
  fail(
    `${shown} already has ${listed(existing)}; new-story never overwrites them. Remove ${existing.length === 1 ? 'it' : 'them'} first, or pass --dir <folder>.`,
  );

const REQUIRED = ['title', 'description', 'start', 'end', 'url'] as const;
const QUESTIONS: Record<keyof StoryAnswers, string> = {
  title: 'Site title: ',
  description: 'One sentence about it, for search results and link previews: ',
  language: 'Language, BCP 47 (Enter for en): ',
  start: 'First day the timeline covers (YYYY-MM-DD): ',
  end: 'Last day it covers (YYYY-MM-DD): ',
  url: 'Public address of the site, without the base path (https://…): ',
  base: 'Path it is served under (Enter for /): ',
  repository: '',
};

const missing = REQUIRED.filter((name) => !values[name]);
if (missing.length > 0 && !process.stdin.isTTY) {
  usageError(
    `missing ${listed(missing.map((name) => `--${name}`))} (with no terminal to ask in, every value comes from the flags). For example:\n  ${EXAMPLE}`,
  );
}
const answers: Partial<Record<keyof StoryAnswers, string | undefined>> = { ...values };
if (process.stdin.isTTY) {
  const ask = createInterface({ input: process.stdin, output: process.stdout });
  // Lines read through the iterator are kept until asked for: answers pasted in one go are not lost.
  const lines = ask[Symbol.asyncIterator]();
  for (const name of ['title', 'description', 'language', 'start', 'end', 'url', 'base'] as const) {
    if (answers[name] !== undefined) continue;
    ask.setPrompt(QUESTIONS[name]);
    ask.prompt();
    const line = await lines.next();
    answers[name] = line.done ? '' : String(line.value).trim();
  }
  ask.close();
}
const story: StoryAnswers = {
  title: answers.title ?? '',
  description: answers.description ?? '',
  language: answers.language || 'en',
  start: answers.start ?? '',
  end: answers.end ?? '',
  url: answers.url ?? '',
  base: answers.base || '/',
  repository: answers.repository,
};

// The same schema the validator reads site.yaml with; its problems named by the flag that gave the value.
const FLAG_OF: Record<string, string> = { 'period.start': 'start', 'period.end': 'end' };
const schema = siteSchema();
const parsed = schema.safeParse(
  {
    title: story.title,
    description: story.description,
    language: story.language,
    period: { start: story.start, end: story.end },
    url: story.url,
    base: story.base,
    ...(story.repository !== undefined ? { repository: story.repository } : {}),
  },
  { reportInput: true },
);
if (!parsed.success) {
  const problems = issuesToProblems(parsed.error.issues, schema, {
    file: SITE_FILE,
    singular: 'site configuration',
    lineOf: () => 1,
  });
  for (const p of problems) console.error(`✗ --${FLAG_OF[p.field] ?? p.field}: ${p.message}`);
  process.exit(1);
}
// The site schema refused a period that ends before it starts (site.periodReversed) above.

mkdirSync(target, { recursive: true });
writeFileSync(join(target, SITE_FILE), siteYaml(story));
writeFileSync(join(target, PUBLISHED_IDS_FILE), PUBLISHED_IDS_HEADER);
writeFileSync(join(target, EXCLUSIONS_FILE), COVERAGE_EXCLUSIONS_YAML);
const written = [SITE_FILE, PUBLISHED_IDS_FILE, EXCLUSIONS_FILE];
if (!shippedCatalogue(story.language)) {
  writeFileSync(join(target, MESSAGES_FILE), messagesWorksheet(story.language));
  written.push(MESSAGES_FILE);
}
for (const name of COLLECTION_NAMES) {
  mkdirSync(join(target, collections[name].folder), { recursive: true });
  // Git keeps no empty folder; the validator and the build read only .md files.
  writeFileSync(join(target, collections[name].folder, '.gitkeep'), '');
}

const { problems } = validateContent(target);
const envNote =
  target === resolve(contentRoot())
    ? ''
    : `\n(The commands read ${contentRoot()}/: to work on this folder, run them with CHRONICLE_CONTENT=${folder}.)`;
console.log(`✓ Wrote a new story in ${shown}
  ${written.map((name) => `${shown}${name}`).join('\n  ')}
  ${shown}{${COLLECTION_NAMES.map((name) => collections[name].folder).join(',')}}/ (empty, each with a .gitkeep)
${
  problems.length === 0
    ? '✓ npm run validate: no problems.'
    : `Still to do before npm run validate passes:\n${problems.map((p) => `  ${formatProblem(p)}`).join('\n')}`
}

Next:
  1. Add each article as a source: npm run import-source -- article.txt <id>
  2. Add who and what the story is about: npm run new-person -- "Ada Quill"
     (likewise new-organisation, new-place, new-topic and new-period).
  3. Add the events: npm run suggest -- <source-id> proposes them from an article (--write
     makes drafts of those you choose), or npm run new-event -- --title "…" --date ${story.start} --source <source-id>
  4. Run npm run validate, then npm run build.
CONTRIBUTING.md, "Forking for a new story", walks through each step.${envNote}`);
