/**
 * Two builds of the same commit, one under UTC+14 (Pacific/Kiritimati) and
 * one under UTC−11 (Pacific/Pago_Pago), each with its own cold cache, the
 * second with its Markdown bodies rendered on two threads
 * (src/loaders/body-pool.ts) rather than on the main thread alone, write
 * byte-identical sites: every page, image, feed, export and search index file.
 *
 * One listed exception: Pagefind 1.5.2 writes the list of filters in its
 * metadata file in hash-map order, which changes from run to run, and names
 * that file after its hash (so pagefind-entry.json, which points to it,
 * changes too). The filters themselves, and every other index file, are identical.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { allFiles, differingFiles, PAGEFIND_META } from '../helpers/built-site.ts';

describe('determinism', () => {
  const east = inject('fixtureDist');
  const west = inject('fixtureDistWest');

  const stable = (root: string) => allFiles(root).filter((file) => !PAGEFIND_META.test(file));

  it('both builds write the same files (Pagefind’s metadata file aside: its name is its hash)', () => {
    expect(stable(west)).toEqual(stable(east));
    expect(allFiles(west).filter((file) => PAGEFIND_META.test(file))).toHaveLength(2);
  });

  it('every other file is byte-identical, whatever the time zone', () => {
    expect(differingFiles(east, west)).toEqual([]);
    expect(stable(east).length).toBeGreaterThan(50);
  });

  it('Pagefind’s entry file differs at most in that hash', () => {
    const entry = (root: string) =>
      readFileSync(join(root, 'pagefind', 'pagefind-entry.json'), 'utf8').replace(
        /"hash":"[a-z]+_[0-9a-f]+"/g,
        '"hash":"…"',
      );
    expect(entry(west)).toBe(entry(east));
  });
});
