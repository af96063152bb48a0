/**
 * Reads record files from the content folder: bytes → UTF-8 text → front
 * matter (gray-matter with js-yaml, the YAML parser Astro itself uses) → raw
 * fields and body. Problems with the file itself are reported here; fields
 * are the schema's business.
 */
import { readdirSync, readFileSync, statSync, type Dirent } from 'node:fs';
import { basename, join, relative, sep } from 'node:path';
import matter from 'gray-matter';
import yaml from 'js-yaml';
import type { ContentRecord } from '../checks/record-set.ts';
import { problem, type Problem } from '../lib/problems.ts';
import { collections, type CollectionName } from '../schema/index.ts';
import { ID_MAX } from '../schema/primitives.ts';
import { fieldLocator } from './field-lines.ts';

/** A record as read, before its schema has looked at its fields. */
export type RawRecord = ContentRecord;

export interface ReadResult {
  records: RawRecord[];
  problems: Problem[];
}

const decoder = new TextDecoder('utf-8', { fatal: true });
/**
 * js-yaml's default schema turns `2021-02-30` into 2 March without a word, so
 * dates are read as the text written and checked by our own date rules.
 */
export const YAML_SCHEMA = yaml.CORE_SCHEMA;
export const parseYaml = (text: string) => yaml.load(text, { schema: YAML_SCHEMA }) as object;

/** Lists the `.md` files below a folder, sorted, so output is the same on every machine. */
export function listMarkdown(folder: string): string[] {
  return listFolder(folder).markdown;
}

/**
 * Every file under a collection's folder: its records (`.md`), and what it holds besides — files
 * that are not records (`.MD`, `.txt` …), and links that cannot be followed (a loop, a missing
 * target). Hidden files (`.gitkeep`) are left alone.
 */
export function listFolder(
  folder: string,
  found: { markdown: string[]; other: string[]; broken: string[] } = {
    markdown: [],
    other: [],
    broken: [],
  },
): { markdown: string[]; other: string[]; broken: string[] } {
  let entries: Dirent[];
  try {
    // With file types: no stat() per file (11,000 of them at 10,000 events).
    entries = readdirSync(folder, { withFileTypes: true });
  } catch {
    return found;
  }
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const path = join(folder, entry.name);
    let directory = entry.isDirectory();
    if (entry.isSymbolicLink()) {
      try {
        directory = statSync(path).isDirectory();
      } catch {
        found.broken.push(path);
        continue;
      }
    }
    if (directory) listFolder(path, found);
    else if (entry.name.endsWith('.md')) found.markdown.push(path);
    else if (!entry.name.startsWith('.')) found.other.push(path);
  }
  return found;
}

export function displayPath(path: string, projectRoot: string): string {
  return relative(projectRoot, path).split(sep).join('/');
}

/** Reads one file; gives a record or the problem that stops it being read. */
export function readRecord(
  path: string,
  collection: CollectionName,
  projectRoot: string,
): RawRecord | Problem {
  const file = displayPath(path, projectRoot);
  const bytes = readFileSync(path);
  const { singular, maxKilobytes } = collections[collection];
  if (bytes.length > maxKilobytes * 1024) {
    return problem(file, 1, '', 'file.tooLarge', {
      size: Math.ceil(bytes.length / 1024),
      singular,
      limit: maxKilobytes,
    });
  }
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    return problem(file, firstBadUtf8Line(bytes), '', 'file.utf8', {
      line: firstBadUtf8Line(bytes),
    });
  }
  const withoutBom = text.replace(/^\uFEFF/, '');
  if (withoutBom.trim() === '') return problem(file, 1, '', 'file.empty');
  if (!/^---\r?\n/.test(withoutBom)) return problem(file, 1, '', 'file.noFrontMatter');
  let parsed: matter.GrayMatterFile<string>;
  try {
    parsed = matter(withoutBom, { engines: { yaml: parseYaml } });
  } catch (error) {
    const { reason, mark } = error as { reason?: string; mark?: { line: number } };
    return problem(file, (mark?.line ?? 0) + 1, '', 'file.yaml', {
      reason: reason ?? 'it cannot be read',
    });
  }
  const data: unknown = parsed.data;
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return problem(file, 2, '', 'file.notFields', {
      found: Array.isArray(data) ? 'a list' : 'a single value',
    });
  }
  const id = path.slice(path.lastIndexOf(sep) + 1, -'.md'.length);
  return {
    collection,
    id,
    file,
    data: data as Record<string, unknown>,
    body: parsed.content,
    frontMatter: parsed.matter,
    lineOf: fieldLocator(parsed.matter),
    // After the opening line, the front matter's lines and the closing line.
    bodyStartLine: parsed.matter.split('\n').length + 2,
  };
}

/** The line of the first byte that cannot be UTF-8 (the decoder only says that one exists). */
function firstBadUtf8Line(bytes: Uint8Array): number {
  let line = 1;
  for (let i = 0; i < bytes.length;) {
    const lead = bytes[i]!;
    if (lead === 0x0a) line++;
    const length =
      lead < 0x80
        ? 1
        : lead >= 0xc2 && lead <= 0xdf
          ? 2
          : lead >= 0xe0 && lead <= 0xef
            ? 3
            : lead >= 0xf0 && lead <= 0xf4
              ? 4
              : 0;
    if (length === 0) return line;
    for (let k = 1; k < length; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return line;
    i += length;
  }
  return line;
}

/** Reads the record files of every collection under the content root. */
export function readRecords(contentRoot: string, projectRoot: string): ReadResult {
  const records: RawRecord[] = [];
  const problems: Problem[] = [];
  for (const [name, { folder }] of Object.entries(collections) as [
    CollectionName,
    (typeof collections)[CollectionName],
  ][]) {
    const files = listFolder(join(contentRoot, folder));
    for (const path of files.markdown) {
      // Checked here, not with the other file-name rules, so it is said even when the record
      // itself has problems.
      const id = basename(path, '.md');
      if (id.length > ID_MAX)
        problems.push(
          problem(displayPath(path, projectRoot), 1, '', 'file.nameTooLong', {
            length: id.length,
            max: ID_MAX,
            example: `${id.slice(0, ID_MAX).replace(/-[^-]*$/, '')}.md`,
          }),
        );
      const result = readRecord(path, name, projectRoot);
      if ('rule' in result) problems.push(result);
      else records.push(result);
    }
    // Nothing an editor puts in a collection's folder is passed over in silence.
    for (const path of files.other)
      problems.push(
        problem(displayPath(path, projectRoot), 1, '', 'file.notARecord', {
          folder: displayPath(join(contentRoot, folder), projectRoot),
          suggestion: `${basename(path).replace(/\.[^.]*$/, '')}.md`,
        }),
      );
    for (const path of files.broken)
      problems.push(problem(displayPath(path, projectRoot), 1, '', 'file.brokenLink'));
  }
  return { records, problems };
}
