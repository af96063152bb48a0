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

const args = process.argv.slice(2);
const option = (name: string) => {
  const at = args.indexOf(name);
  return at >= 0 ? args.splice(at, 2)[1] : undefined;
};
const runs = Number(option('--runs') ?? 3);
if (!Number.isInteger(runs) || runs < 1)
  throw new Error('--runs takes a whole number of runs, 1 or more.');
const keep = args.includes('--keep');
const sizes = args.map(Number).filter((n) => Number.isInteger(n) && n > 0);
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
      benchSize(
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
