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

const root = process.argv[2] ?? contentRoot();
const path = join(root, PUBLISHED_IDS_FILE);
const { published, records } = validateContent(root);
const known = new Set(published?.entries.map((e) => e.id));
const added = records.events
  .map((e) => e.id)
  .filter((id) => !known.has(id))
  .sort();
if (!existsSync(path))
  writeFileSync(
    path,
    '# Published event ids: never remove a line; rename an event only with an alias.\n',
  );
if (added.length > 0) appendFileSync(path, `${added.join('\n')}\n`);
console.log(
  added.length
    ? `Added ${added.length} id(s) to ${path}:\n${added.join('\n')}`
    : `${path} already lists every event.`,
);
