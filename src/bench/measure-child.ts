/**
 * Runs one Node script as a child process and measures its wall time and its
 * peak memory. The peak is the largest resident set of any process in its
 * tree, from GNU time's %M when /usr/bin/time exists; otherwise the child
 * reports its own process.resourceUsage().maxRSS on exit (which misses any
 * grandchild, such as Pagefind's indexer binary).
 */
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync, rmSync } from 'node:fs';
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';

const GNU_TIME = '/usr/bin/time';
const RECORD_RSS = new URL('./record-rss.ts', import.meta.url).pathname;

export const PEAK_METHOD = existsSync(GNU_TIME)
  ? 'GNU time %M (largest max RSS in the process tree)'
  : "the child's own process.resourceUsage().maxRSS (Node process only)";

export interface ChildRun {
  ms: number;
  /**
   * User + system CPU time of the process tree: less sensitive than wall time to other work on the
   * machine.
   */
  cpuMs: number | undefined;
  /**
   * The one-minute load average when the run started: other work on the machine skews wall times.
   */
  loadBefore: number;
  /** Peak resident memory in KiB; undefined if it could not be read. */
  peakKiB: number | undefined;
  status: number;
}

export interface ChildOptions {
  cwd: string;
  env: Record<string, string>;
  /** stdout and stderr go here, so a build's log can be read afterwards. */
  logFile: string;
  nodeArgs?: string[];
}

export function runNode(script: string, args: string[], options: ChildOptions): ChildRun {
  const rssFile = `${options.logFile}.rss`;
  rmSync(rssFile, { force: true });
  const nodeArgs = [...(options.nodeArgs ?? []), script, ...args];
  const [command, commandArgs] = existsSync(GNU_TIME)
    ? [GNU_TIME, ['-o', rssFile, '-f', '%M %U %S', process.execPath, ...nodeArgs]]
    : [process.execPath, ['--import', RECORD_RSS, ...nodeArgs]];
  const log = openSync(options.logFile, 'w');
  const loadBefore = loadavg()[0]!;
  const started = performance.now();
  const result = spawnSync(command, commandArgs, {
    cwd: options.cwd,
    env: { ...process.env, ...options.env, BENCH_RSS_FILE: rssFile },
    stdio: ['ignore', log, log],
  });
  const ms = performance.now() - started;
  closeSync(log);
  // GNU time writes "Command exited with non-zero status N" before the figures: they are on the
  // last line.
  const [peak, user, system] = existsSync(rssFile)
    ? readFileSync(rssFile, 'utf8').trim().split('\n').at(-1)!.split(' ').map(Number)
    : [];
  return {
    ms,
    cpuMs: user !== undefined && system !== undefined ? (user + system) * 1000 : undefined,
    loadBefore,
    peakKiB: peak !== undefined && Number.isFinite(peak) ? peak : undefined,
    status: result.status ?? 1,
  };
}
