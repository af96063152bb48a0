/**
 * `npm run coverage`: for each article, the sentences no event quotes and no
 * exclusion explains, with file:line, so an editor sees what is left to do.
 * Exits 1 while any sentence is unaccounted for.
 */
import { formatProblem } from '../lib/problems.ts';
import { normaliseForMatch } from '../lib/text-match.ts';
import { coverageReport } from '../model/coverage-report.ts';
import { contentRoot } from '../validation/content-root.ts';
import { EXCLUSIONS_FILE } from '../validation/coverage-exclusions.ts';
import { validateContent } from '../validation/validate-content.ts';
import { commandLine } from './support/command-line.ts';
import { existingContentFolder } from './support/content-folder.ts';

const { positionals, usageError } = commandLine({
  usage: 'npm run coverage [-- <content-folder>]',
  about: `For each article, the sentences no event quotes and no entry of ${EXCLUSIONS_FILE} leaves out with a reason, each with file:line: what is left to do.`,
  positionals: [
    {
      name: 'content-folder',
      optional: true,
      help: 'The content folder (default: CHRONICLE_CONTENT, else content).',
    },
  ],
  notes: [
    'Exit codes: 0 every sentence is accounted for; 1 some are not, or the content has problems; 2 a flag is unknown, or the content folder is not there.',
  ],
});

const root = existingContentFolder(positionals[0] ?? contentRoot(), usageError);
const { problems, records, coverageExclusions } = validateContent(root);
for (const p of problems) console.error(formatProblem(p));

// A draft is not published: what only a draft quotes is not yet covered, as the site counts it;
// the report names the draft, so the editor knows it is in hand.
const drafts = records.events.filter((event) => event.data.draft);
const draftQuoting = (sourceId: string, text: string) => {
  const sentence = normaliseForMatch(text);
  return drafts
    .filter((event) =>
      event.data.sources.some(
        (c) =>
          c.source === sourceId && c.quotes.some((q) => sentence.includes(normaliseForMatch(q))),
      ),
    )
    .map((event) => event.id);
};
let unaccounted = problems.length;
for (const source of coverageReport(
  records.sources,
  records.events.filter((event) => !event.data.draft),
  coverageExclusions?.entries ?? [],
)) {
  const total = source.sentences.length;
  console.log(`${source.file} — ${source.headline}`);
  console.log(
    `  ${source.covered} of ${total} sentences quoted by events, ${source.excluded} left out on purpose, ${source.uncovered} unaccounted for`,
  );
  for (const sentence of source.sentences.filter((s) => s.state === 'uncovered')) {
    const inDrafts = draftQuoting(source.id, sentence.text);
    console.log(
      `  ${source.file}:${source.firstLine + sentence.line - 1} not covered: ${sentence.text}${inDrafts.length ? ` (quoted by a draft: ${inDrafts.join(', ')})` : ''}`,
    );
  }
  for (const stale of source.staleExclusions)
    console.log(
      `  ${EXCLUSIONS_FILE}: "${stale}" is not in this article any more; remove or correct the exclusion.`,
    );
  unaccounted += source.uncovered + source.staleExclusions.length;
}
if (unaccounted > 0) {
  console.error(
    `\n✗ ${unaccounted} sentences or problems need an event, an exclusion with a reason, or a fix.`,
  );
  process.exitCode = 1;
} else {
  console.log(
    '\n✓ Every sentence of every article is quoted by an event or left out with a reason.',
  );
}
