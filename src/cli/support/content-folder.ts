/**
 * The content folder a command was pointed at, checked before any work: a folder that is not there
 * (a typing slip, CHRONICLE_CONTENT set in another shell) is a usage error in one line, instead of
 * a report that site.yaml is missing or a crash further on.
 */
import { statSync } from 'node:fs';

export function existingContentFolder(
  folder: string,
  usageError: (message: string) => never,
): string {
  let isFolder = false;
  try {
    isFolder = statSync(folder).isDirectory();
  } catch {
    // Not there, or not reachable: said below.
  }
  if (!isFolder) {
    const from = process.env.CHRONICLE_CONTENT === folder ? ' (from CHRONICLE_CONTENT)' : '';
    usageError(
      `there is no content folder at "${folder}"${from}. Give the folder that holds site.yaml, or make one with npm run new-story.`,
    );
  }
  return folder;
}
