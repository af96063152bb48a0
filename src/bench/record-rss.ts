/**
 * Preloaded into a benchmarked child (`node --import`) where GNU time is
 * missing: writes the process's peak resident memory and CPU time when it exits.
 */
import { writeFileSync } from 'node:fs';

const file = process.env['BENCH_RSS_FILE'];
if (file) {
  process.on('exit', () => {
    const usage = process.resourceUsage();
    // The format of GNU time -f '%M %U %S': KiB, then seconds.
    writeFileSync(
      file,
      `${usage.maxRSS} ${usage.userCPUTime / 1e6} ${usage.systemCPUTime / 1e6}\n`,
    );
  });
}
