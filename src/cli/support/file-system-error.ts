/**
 * A file-system error as one line an editor can act on: what went wrong in words, its code and
 * the file, without Node's stack.
 */
const REASONS: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'not permitted, the folder may be read-only or locked',
  EROFS: 'the disk is read-only',
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
  EEXIST: 'a file is where a folder should be',
  ENOTDIR: 'a part of the path is a file, not a folder',
  EISDIR: 'a folder is where a file should be',
  ENOENT: 'a folder on the way does not exist',
  EBUSY: 'the file is in use',
  EMFILE: 'too many files are open',
};

export function fileSystemReason(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const { code, path } = error as NodeJS.ErrnoException;
  const reason = code ? REASONS[code] : undefined;
  if (!reason) return error.message.split('\n')[0]!;
  return `${reason} (${code}${path ? ` on ${path}` : ''})`;
}
