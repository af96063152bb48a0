/**
 * `npm run validate [content-folder]` (started by validate.ts): checks every
 * record without Astro and prints every problem, each with file:line, field,
 * what was found and what to write instead. Exits 1 when there is any problem.
 */
import { performance } from 'node:perf_hooks';
import { formatProblem, githubAnnotation } from '../lib/problems.ts';
import { validateContent } from '../validation/validate-content.ts';
import { contentRoot } from '../validation/content-root.ts';
import { commandLine } from './support/command-line.ts';
import { existingContentFolder } from './support/content-folder.ts';

const { positionals, usageError } = commandLine({
  usage: 'npm run validate [-- <content-folder>]',
  about:
    'Checks every record of the content folder, and site.yaml, published-ids.txt, coverage-exclusions.yaml and messages.yaml, without Astro: every problem in every file at once, each with file:line, field, what was found and what to write instead. Under GitHub Actions (GITHUB_ACTIONS=true) they are also printed as annotations.',
  positionals: [
    {
      name: 'content-folder',
      optional: true,
      help: 'The folder to check (default: CHRONICLE_CONTENT, else content).',
    },
  ],
  notes: [
    'Exit codes: 0 no problems; 1 a problem; 2 a flag is unknown, or the content folder is not there.',
  ],
});

const started = performance.now();
const folder = existingContentFolder(positionals[0] ?? contentRoot(), usageError);
const { problems, fileCount } = validateContent(folder);
const elapsed = Math.round(performance.now() - started);

for (const p of problems) console.error(formatProblem(p));
if (process.env.GITHUB_ACTIONS === 'true')
  for (const p of problems) console.log(githubAnnotation(p));

if (problems.length > 0) {
  const files = new Set(problems.map((p) => p.file)).size;
  console.error(
    `\n✗ ${problems.length} ${problems.length === 1 ? 'problem' : 'problems'} in ${files} ${files === 1 ? 'file' : 'files'} (${fileCount} files checked in ${elapsed} ms). Nothing was published.`,
  );
  process.exitCode = 1;
} else {
  console.log(`✓ ${fileCount} files checked in ${elapsed} ms: no problems.`);
}
