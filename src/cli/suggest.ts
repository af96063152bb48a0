/**
 * `npm run suggest -- <source-id>` (or `--all`): the candidate events of an article, each
 * sentence that dates a happening with its date worked out against the day of publication, the
 * words it comes from, the people, organisations and places it names, and what already accounts
 * for it. `--json` gives the same for tools.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DATE_PARSER_LANGUAGES, parserFor, type ResolvedDate } from '../lib/date-phrases.ts';
import { dateWords } from '../lib/date-words.ts';
import { formatProblem } from '../lib/problems.ts';
import { displayPath } from '../validation/read-records.ts';
import { draftFile } from './support/draft-from-candidate.ts';
import { contentRoot } from '../validation/content-root.ts';
import { validateContent } from '../validation/validate-content.ts';
import { commandLine } from './support/command-line.ts';
import { suggestEvents, type Candidate } from './support/suggest.ts';
import { existingContentFolder } from './support/content-folder.ts';

const { positionals, values, usageError } = commandLine({
  usage:
    'npm run suggest -- <source-id> [--all] [--json] [--write <numbers>|all] [--content <folder>]',
  about:
    'Proposes candidate events from an article: each sentence that dates a happening, with the date its words give (against the day the article was published), whether it is stated or inferred and why, the weekday check, the people, organisations and places it names, and whether an event or a coverage exclusion already accounts for it. Words that count from another event ("the previous day") are counted from the event they name or the last date the article gave, and say which; a report with no date is dated by the day of publication.',
  positionals: [
    { name: 'source-id', optional: true, help: 'The source (its file name without .md).' },
  ],
  flags: {
    all: { type: 'boolean', help: 'Every source.' },
    json: {
      type: 'boolean',
      help: 'The same as JSON, with each sentence’s offsets in the article.',
    },
    write: {
      type: 'string',
      value: 'numbers',
      help: 'Writes the candidates numbered (1,3,4), or all that no event quotes yet, as draft events (draft: true) in the content’s events folder, each checked as it is written.',
    },
    content: {
      type: 'string',
      value: 'folder',
      help: 'The content folder (default: CHRONICLE_CONTENT, else content).',
    },
  },
  notes: [
    `Dates are read in: ${DATE_PARSER_LANGUAGES.join(', ')} (chrono-node). An article in another language gets its sentences and names, without dates. Weeks, seasons, "earlier this year", words counting from another event and undated reports are read in English and Spanish.`,
    'Exit codes: 0 done; 1 the source is unknown; 2 a flag is wrong, or the content folder is not there.',
  ],
});

const validated = validateContent(
  existingContentFolder(values.content ?? contentRoot(), usageError),
);
const ids = values.all ? validated.records.sources.map((s) => s.id) : positionals.slice(0, 1);
if (ids.length === 0) usageError('name a source, or give --all.');
const unknown = ids.find((id) => !validated.records.sources.some((s) => s.id === id));
if (unknown) {
  console.error(`✗ There is no source "${unknown}" in the content (its file name, without .md).`);
  process.exit(1);
}

const report = ids.map((id) => ({ source: id, candidates: suggestEvents(id, validated) }));
if (values.write !== undefined) {
  if (ids.length !== 1) usageError('--write takes the candidates of one source, not --all.');
  writeDrafts(report[0]!.candidates, values.write);
}
if (values.json) {
  console.log(JSON.stringify(report, null, 2));
} else {
  for (const { source, candidates } of report) {
    const language = validated.records.sources.find((s) => s.id === source)!.data.language;
    console.log(`${source}: ${candidates.length} candidate(s)`);
    if (!parserFor(language))
      console.log(`  (no date parser for "${language}": dates are left for the editor)`);
    for (const c of candidates) console.log(describe(c));
    console.log('');
  }
}

/** A suggested date as an editor writes it: 2021-11-30, 2021-03 to 2021-05, by 2021-11-29. */
function dateText(date: ResolvedDate): string {
  if (date.precision !== 'span') return date.text;
  return date.from ? `${date.from} to ${date.to!}` : `by ${date.to!}`;
}

