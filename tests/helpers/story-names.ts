/**
 * What names a story: the ids of its records (and earlier ids of its events), its article files,
 * the names and spellings of its people, organisations, places, topics and periods, its events'
 * titles and its sources' headlines. And a search for them, as whole words, in the files of the
 * tests, so Chronicle's tests can be shown to name none of them. (Not the site's title: it is
 * often an ordinary phrase, or the very example Chronicle's own commands give.)
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { CATALOGUES, type Message } from '../../src/lib/messages/catalogue.ts';
import { COLLECTION_NAMES } from '../../src/schema/index.ts';
import type { ValidationResult } from '../../src/validation/validate-content.ts';
import { PROJECT_ROOT } from './run.ts';

export interface StoryTerm {
  /** The text as the story writes it. */
  term: string;
  /** What it is, for the message: `people id`, `article file`, `places name`… */
  what: string;
}

/** Every id, file name and name of a story, once each. */
export function storyTerms(content: ValidationResult): StoryTerm[] {
  const terms = new Map<string, StoryTerm>();
  const add = (term: string | undefined, what: string) => {
    const text = term?.trim();
    if (text && !terms.has(text)) terms.set(text, { term: text, what });
  };
  for (const collection of COLLECTION_NAMES) {
    for (const record of content.records[collection]) {
      add(record.id, `${collection} id`);
      const data = record.data as {
        name?: string;
        title?: string;
        headline?: string;
        originalFile?: string;
        aliases?: string[];
        spellings?: { text: string }[];
      };
      add(data.originalFile, 'article file');
      add(data.name, `${collection} name`);
      add(data.title, `${collection} title`);
      add(data.headline, `${collection} headline`);
      for (const alias of data.aliases ?? []) add(alias, `${collection} earlier id`);
      for (const spelling of data.spellings ?? []) add(spelling.text, `${collection} spelling`);
    }
  }
  return [...terms.values()];
}

/**
 * A term as a whole word, in any case, across line breaks. An id or file name (lower case, no
 * spaces) is whole only between characters that cannot be part of an id, so `port-town` is not
 * found in `airport-town` or `port-towns`; a name, between characters that are not letters or
 * digits.
 */
export function termPattern(term: string): RegExp {
  const idLike = /^[\p{Ll}\p{N}._-]+$/u.test(term);
  const edge = idLike ? '[\\p{L}\\p{N}_-]' : '[\\p{L}\\p{N}_]';
  const body = term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
  return new RegExp(`(?<!${edge})${body}(?!${edge})`, 'iu');
}

function walk(dir: string, skip: (path: string) => boolean, files: string[] = []): string[] {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (skip(path)) continue;
    if (statSync(path).isDirectory()) walk(path, skip, files);
    else files.push(path);
  }
  return files;
}

const TESTS = join(PROJECT_ROOT, 'tests');
const FIXTURES = join(TESTS, 'fixtures');

/** The text files of the tests outside tests/fixtures/, each with its path from the project. */
export function testFiles(): { path: string; text: string }[] {
  return textFiles(walk(TESTS, (path) => path === FIXTURES));
}

/** Every text file of src/: the generator, which no story may leak into. */
export function sourceFiles(): { path: string; text: string }[] {
  return textFiles(walk(join(PROJECT_ROOT, 'src'), () => false));
}

function textFiles(files: string[]): { path: string; text: string }[] {
  return files
    .map((file) => ({ file, bytes: readFileSync(file) }))
    .filter(({ bytes }) => !bytes.includes(0))
    .map(({ file, bytes }) => ({
      path: relative(PROJECT_ROOT, file).split('\\').join('/'),
      text: bytes.toString('utf8'),
    }));
}

const messageTexts = (message: Message) =>
  typeof message === 'string' ? [message] : Object.values(message);

/** The made-up story CONTRIBUTING.md's walk-through for a fork builds, step by step. */
function walkThroughStory(): string {
  const guide = readFileSync(join(PROJECT_ROOT, 'CONTRIBUTING.md'), 'utf8');
  const start = guide.indexOf('\n## Forking for a new story\n');
  if (start < 0) return '';
  const end = guide.indexOf('\n## ', start + 1);
  return guide.slice(start, end < 0 ? undefined : end);
}

/**
 * The words Chronicle itself uses, which a story may share without being named by them: its
 * interface messages in every shipped language, the names of its collections and pages, every
 * file of the fixture stories (tests/fixtures/<story>/content/), which tests name freely, and the
 * made-up story of CONTRIBUTING.md's walk-through for a fork, which a newsroom may follow word for
 * word before it writes its own.
 */
export function chronicleWords(): string {
  const fixtureStories = readdirSync(FIXTURES)
    .map((name) => join(FIXTURES, name, 'content'))
    .filter((content) => existsSync(join(content, 'site.yaml')));
  return [
    walkThroughStory(),
    ...Object.values(CATALOGUES).flatMap((catalogue) =>
      Object.values(catalogue).flatMap(messageTexts),
    ),
    ...COLLECTION_NAMES,
    ...readdirSync(join(PROJECT_ROOT, 'src', 'pages')),
    // The regions of time zones' names (Europe/Paris) the validator's examples give editors; not
    // their cities, which a story may name.
    ...new Set(Intl.supportedValuesOf('timeZone').map((zone) => zone.split('/')[0]!)),
    ...fixtureStories.flatMap((content) =>
      walk(content, () => false).flatMap((file) => [
        relative(content, file),
        readFileSync(file, 'utf8'),
      ]),
    ),
  ].join('\n');
}

/**
 * The terms worth looking for: those with a letter and three characters at least (a year or `EU`
 * names nothing), and not among Chronicle's own words.
 */
export function termsToCheck(
  terms: StoryTerm[],
  ownWords: string,
): { checked: StoryTerm[]; shared: StoryTerm[] } {
  const named = terms.filter(({ term }) => /\p{L}/u.test(term) && [...term].length >= 3);
  const shared = named.filter(({ term }) => termPattern(term).test(ownWords));
  return { checked: named.filter((t) => !shared.includes(t)), shared };
}

/** Where the terms occur in the files, as `path: what “term”`. */
export function occurrences(terms: StoryTerm[], files: { path: string; text: string }[]): string[] {
  return files.flatMap(({ path, text }) =>
    terms
      .filter(({ term }) => termPattern(term).test(`${path}\n${text}`))
      .map(({ term, what }) => `${path}: ${what} “${term}”`),
  );
}
