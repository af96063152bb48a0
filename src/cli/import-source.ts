/**
 * `npm run import-source -- <article.txt> <id>`: copies an article's text,
 * byte for byte, into a new source record with its SHA-256, ready for the
 * editor to fill in the metadata. Refuses to overwrite a record.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { sha256 } from '../lib/sha256.ts';
import { ID_PATTERN } from '../schema/primitives.ts';
import { contentRoot } from '../validation/content-root.ts';

const [articlePath, id] = process.argv.slice(2);
if (!articlePath || !id || !ID_PATTERN.test(id)) {
  console.error(
    'Usage: npm run import-source -- <article.txt> <id>   (id: lower-case words joined by hyphens, e.g. 2021-11-28-wire-council-preview)',
  );
  process.exit(2);
}
const target = join(contentRoot(), 'sources', `${id}.md`);
if (existsSync(target)) {
  console.error(`${target} already exists; choose another id or edit that file.`);
  process.exit(1);
}
const text = readFileSync(articlePath, 'utf8');
const frontMatter = [
  '---',
  'headline: "" # the article’s headline, or [a description in brackets] if it has none',
  'site: "" # who published this copy',
  'agencies: [] # agencies the text itself credits, e.g. [AFP]',
  'language: en',
  'published: "" # YYYY-MM-DD, YYYY-MM, or { from, to, label }',
  'publishedEvidence: "" # the text’s own clues for that date, and the reasoning',
  'reliability: []',
  `originalFile: ${basename(articlePath)}`,
  `sha256: ${sha256(text)} # of the text below; do not edit the text`,
  '---',
  '',
].join('\n');
writeFileSync(target, frontMatter + text);
console.log(`Wrote ${target}. Fill in the fields marked "", then run npm run validate.`);
