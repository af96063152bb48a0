/**
 * The records a build has validated, handed to the content loader (src/loaders/record-files.ts),
 * which stores each as it was validated instead of reading and parsing its file a second time
 * (YAML, then zod: about a second of the main thread at 10,000 events). A file edited after
 * validation cannot reach the site unchecked either. Kept on globalThis: Astro loads the content
 * config, and the loader with it, in a module graph of its own (Vite's), apart from
 * astro.config.mjs, which validated them.
 */
import { resolve } from 'node:path';
import type { ContentRecord } from '../checks/record-set.ts';

const KEY = Symbol.for('chronicle.validated-records');
type Holder = { [KEY]?: Map<string, ContentRecord> };

/** Hands over the records, by the absolute path of their file (`projectRoot`: what they were read against). */
export function handOverValidated(records: Iterable<ContentRecord>, projectRoot: string): void {
  const byPath = new Map<string, ContentRecord>();
  for (const record of records) byPath.set(resolve(projectRoot, record.file), record);
  (globalThis as Holder)[KEY] = byPath;
}

/** The validated record of a file, taken: asked again, it is read from the file. */
export function takeValidated(path: string): ContentRecord | undefined {
  const byPath = (globalThis as Holder)[KEY];
  const record = byPath?.get(path);
  if (record) byPath!.delete(path);
  return record;
}
