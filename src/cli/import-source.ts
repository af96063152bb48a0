/**
 * `npm run import-source -- <article.txt> <id> [--language es] [--url https://…]`: copies an
 * article's text, byte for byte, into a new source record with its SHA-256, ready for the editor
 * to fill in the metadata. The language is the site's unless given. Refuses to overwrite a record;
 * every refusal is one line and an exit code, never a stack trace.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { z } from 'astro/zod';
import { sha256 } from '../lib/sha256.ts';
import { ID_PATTERN } from '../schema/primitives.ts';
import { sourceSchema } from '../schema/source.ts';
import { contentRoot } from '../validation/content-root.ts';
import { displayPath, listMarkdown } from '../validation/read-records.ts';
import { readSiteConfig } from '../validation/site-config.ts';
import { commandLine } from './support/command-line.ts';
import { flagProblems } from './support/flag-values.ts';
import { existingContentFolder } from './support/content-folder.ts';

const ID_HELP =
  'lower-case words joined by hyphens, by custom the publication date, the outlet and a few words, e.g. 2026-03-02-harbour-wire-bridge-vote';

const { values, positionals, usageError } = commandLine({
  usage: 'npm run import-source -- <article.txt> <id> [--language <tag>] [--url <address>]',
  about:
    'Copies an article’s text, byte for byte, into a new source record, content/sources/<id>.md, with its SHA-256 and blanks for the metadata (headline, site, publication date and the evidence for it). It never overwrites a record.',
  positionals: [
    { name: 'article.txt', help: 'The article’s text, a UTF-8 file.' },
    { name: 'id', help: `The record’s id: ${ID_HELP}.` },
  ],
  flags: {
    language: {
      type: 'string',
      value: 'tag',
      help: 'The language of the text, BCP 47 (default: the site’s, from site.yaml; else en).',
    },
    url: { type: 'string', value: 'address', help: 'Where the article was published, if known.' },
    content: {
      type: 'string',
      value: 'folder',
      help: 'The content folder (default: CHRONICLE_CONTENT, else content).',
    },
  },
  notes: [
    'Example: npm run import-source -- ~/articles/bridge-vote.txt 2026-03-02-harbour-wire-bridge-vote --url https://harbour-wire.example/bridge-vote',
    'Exit codes: 0 written; 1 the article cannot be read, a value is not valid, or the record exists; 2 an argument is missing, a flag is unknown, or the content folder is not there.',
  ],
});

function fail(message: string): never {
  console.error(`✗ ${message}`);
  process.exit(1);
}

const missing = 'give the article’s file and the new record’s id.';
const articlePath = positionals[0] ?? usageError(missing);
const id = positionals[1] ?? usageError(missing);
if (!ID_PATTERN.test(id)) fail(`"${id}" is not an id: write ${ID_HELP}.`);

const root = existingContentFolder(values.content ?? contentRoot(), usageError);
const language = values.language ?? readSiteConfig(root, process.cwd()).config?.language ?? 'en';
const shape = sourceSchema().shape;
const problems = flagProblems(z.strictObject({ language: shape.language, url: shape.url }), {
  language,
  url: values.url,
});
for (const line of problems) console.error(`✗ ${line}`);
if (problems.length > 0) process.exit(1);

const folder = join(root, 'sources');
// Ids are unique across subfolders too.
const taken = listMarkdown(folder).find((path) => basename(path) === `${id}.md`);
if (taken)
  fail(
    `${displayPath(taken, process.cwd())} already exists; choose another id, or edit that file.`,
  );

let bytes: Buffer;
try {
  bytes = readFileSync(articlePath);
} catch (error) {
  const code = (error as { code?: string }).code;
  fail(
    code === 'ENOENT'
      ? `there is no file ${articlePath}. Give the path of the article’s text.`
      : code === 'EISDIR'
        ? `${articlePath} is a folder; give the article’s text file.`
        : code === 'EACCES' || code === 'EPERM'
          ? `${articlePath} cannot be read: permission denied.`
          : `${articlePath} cannot be read (${code ?? (error as Error).message}).`,
  );
}
let text: string;
try {
  // A byte order mark is kept as the file has it, like every other byte.
  text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
} catch {
  fail(`${articlePath} is not UTF-8 text. Save it again with UTF-8 encoding, then import it.`);
}
if (text.trim() === '') fail(`${articlePath} is empty: a source keeps the article’s whole text.`);

const frontMatter = [
  '---',
  'headline: "" # the article’s headline, or [a description in brackets] if it has none',
  'site: "" # who published this copy',
  'agencies: [] # agencies the text itself credits, e.g. [Coast Wire]',
  '# author: "" # the byline, if the text gives one',
  `language: ${language} # of the text as kept, BCP 47`,
  '# translation: "" # if it is a translation: from what, how well',
  'published: "" # YYYY-MM-DD, YYYY-MM, or { from, to, label }',
  'publishedEvidence: "" # the text’s own clues for that date, and the reasoning',
  values.url
    ? `url: ${JSON.stringify(values.url)}`
    : '# url: "https://…" # where the article was published, if known',
  'reliability: [] # what a careful reader should know: - { kind: misspelling, note: "…", quote: "…" }',
  `originalFile: ${JSON.stringify(basename(articlePath))}`,
  `sha256: ${sha256(text)} # of the text below; do not edit the text`,
  '---',
  '',
].join('\n');
mkdirSync(folder, { recursive: true });
const target = join(folder, `${id}.md`);
writeFileSync(target, frontMatter + text);
console.log(
  `✓ Wrote ${displayPath(target, process.cwd())}. Fill in the fields marked "", then run npm run validate.\n  Then npm run suggest -- ${id} proposes its events, each date worked out from the day it was published.`,
);
