/**
 * `npm run permalinks`: adds every current event id to the committed list of
 * published ids (content/published-ids.txt). Run it when events are published;
 * from then on the validator fails if one of those ids disappears without an alias.
 */
import { appendFileSync, existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentRoot } from '../validation/content-root.ts';
import { PUBLISHED_IDS_FILE } from '../validation/published-ids.ts';
import { validateContent } from '../validation/validate-content.ts';
import { commandLine } from './support/command-line.ts';
import { PUBLISHED_IDS_HEADER } from './support/story-files.ts';

const { positionals } = commandLine({
  usage: 'npm run permalinks [-- <content-folder>]',
  about: `Adds every current event id to ${PUBLISHED_IDS_FILE}, the list of published ids: from then on the validator fails if one of them disappears without an alias. Run it when events are published.`,
  positionals: [
    {
      name: 'content-folder',
      optional: true,
      help: 'The content folder (default: CHRONICLE_CONTENT, else content).',
    },
  ],
  notes: ['Exit codes: 0 done; 2 a flag is unknown.'],
});

const root = positionals[0] ?? contentRoot();
const path = join(root, PUBLISHED_IDS_FILE);
const { published, records } = validateContent(root);
const known = new Set(published?.entries.map((e) => e.id));
const added = records.events
  .map((e) => e.id)
  .filter((id) => !known.has(id))
  .sort();
if (!existsSync(path)) writeFileSync(path, PUBLISHED_IDS_HEADER);
if (added.length > 0) appendFileSync(path, `${added.join('\n')}\n`);
console.log(
  added.length
    ? `Added ${added.length} id(s) to ${path}:\n${added.join('\n')}`
    : `${path} already lists every event.`,
);
