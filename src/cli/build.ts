/**
 * `npm run build`: builds the site into a staging folder and only then
 * replaces dist/ with it. A build that fails (for bad content or anything
 * else) leaves the previous dist/ untouched, or none at all: never a half-built
 * site where a deploy would pick it up.
 */
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { build } from 'astro';
import { ContentProblemsError } from '../integration/index.ts';
import { moveInto } from '../derived/move-into.ts';
import { commandLine } from './support/command-line.ts';

commandLine({
  usage: 'npm run build',
  about:
    'Validates the content, then builds the site into a staging folder that replaces the output folder only once the build has succeeded. The content folder is CHRONICLE_CONTENT (else content), the output CHRONICLE_OUT_DIR (else dist), the share images’ cache CHRONICLE_CACHE_DIR; CHRONICLE_LOG_LEVEL=quiet prints errors only.',
  notes: [
    'Exit codes: 0 built; 1 the content has problems, or the build failed; 2 a flag is unknown.',
  ],
});

process.env.ASTRO_TELEMETRY_DISABLED = '1';
const outDir = resolve(process.env.CHRONICLE_OUT_DIR || 'dist');
// Astro moves files from the project's .astro folder into its output with rename(), which fails
// across file systems (EXDEV): it always builds into a folder inside the project, then ours moves
// it.
const buildDir = resolve('node_modules/.cache/chronicle/build');
const staging = `${outDir}.chronicle-staging`;
const previous = `${outDir}.chronicle-old`;

rmSync(buildDir, { recursive: true, force: true });
rmSync(staging, { recursive: true, force: true });
try {
  await build({
    outDir: buildDir,
    logLevel: process.env.CHRONICLE_LOG_LEVEL === 'quiet' ? 'error' : 'info',
  });
} catch (error) {
  rmSync(buildDir, { recursive: true, force: true });
  if (error instanceof ContentProblemsError || (error as Error).name === 'ContentProblems') {
    console.error(`\n✗ ${(error as Error).message}`);
  } else {
    console.error(error);
  }
  process.exit(1);
}
// Next to the output first (a copy if need be), then swap in two renames so the output is only ever
// complete.
mkdirSync(dirname(outDir), { recursive: true });
moveInto(buildDir, staging);
rmSync(previous, { recursive: true, force: true });
if (existsSync(outDir)) renameSync(outDir, previous);
renameSync(staging, outDir);
rmSync(previous, { recursive: true, force: true });
console.log(`✓ Site built in ${outDir}/`);
