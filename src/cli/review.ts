/**
 * `npm run review [-- --base origin/main]`: what a reviewer of this branch
 * should look at, for the event files it changes (see src/lib/review.ts).
 * Under GitHub Actions the report also goes to the job summary.
 */
import { execFileSync } from 'node:child_process';
import { appendFileSync } from 'node:fs';
import { recordsForWorker, workerModel } from '../derived/model-input.ts';
import { isCalendarDate, parseDateText, type CalendarDate } from '../lib/calendar.ts';
import { formatProblem } from '../lib/problems.ts';
import { contentRoot } from '../validation/content-root.ts';
import { formatReview, parseNameStatus, reviewChanges } from './support/review.ts';
import { validateContent } from '../validation/validate-content.ts';
import { commandLine } from './support/command-line.ts';
import { existingContentFolder } from './support/content-folder.ts';

const { values, usageError } = commandLine({
  usage: 'npm run review [-- --base <branch>]',
  about:
    'What a reviewer of this branch should look at, for the event files it changes since it left the base branch: the days of the timeline touched, new events that rest on a single source, event ids changed without an alias. Under GitHub Actions the report also goes to the job summary.',
  flags: {
    base: {
      type: 'string',
      value: 'branch',
      default: 'origin/main',
      help: 'The branch to compare with.',
    },
  },
  notes: [
    'Exit codes: 0 reported; 1 the content has problems; 2 a flag is unknown, or the content folder or the base branch is not there.',
  ],
});
const root = existingContentFolder(contentRoot(), usageError);
// git's own words on a failure are not shown: an unknown base is said below in one line, anything
// else by the last-resort handler every command has.
const git = (...args: string[]) =>
  execFileSync('git', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });

/** Where this branch left the base: none when the base is not known here (not fetched, misspelt). */
function forkPoint(base: string): string {
  try {
    return git('merge-base', base, 'HEAD').trim();
  } catch {
    return usageError(
      `git knows no branch "${base}" to compare with here. Fetch it (git fetch origin), or name another with --base.`,
    );
  }
}
const mergeBase = forkPoint(values.base);
const changes = parseNameStatus(
  git('diff', '--name-status', '-M', mergeBase, '--', `${root}/events`),
);

// The date of each changed event before this branch, from the file name (the date prefix is
// enforced).
const previousDates = new Map<string, CalendarDate>();
for (const change of changes) {
  const old = change.from ?? change.path;
  const id = old.slice(old.lastIndexOf('/') + 1).replace(/\.md$/, '');
  const prefix = /^(\d{4}(?:-\d{2}(?:-\d{2})?)?)-/.exec(id)?.[1];
  const date = prefix ? parseDateText(prefix) : undefined;
  if (date && isCalendarDate(date)) previousDates.set(id, date);
}

const validated = validateContent(root);
if (!validated.site || validated.problems.length > 0) {
  for (const p of validated.problems) console.error(formatProblem(p));
  console.error(
    '\n✗ The review reads valid content only: fix the problems above first (npm run validate).',
  );
  process.exit(1);
}
const model = workerModel(recordsForWorker(validated.site, validated));
const drafts = new Set(validated.records.events.filter((e) => e.data.draft).map((e) => e.id));
const report = formatReview(reviewChanges(changes, model, previousDates, drafts));
console.log(report);
if (process.env.GITHUB_STEP_SUMMARY) appendFileSync(process.env.GITHUB_STEP_SUMMARY, `${report}\n`);
