/**
 * Reads `published-ids.txt`, the committed list of event ids once published: one per line; `#`
 * starts a comment.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PublishedIds } from '../checks/record-set.ts';
import { displayPath } from './read-records.ts';

export const PUBLISHED_IDS_FILE = 'published-ids.txt';

export function readPublishedIds(
  contentRoot: string,
  projectRoot: string,
): PublishedIds | undefined {
  const path = join(contentRoot, PUBLISHED_IDS_FILE);
  if (!existsSync(path)) return undefined;
  const entries = readFileSync(path, 'utf8')
    .split(/\r?\n/)
    .map((text, index) => ({ id: text.replace(/#.*/, '').trim(), line: index + 1 }))
    .filter((entry) => entry.id !== '');
  return { file: displayPath(path, projectRoot), entries };
}