function describe(c: Candidate): string {
  const lines = [`\n${c.number}. “${c.sentence.text}”`];
  if (c.date) {
    const end = c.date.end ? `, ending ${dateText(c.date.end)}` : '';
    lines.push(
      `   date: ${dateText(c.date.start)}${end} (${c.date.start.precision}, ${c.date.basis}) from “${c.date.words}”`,
      `   reasoning: ${c.date.reasoning}`,
    );
    if (c.date.weekdayMatches === false)
      lines.push('   ✗ the weekday the words name is not that date’s');
  }
  if (c.needsAnchor)
    lines.push(
      `   ${c.date ? 'counted from another event' : 'needs an anchor'}: “${c.needsAnchor.words}”${c.date ? ' (check what it counts from)' : ' counts from another event'}${c.needsAnchor.nearby.length ? `; quoted nearby: ${c.needsAnchor.nearby.join(', ')}` : ''}`,
    );
  for (const kind of ['people', 'organisations', 'places'] as const)
    if (c[kind].length) lines.push(`   ${kind}: ${c[kind].join(', ')}`);
  for (const note of c.notes)
    lines.push(
      `   the source’s note (${note.split(':')[0]!}):${note.slice(note.indexOf(':') + 1)}`,
    );
  if (c.alike.length)
    lines.push(`   an event of the same date with the same names: ${c.alike.join(', ')}`);
  if (c.coveredBy.length) lines.push(`   already quoted by: ${c.coveredBy.join(', ')}`);
  else if (c.excluded) lines.push(`   left out on purpose: ${c.excluded}`);
  else lines.push('   not yet in the timeline');
  return lines.join('\n');
}

/** Writes the chosen candidates as drafts, then checks the content with them. */
function writeDrafts(candidates: Candidate[], choice: string): never {
  const root = values.content ?? contentRoot();
  const numbers =
    choice === 'all'
      ? candidates.filter((c) => c.coveredBy.length === 0 && !c.excluded).map((c) => c.number)
      : choice.split(',').map((n) => Number(n.trim()));
  const bad = numbers.find((n) => !candidates.some((c) => c.number === n));
  if (bad !== undefined)
    usageError(`there is no candidate ${String(bad)}: give numbers from the list (1,3) or all.`);
  const source = validated.records.sources.find((s) => s.id === ids[0])!;
  const folder = join(root, 'events');
  mkdirSync(folder, { recursive: true });
  const written: string[] = [];
  for (const number of numbers) {
    const candidate = candidates.find((c) => c.number === number)!;
    if (!candidate.date) {
      console.error(
        `✗ Candidate ${number} has no date of its own (it needs an anchor): write it by hand with npm run new-event.`,
      );
      continue;
    }
    const file = draftFile(
      { ...candidate, date: candidate.date },
      { id: source.id, published: source.data.published },
      validated.eventKinds ?? [],
      dateWords(validated.site?.language ?? source.data.language),
    );
    const path = join(folder, file.name);
    if (existsSync(path)) {
      console.error(
        `✗ ${displayPath(path, process.cwd())} exists already: candidate ${number} was not written.`,
      );
      continue;
    }
    writeFileSync(path, file.text);
    written.push(displayPath(path, process.cwd()));
  }
  // Each draft is checked with the rest of the content, as npm run validate would.
  const problems = validateContent(root).problems.filter((p) => written.includes(p.file));
  for (const p of problems) console.error(formatProblem(p));
  for (const file of written) console.log(`✓ Wrote ${file} (draft: true).`);
  if (written.length)
    console.log(
      '  Rewrite each title and summary, check the date and the names, then remove draft: true to publish it.',
    );
  process.exit(problems.length > 0 || written.length < numbers.length ? 1 : 0);
}
