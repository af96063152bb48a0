/**
 * Builds that run at the same time or cannot write: two builds into one folder (one builds, the
 * other stops at once and says why), two stories built together into two folders (each as if
 * built alone), a read-only output folder or parent (one line, nothing touched), and a lock left
 * by a build that was killed.
 */
import { execFileSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
  chmodSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { differingFiles, PAGEFIND_UNORDERED } from '../helpers/built-site.ts';
import { PROJECT_ROOT, runNode, startNode } from '../helpers/run.ts';

const BUILD = join(PROJECT_ROOT, 'src', 'cli', 'build.ts');
const FIXTURE = join(PROJECT_ROOT, 'tests/fixtures/site/content');
const SPANISH = join(PROJECT_ROOT, 'tests/fixtures/site-es/content');
const work = mkdtempSync(join(tmpdir(), 'chronicle-safe-output-'));
const env = (content: string, out: string) => ({
  CHRONICLE_CONTENT: content,
  CHRONICLE_OUT_DIR: out,
  CHRONICLE_CACHE_DIR: join(work, 'cache'),
  CHRONICLE_LOG_LEVEL: 'quiet',
});
const leftovers = (folder: string) =>
  readdirSync(folder).filter((name) => name.includes('.chronicle-'));
const eventsJson = (dist: string) =>
  JSON.parse(readFileSync(join(dist, 'events.json'), 'utf8')) as { events: { id: string }[] };

/**
 * A folder no build can write, even as root (whom permissions do not stop): immutable where the
 * file system allows it, else read-only. Undone by `release`.
 */
function readOnly(folder: string): { release: () => void } {
  if (process.getuid?.() === 0) {
    execFileSync('chattr', ['+i', folder]);
    return { release: () => execFileSync('chattr', ['-i', folder]) };
  }
  chmodSync(folder, 0o555);
  return { release: () => chmodSync(folder, 0o755) };
}

afterAll(() => rmSync(work, { recursive: true, force: true }));

async function waitFor(file: string): Promise<void> {
  const give = Date.now() + 30_000;
  while (!existsSync(file) && Date.now() < give) await new Promise((r) => setTimeout(r, 20));
}

describe('two builds at once', () => {
  it('into one folder: the first builds, the second stops at once and says which build runs', async () => {
    const out = join(work, 'same');
    const first = startNode([BUILD], { env: env(FIXTURE, out) });
    await waitFor(`${out}.chronicle-lock`);
    const second = await startNode([BUILD], { env: env(FIXTURE, out) });
    expect(second.status).toBe(1);
    expect(second.stderr.trim()).toMatch(
      /^✗ Another build into \S+same\/ is running \(process \d+, started \d{4}-\d\d-\d\dT[\d:.]+Z\)\. Nothing was built: run the build again when it has finished, or build into another folder with CHRONICLE_OUT_DIR\.$/,
    );
    const built = await first;
    expect(built.stderr).toBe('');
    expect(built.stdout).toContain(`✓ Site built in ${out}/`);
    expect(eventsJson(out).events).toHaveLength(3);
    expect(existsSync(join(out, 'events/2021-11-30-harbour-council-meets/index.html'))).toBe(true);
    expect(leftovers(work)).toEqual([]);
  });

  it('of two stories into two folders: each is the site it would be built alone', async () => {
    const [english, spanish] = await Promise.all([
      startNode([BUILD], { env: env(FIXTURE, join(work, 'english')) }),
      startNode([BUILD], { env: env(SPANISH, join(work, 'spanish')) }),
    ]);
    expect([english.status, english.stderr, spanish.status, spanish.stderr]).toEqual([
      0,
      '',
      0,
      '',
    ]);
    for (const [dist, alone] of [
      [join(work, 'english'), inject('fixtureDist')],
      [join(work, 'spanish'), inject('spanishDist')],
    ] as const) {
      expect(differingFiles(dist, alone, PAGEFIND_UNORDERED)).toEqual([]);
      const filters = (root: string) => readdirSync(join(root, 'pagefind/filter')).length;
      expect(filters(dist)).toBe(filters(alone));
    }
    expect(leftovers(work)).toEqual([]);
    // Each build's own folders in the project are gone with it.
    const own = readdirSync(join(PROJECT_ROOT, 'node_modules/.cache/chronicle')).filter((name) =>
      [english.pid, spanish.pid].some((pid) => name.endsWith(`-${pid}`)),
    );
    expect(own).toEqual([]);
  });

  it('a lock left by a build that was killed is taken over, and its folders in the project go', () => {
    const out = join(work, 'stale');
    // A process id that no process has (above the kernel's limit).
    const gone = 2 ** 22 + 1;
    writeFileSync(`${out}.chronicle-lock`, JSON.stringify({ pid: gone, since: 'then' }));
    const left = join(PROJECT_ROOT, 'node_modules/.cache/chronicle', `build-${gone}`);
    mkdirSync(join(left, 'events'), { recursive: true });
    const built = runNode([BUILD], { env: env(FIXTURE, out) });
    expect(built.status).toBe(0);
    expect(existsSync(left)).toBe(false);
    expect(eventsJson(out).events).toHaveLength(3);
    expect(leftovers(work)).toEqual([]);
  });
});

describe('an output that cannot be written', () => {
  it('a read-only output folder: one line, nothing built, the site in it untouched', () => {
    const out = join(work, 'read-only');
    mkdirSync(out);
    writeFileSync(join(out, 'index.html'), 'the site as deployed');
    const lock = readOnly(out);
    let result;
    try {
      result = runNode([BUILD], { env: env(FIXTURE, out) });
    } finally {
      lock.release();
    }
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toMatch(
      /^✗ Cannot write the site to \S+read-only\/: (permission denied \(EACCES|not permitted, the folder may be read-only or locked \(EPERM) on \S+read-only\/\.chronicle-probe-\d+\)\. Nothing was built, and \S+read-only\/ is unchanged: make the folder writable, or set CHRONICLE_OUT_DIR to one you can write\.$/,
    );
    expect(readdirSync(out)).toEqual(['index.html']);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('the site as deployed');
    expect(leftovers(work)).toEqual([]);
  });

  it('a read-only folder around it: the same, found before anything is built', () => {
    const parent = join(work, 'locked-parent');
    mkdirSync(parent);
    const lock = readOnly(parent);
    let result;
    try {
      result = runNode([BUILD], { env: env(FIXTURE, join(parent, 'dist')) });
      expect(readdirSync(parent)).toEqual([]);
    } finally {
      lock.release();
    }
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toMatch(
      /^✗ Cannot write the site to \S+locked-parent\/dist\/: .+ \((EACCES|EPERM) on \S+\)\. Nothing was built: make the folder writable, or set CHRONICLE_OUT_DIR to one you can write\.$/,
    );
  });

  it('a file where the output folder should be: one line', () => {
    writeFileSync(join(work, 'a-file'), '');
    const result = runNode([BUILD], { env: env(FIXTURE, join(work, 'a-file', 'dist')) });
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toMatch(
      /^✗ Cannot write the site to \S+a-file\/dist\/: a file is where a folder should be \(EEXIST on \S+a-file\)\. Nothing was built:/,
    );
  });
});
