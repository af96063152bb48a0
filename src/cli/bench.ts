/**
 * `npm run bench [events …] [--runs N] [--keep]`: how the whole site build
 * scales. For each size (1,000, 5,000 and 10,000 events unless given) it
 * writes synthetic content to tmpfs, times `npm run validate` and full site
 * builds in a temporary copy of the project, measures peak memory and what
 * the build wrote, builds a bare Astro site from the same events as a
 * baseline (warm and bare builds N times each, in turns; 3 by default), and
 * checks the budgets. Prints a table, then the same figures as Markdown
 * (for BENCHMARKS.md). --keep leaves the temporary folder for profiling.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeBareProject } from '../bench/bare-site.ts';
import { checkBudgets } from '../bench/budgets.ts';
import { machineFacts } from '../bench/machine.ts';
import { machineLines, methodLines } from '../bench/method.ts';
import { copyProject } from '../bench/project-copy.ts';
import { budgetRows, markdownTable, sections, textTable } from '../bench/report.ts';
import { benchSize, type SizeResult } from '../bench/run-size.ts';
import { timeShareCards } from '../bench/share-card-timing.ts';
import { formatCount } from '../bench/format.ts';
import { commandLine } from './support/command-line.ts';

const { values, positionals, usageError } = commandLine({
  usage: 'npm run bench [-- <events> … [--runs <n>] [--keep]]',
  about:
    'How the whole site build scales: for each size, synthetic content on tmpfs, npm run validate and full builds timed in a temporary copy of the project, peak memory and what the build wrote, against a bare Astro build of the same events; checks the budgets and prints the figures, then the same as Markdown for BENCHMARKS.md.',
  positionals: [
    { name: 'events', optional: true, many: true, help: 'Sizes (default: 1000 5000 10000).' },
  ],
  flags: {
    runs: {
      type: 'string',
      value: 'n',
      default: '3',
      help: 'Warm and bare builds of each size, taken in turns.',
    },
    keep: { type: 'boolean', help: 'Leave the temporary folder, for profiling.' },
  },
  notes: ['Exit codes: 0 within budget; 1 a budget was missed; 2 a bad size or flag.'],
});
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1)
  usageError(`--runs takes a whole number of runs, 1 or more; found "${values.runs}".`);
const keep = values.keep === true;
const sizes = positionals.map(Number);
const notSize = positionals.find((_, i) => !Number.isInteger(sizes[i]) || sizes[i]! < 1);
if (notSize !== undefined) usageError(`"${notSize}" is not a number of events.`);
const projectRoot = process.cwd();
// Thousands of small files: on a disk the writes are slow and noisy, so prefer memory.
const base = existsSync('/dev/shm') ? '/dev/shm' : tmpdir();
const root = mkdtempSync(join(base, 'chronicle-bench-'));
const started = Date.now();
const progress = (message: string) =>
  console.error(`[bench +${Math.round((Date.now() - started) / 1000)} s] ${message}`);

const results: SizeResult[] = [];
try {
  const machine = machineFacts(root, projectRoot);
  copyProject(projectRoot, join(root, 'site'));
  writeBareProject(projectRoot, join(root, 'bare'));
  progress('timing renderShareCard directly');
  const cards = await timeShareCards();
  for (const events of sizes.length ? sizes : [1_000, 5_000, 10_000]) {
    results.push(
      await benchSize(
        events,
        { root, site: join(root, 'site'), bare: join(root, 'bare') },
        progress,
        runs,
      ),
    );
  }

  const header = ['events', ...results.map((r) => formatCount(r.events))];
  const budgets = results.flatMap(checkBudgets);
  const failures = results.flatMap((r) => r.failures);
  console.log('\nChronicle build benchmark');
  for (const line of machineLines(machine)) console.log(`  ${line}`);
  console.log(`  Warm and bare builds: ${runs} of each, in turns; medians compared`);
  for (const section of sections(results))
    console.log(`\n${section.title}\n${textTable(header, section.rows)}`);
  console.log('\nBudgets');
  for (const [verdict, events, budget, value] of budgetRows(budgets))
    console.log(`  ${verdict}  ${events!.padStart(6)} events  ${budget}: ${value}`);
  for (const failure of failures) console.log(`  ✗ ${failure}`);

  console.log('\n--- Markdown ---\n');
  console.log(
    `## Machine\n\n${machineLines(machine)
      .map((l) => `- ${l}`)
      .join(
        '\n',
      )}\n- Warm-cache and bare builds: ${runs} of each, taken in turns; the medians are compared\n`,
  );
  for (const section of sections(results))
    console.log(`## ${section.title}\n\n${markdownTable(header, section.rows)}\n`);
  console.log(
    `## Budgets\n\n${markdownTable(['', 'events', 'budget', 'measured'], budgetRows(budgets), [false, true, false, false])}\n`,
  );
  console.log(
    `## Method\n\n${methodLines(cards)
      .map((l) => `- ${l}`)
      .join('\n')}`,
  );
  if (failures.length) process.exitCode = 1;
} finally {
  if (keep) progress(`kept ${root}`);
  else rmSync(root, { recursive: true, force: true });
}
