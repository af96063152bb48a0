/**
 * One build at a time into an output folder: a lock file beside it (`dist.chronicle-lock`) names
 * the build that holds it. A second build into the same folder stops at once with a line that
 * says which build is running, instead of racing the first one to the folder. A lock left by a
 * build that was killed (its process is gone) is taken over. Written here rather than taken from
 * proper-lockfile: that one tells a stale lock by its age, so a build killed with kill -9 would
 * block the next for its whole timeout, where the process id answers at once.
 */
import { linkSync, readFileSync, rmSync, writeFileSync } from 'node:fs';

export interface LockHolder {
  pid: number;
  /** When that build started, as an ISO time. */
  since: string;
}

/** Whether a process of this id is running (whoever it belongs to). */
export function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function holderOf(lockFile: string): LockHolder | undefined {
  try {
    const holder = JSON.parse(readFileSync(lockFile, 'utf8')) as LockHolder;
    return Number.isInteger(holder.pid) && alive(holder.pid) ? holder : undefined;
  } catch {
    // Unreadable: nobody holds it.
    return undefined;
  }
}

/**
 * Takes the lock for `outDir`, released when this process exits; or says who holds it. A file-system
 * error (a folder that cannot be written) is thrown for the caller to report.
 */
export function lockOutput(outDir: string): { heldBy?: LockHolder } {
  const lockFile = `${outDir}.chronicle-lock`;
  for (let attempt = 0; attempt < 2; attempt++) {
    // Written whole under another name, then linked into place: link() fails if the lock exists,
    // and no other build can ever read a half-written lock.
    const mine = `${lockFile}.${process.pid}`;
    writeFileSync(mine, JSON.stringify({ pid: process.pid, since: new Date().toISOString() }));
    try {
      linkSync(mine, lockFile);
      process.on('exit', () => rmSync(lockFile, { force: true }));
      return {};
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const heldBy = holderOf(lockFile);
      if (heldBy) return { heldBy };
      rmSync(lockFile, { force: true });
    } finally {
      rmSync(mine, { force: true });
    }
  }
  // Two builds took over the same stale lock at once, and the other won.
  return { heldBy: holderOf(lockFile) ?? { pid: 0, since: '' } };
}
