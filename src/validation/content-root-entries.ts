/**
 * What lies in the content folder itself, beside the collections' folders: only the files
 * Chronicle reads there. Anything else (a misspelt folder such as event/, notes.md put one level
 * too high) would be passed over in silence, and the editor's event would just not be there.
 */
import { readdirSync, type Dirent } from 'node:fs';
import { join } from 'node:path';
import { didYouMean } from '../lib/did-you-mean.ts';
import { problem, type Problem } from '../lib/problems.ts';
import { collections } from '../schema/index.ts';
import { EXCLUSIONS_FILE } from './coverage-exclusions.ts';
import { MESSAGES_FILE } from './messages-file.ts';
import { PUBLISHED_FACTS_FILE } from './published-facts.ts';
import { PUBLISHED_IDS_FILE } from './published-ids.ts';
import { displayPath } from './read-records.ts';
import { RETIRED_FILE } from './retired-events.ts';
import { SITE_FILE } from './site-config.ts';

const FILES = [
  SITE_FILE,
  MESSAGES_FILE,
  EXCLUSIONS_FILE,
  RETIRED_FILE,
  PUBLISHED_IDS_FILE,
  PUBLISHED_FACTS_FILE,
];

/** A problem for each entry of the content folder that Chronicle would not read. */
export function unexpectedEntries(contentRoot: string, projectRoot: string): Problem[] {
  let entries: Dirent[];
  try {
    entries = readdirSync(contentRoot, { withFileTypes: true });
  } catch {
    // No folder: site.yaml's absence is reported, with its own words.
    return [];
  }
  const folders: readonly string[] = Object.values(collections).map((c) => c.folder);
  const problems: Problem[] = [];
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
    // Hidden files (.gitkeep, .DS_Store) are the tools', not the editor's.
    if (entry.name.startsWith('.')) continue;
    const file = displayPath(join(contentRoot, entry.name), projectRoot);
    const folderLike = entry.isDirectory() || entry.isSymbolicLink();
    if (folderLike && folders.includes(entry.name)) continue;
    if (!folderLike && FILES.includes(entry.name)) continue;
    const known = folderLike ? folders.map((f) => `${f}/`) : FILES;
    const suggestion = didYouMean(folderLike ? `${entry.name}/` : entry.name, known);
    problems.push(
      problem(file, 1, '', folderLike ? 'file.unknownFolder' : 'file.unknownFile', {
        suggestion,
        known: known.join(', '),
      }),
    );
  }
  return problems;
}
