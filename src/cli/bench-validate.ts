/**
 * `npm run bench:validate [events …]`: how long `npm run validate` takes as
 * content grows. Writes synthetic content (on tmpfs when there is one, since
 * disks make thousands of small files slow and noisy) and prints the figures.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { writeSyntheticContent } from '../bench/synthetic-content.ts';
import { validateContent } from '../validation/validate-content.ts';
import { commandLine } from './support/command-line.ts';

const { positionals, usageError } = commandLine({
  usage: 'npm run bench:validate [-- <events> …]',
  about:
    'How long npm run validate takes as content grows: writes synthetic content of each size (on tmpfs when there is one), validates it three times and prints the figures.',
  positionals: [
    { name: 'events', optional: true, many: true, help: 'Sizes (default: 1000 5000 10000).' },
  ],
  notes: ['Exit codes: 0 measured; 2 a size is not a whole number, or a flag is unknown.'],
});
const sizes = positionals.map(Number);
const notSize = positionals.find((_, i) => !Number.isInteger(sizes[i]) || sizes[i]! < 1);
if (notSize !== undefined) usageError(`"${notSize}" is not a number of events.`);
const base = existsSync('/dev/shm') ? '/dev/shm' : tmpdir();

console.log(
  `validate benchmark (${base === '/dev/shm' ? 'tmpfs' : 'temporary folder'}, Node ${process.version})`,
);
console.log('events\tfiles\tproblems\tfirst run (ms)\tbest of 3 (ms)\tms per 1,000 events');
for (const events of sizes.length ? sizes : [1_000, 5_000, 10_000]) {
  const root = mkdtempSync(join(base, 'chronicle-bench-'));
  try {
    writeSyntheticContent(join(root, 'content'), { events });
    const times: number[] = [];
    let result: ReturnType<typeof validateContent> | undefined;
    for (let run = 0; run < 3; run++) {
      const started = performance.now();
      result = validateContent('content', root);
      times.push(performance.now() - started);
    }
    const best = Math.min(...times);
    console.log(
      `${events}\t${result!.fileCount}\t${result!.problems.length}\t${times[0]!.toFixed(0)}\t${best.toFixed(0)}\t${((best / events) * 1000).toFixed(0)}`,
    );
    if (result!.problems.length) console.log(result!.problems.slice(0, 3));
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
