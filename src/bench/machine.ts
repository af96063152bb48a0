/**
 * Facts about the machine and the toolchain a benchmark ran on, so figures
 * from two machines are never compared blind.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cpus, release, totalmem } from 'node:os';
import { join } from 'node:path';

export interface MachineFacts {
  cpu: string;
  cores: number;
  memoryGiB: number;
  kernel: string;
  node: string;
  versions: Record<string, string>;
  /** Where the content, the project copies and the output live, and its file system type. */
  folder: string;
  fileSystem: string;
  commit: string;
}

// Read from the file: not every package exports its package.json.
const version = (projectRoot: string, name: string) =>
  (
    JSON.parse(readFileSync(join(projectRoot, 'node_modules', name, 'package.json'), 'utf8')) as {
      version: string;
    }
  ).version;

/**
 * The type of the mount holding `folder`, from /proc/mounts (the longest mount point that contains
 * it).
 */
function fileSystemOf(folder: string): string {
  try {
    const mounts = readFileSync('/proc/mounts', 'utf8')
      .split('\n')
      .map((line) => line.split(' '))
      .filter(
        ([, point]) =>
          point &&
          (folder === point || folder.startsWith(point.endsWith('/') ? point : `${point}/`)),
      );
    return mounts.sort((a, b) => b[1]!.length - a[1]!.length)[0]?.[2] ?? 'unknown';
  } catch {
    return 'unknown';
  }
}

function gitCommit(projectRoot: string): string {
  try {
    const run = (args: string[]) =>
      execFileSync('git', args, {
        cwd: projectRoot,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
      }).trim();
    const edited = run(['status', '--porcelain', '--', 'src', 'astro.config.mjs', 'public']) !== '';
    return `${run(['rev-parse', '--short', 'HEAD'])}${edited ? ' + uncommitted changes in src/' : ''}`;
  } catch {
    return 'unknown';
  }
}

export function machineFacts(folder: string, projectRoot: string): MachineFacts {
  const list = cpus();
  return {
    cpu: list[0]?.model.trim() ?? 'unknown',
    cores: list.length,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    kernel: release(),
    node: process.version,
    versions: Object.fromEntries(
      ['astro', '@astrojs/markdown-remark', 'pagefind', 'harfbuzzjs', '@resvg/resvg-js'].map(
        (name) => [name, version(projectRoot, name)],
      ),
    ),
    folder,
    fileSystem: fileSystemOf(folder),
    commit: gitCommit(projectRoot),
  };
}
