/**
 * `npm run build` (through build.ts): builds the site into a staging folder and only then
 * replaces dist/ with it. A build that fails (for bad content or anything
 * else) leaves the previous dist/ untouched, or none at all: never a half-built
 * site where a deploy would pick it up. Each build works in folders of its own
 * and takes a lock on its output folder, so two builds started at once never
 * mix their files; a folder it cannot write is one line, found before building.
 */
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { build } from 'astro';
import { ContentProblemsError } from '../integration/index.ts';
import { moveInto } from '../derived/move-into.ts';
import { commandLine } from './support/command-line.ts';
import { fileSystemReason } from './support/file-system-error.ts';
import { alive, lockOutput } from './support/output-lock.ts';
import { existingContentFolder } from './support/content-folder.ts';
import { contentRoot } from '../validation/content-root.ts';

const { usageError } = commandLine({
  usage: 'npm run build',
  about:
    'Validates the content, then builds the site into a staging folder that replaces the output folder only once the build has succeeded. The content folder is CHRONICLE_CONTENT (else content), the output CHRONICLE_OUT_DIR (else dist), the share images’ cache CHRONICLE_CACHE_DIR; CHRONICLE_LOG_LEVEL=quiet prints errors only.',
  notes: [
    'One build at a time into an output folder: a second one started while the first runs stops at once and says so (builds into different folders may run together).',
    'Compiled modules are kept between builds in Node’s compile cache (NODE_COMPILE_CACHE, else node-compile-cache in the system’s temporary folder); NODE_DISABLE_COMPILE_CACHE=1 turns it off.',
    'Exit codes: 0 built; 1 the content has problems, the output folder cannot be written, another build into it is running, or the build failed; 2 a flag is unknown or the content folder is not there.',
  ],
});

existingContentFolder(contentRoot(), usageError);
process.env.ASTRO_TELEMETRY_DISABLED = '1';
const outDir = resolve(process.env.CHRONICLE_OUT_DIR || 'dist');
const shown = relative(process.cwd(), outDir).startsWith('..')
  ? outDir
  : relative(process.cwd(), outDir) || '.';
// Astro moves files from the project's .astro folder into its output with rename(), which fails
// across file systems (EXDEV): it always builds into a folder inside the project, then ours moves
// it. Each build has its own (and its own Astro cache, where the content layer keeps its store), so
// two builds in one project never share a file.
const buildDir = resolve(`node_modules/.cache/chronicle/build-${process.pid}`);
const astroCache = resolve(`node_modules/.cache/chronicle/astro-${process.pid}`);
const staging = `${outDir}.chronicle-staging-${process.pid}`;
const previous = `${outDir}.chronicle-old-${process.pid}`;

function stop(line: string): never {
  console.error(`\n✗ ${line}`);
  process.exit(1);
}

/** Whether a folder takes a new file, tried rather than guessed (permissions, read-only disks, immutable folders). */
function probeWritable(folder: string): void {
  const probe = resolve(folder, `.chronicle-probe-${process.pid}`);
  writeFileSync(probe, '');
  rmSync(probe);
}

try {
  mkdirSync(dirname(outDir), { recursive: true });
  const { heldBy } = lockOutput(outDir);
  if (heldBy)
    stop(
      `Another build into ${shown}/ is running (process ${heldBy.pid}${heldBy.since ? `, started ${heldBy.since}` : ''}). Nothing was built: run the build again when it has finished, or build into another folder with CHRONICLE_OUT_DIR.`,
    );
  if (existsSync(outDir)) probeWritable(outDir);
} catch (error) {
  stop(
    `Cannot write the site to ${shown}/: ${fileSystemReason(error)}. Nothing was built${existsSync(outDir) ? `, and ${shown}/ is unchanged` : ''}: make the folder writable, or set CHRONICLE_OUT_DIR to one you can write.`,
  );
}

// What builds stopped with Ctrl-C or kill left in the project (their process is gone) goes.
const work = resolve('node_modules/.cache/chronicle');
for (const name of existsSync(work) ? readdirSync(work) : []) {
  const pid = /^(?:build|astro|derived)-(\d+)$/.exec(name)?.[1];
  if (pid && !alive(Number(pid))) rmSync(join(work, name), { recursive: true, force: true });
}

const cleanUp = () => {
  rmSync(buildDir, { recursive: true, force: true });
  rmSync(astroCache, { recursive: true, force: true });
  rmSync(staging, { recursive: true, force: true });
};
process.on('exit', cleanUp);

try {
  await build({
    outDir: buildDir,
    cacheDir: astroCache,
    logLevel: process.env.CHRONICLE_LOG_LEVEL === 'quiet' ? 'error' : 'info',
  });
} catch (error) {
  if (error instanceof ContentProblemsError || (error as Error).name === 'ContentProblems')
    stop((error as Error).message);
  if (process.env['CHRONICLE_DEBUG']) console.error(error);
  const where = (error as { loc?: { file?: string; line?: number } }).loc;
  stop(
    `The build failed: ${fileSystemReason(error)}${where?.file ? ` (${where.file}${where.line ? `:${where.line}` : ''})` : ''}. Nothing was published; ${shown}/ is unchanged. CHRONICLE_DEBUG=1 shows where it happened.`,
  );
}

// Next to the output first (a copy if need be), then swap in two renames so the output is only ever
// complete; if the second fails, the first is undone.
try {
  moveInto(buildDir, staging);
} catch (error) {
  stop(
    `Cannot put the new site beside ${shown}/: ${fileSystemReason(error)}. ${shown}/ is unchanged.`,
  );
}
const hadSite = existsSync(outDir);
try {
  if (hadSite) renameSync(outDir, previous);
  try {
    renameSync(staging, outDir);
  } catch (error) {
    if (hadSite) renameSync(previous, outDir);
    throw error;
  }
} catch (error) {
  stop(
    `Cannot replace ${shown}/ with the new site: ${fileSystemReason(error)}. ${shown}/ is unchanged.`,
  );
}
try {
  rmSync(previous, { recursive: true, force: true });
} catch (error) {
  console.warn(
    `! The new site is in ${shown}/, but the previous one could not be deleted: ${fileSystemReason(error)}. It is in ${basename(previous)}/ beside it; delete it by hand.`,
  );
}
console.log(`✓ Site built in ${outDir}/`);
