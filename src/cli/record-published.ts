/**
 * `npm run permalinks`: records what is published. Adds every current event id to the committed
 * list of published ids (content/published-ids.txt), and writes each event's facts as they are
 * now to content/published-facts.json, with the day: from then on the validator fails if a
 * published id disappears without an alias, or if a recorded fact changes without a `changes:`
 * entry telling readers. Run it when events are published, and again after a change is recorded.
 */
import { appendFileSync, existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { eventFacts } from '../model/published-facts.ts';
import { contentRoot } from '../validation/content-root.ts';
import {
  PUBLISHED_FACTS_ABOUT,
  PUBLISHED_FACTS_FILE,
  readPublishedFacts,
  type PublishedFactsFile,
} from '../validation/published-facts.ts';
import { PUBLISHED_IDS_FILE } from '../validation/published-ids.ts';
import { validateContent } from '../validation/validate-content.ts';
import { commandLine } from './support/command-line.ts';
import { PUBLISHED_IDS_HEADER } from './support/story-files.ts';
import { existingContentFolder } from './support/content-folder.ts';

const { positionals, values, usageError } = commandLine({
  usage: 'npm run permalinks [-- <content-folder>] [--on YYYY-MM-DD]',
  about: `Records what is published: adds every current event id to ${PUBLISHED_IDS_FILE}, and writes each event's facts (title, dates, status, sources and quotes, disagreements) to ${PUBLISHED_FACTS_FILE} with the day. From then on the validator fails if a published id disappears without an alias, or a recorded fact changes without a changes: entry. Run it when events are published, and after recording a change.`,
  positionals: [
    {
      name: 'content-folder',
      optional: true,
      help: 'The content folder (default: CHRONICLE_CONTENT, else content).',
    },
  ],
  flags: {
    on: {
      type: 'string',
      value: 'day',
      help: 'The day to record, YYYY-MM-DD (default: today, in UTC).',
    },
  },
  notes: [
    'Nothing is recorded while the content has problems: a changed fact must be told to readers first.',
    'Exit codes: 0 done; 1 the content has problems; 2 a flag or the day is wrong, or the content folder is not there.',
  ],
});

const day = values.on ?? new Date().toISOString().slice(0, 10);
if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) usageError(`"${day}" is not a day written YYYY-MM-DD.`);
const root = existingContentFolder(positionals[0] ?? contentRoot(), usageError);
const { published, records, problems } = validateContent(root);
if (problems.length > 0) {
  console.error(
    `✗ ${problems.length} ${problems.length === 1 ? 'problem' : 'problems'} in the content: nothing was recorded. Run npm run validate, fix ${problems.length === 1 ? 'it' : 'them'}, and run this again.`,
  );
  process.exit(1);
}

// A draft is not published: it is recorded once its draft: true is removed.
const publishable = records.events.filter((event) => !event.data.draft);
const idsPath = join(root, PUBLISHED_IDS_FILE);
const known = new Set(published?.entries.map((e) => e.id));
const added = publishable
  .map((e) => e.id)
  .filter((id) => !known.has(id))
  .sort();
if (!existsSync(idsPath)) writeFileSync(idsPath, PUBLISHED_IDS_HEADER);
if (added.length > 0) appendFileSync(idsPath, `${added.join('\n')}\n`);

// Facts already recorded keep their day unless they changed; new and changed ones take this day.
const factsPath = join(root, PUBLISHED_FACTS_FILE);
// Read as the validator reads it (which has just checked that it can be).
const before = readPublishedFacts(root, process.cwd()).facts?.events ?? new Map();
const events: PublishedFactsFile['events'] = {};
let recorded = 0;
for (const event of publishable.toSorted((a, b) => a.id.localeCompare(b.id))) {
  const facts = eventFacts(event.data);
  const old = before.get(event.id);
  const same = old && JSON.stringify(old.facts) === JSON.stringify(facts);
  events[event.id] = same ? old : { recorded: day, facts };
  if (!same) recorded++;
}
writeFileSync(
  factsPath,
  `${JSON.stringify({ about: PUBLISHED_FACTS_ABOUT, events } satisfies PublishedFactsFile, null, 2)}\n`,
);
console.log(
  [
    added.length
      ? `Added ${added.length} id(s) to ${idsPath}:\n${added.join('\n')}`
      : `${idsPath} already lists every event.`,
    ...(publishable.length < records.events.length
      ? [
          `Left out ${records.events.length - publishable.length} draft(s) (draft: true): not published.`,
        ]
      : []),
    recorded
      ? `Recorded the facts of ${recorded} event(s) in ${factsPath}, as of ${day}.`
      : `${factsPath} already has every event's facts as they are.`,
  ].join('\n'),
);
