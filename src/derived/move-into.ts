/**
 * Moving built files into place. rename() is instant but fails across file
 * systems (EXDEV), where a copy then a delete does the same; a folder that is
 * already there is merged into, file by file.
 */
import { cpSync, existsSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Moves `from` to `to`: renamed where it can be, merged into a folder already there, copied across
 * file systems.
 */
export function moveInto(from: string, to: string): void {
  if (!existsSync(to)) {
    try {
      renameSync(from, to);
      return;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
      cpSync(from, to, { recursive: true });
      rmSync(from, { recursive: true, force: true });
      return;
    }
  }
  if (!statSync(from).isDirectory() || !statSync(to).isDirectory()) {
    throw new Error(
      `Two outputs want the same path: ${to} was built as a page and made again from the content.`,
    );
  }
  for (const name of readdirSync(from)) moveInto(join(from, name), join(to, name));
}
