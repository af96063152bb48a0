/**
 * `npm run build`: builds the site into a staging folder and only then
 * replaces dist/ with it. A build that fails (for bad content or anything
 * else) leaves the previous dist/ untouched, or none at all: never a half-built
 * site where a deploy would pick it up.
 */
import { existsSync, renameSync, rmSync } from 'node:fs';
import { build } from 'astro';
import { ContentProblemsError } from '../integration/index.ts';

process.env.ASTRO_TELEMETRY_DISABLED = '1';
const outDir = process.env.CHRONICLE_OUT_DIR || 'dist';
const staging = `${outDir.replace(/\/+$/, '')}.chronicle-staging`;
const previous = `${outDir.replace(/\/+$/, '')}.chronicle-old`;

rmSync(staging, { recursive: true, force: true });
try {
  await build({ outDir: staging, logLevel: process.env.CHRONICLE_LOG_LEVEL === 'quiet' ? 'error' : 'info' });
} catch (error) {
  rmSync(staging, { recursive: true, force: true });
  if (error instanceof ContentProblemsError || (error as Error).name === 'ContentProblems') {
    console.error(`\n✗ ${(error as Error).message}`);
  } else {
    console.error(error);
  }
  process.exit(1);
}
// Swap in two renames so dist/ is only ever complete.
rmSync(previous, { recursive: true, force: true });
if (existsSync(outDir)) renameSync(outDir, previous);
renameSync(staging, outDir);
rmSync(previous, { recursive: true, force: true });
console.log(`✓ Site built in ${outDir}/`);
