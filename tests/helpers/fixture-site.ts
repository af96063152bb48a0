/**
 * Copies the fixture site into a fresh temporary project folder, optionally with a bad-input case
 * laid over it.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const FIXTURE_CONTENT = join(import.meta.dirname, '..', 'fixtures', 'site', 'content');
export const BAD_INPUT = join(import.meta.dirname, '..', 'fixtures', 'bad-input');

/** A temporary project whose `content/` is the fixture site; returns its root. */
export function tempProject(): string {
  const root = mkdtempSync(join(tmpdir(), 'chronicle-test-'));
  cpSync(FIXTURE_CONTENT, join(root, 'content'), { recursive: true });
  return root;
}

/** Lays a case's files over `content/` and deletes the paths listed in its `_remove.txt`. */
export function applyCase(root: string, caseDir: string): void {
  const removals = join(caseDir, '_remove.txt');
  if (existsSync(removals)) {
    for (const path of readFileSync(removals, 'utf8').split('\n').filter(Boolean))
      rmSync(join(root, 'content', path), { force: true });
  }
  if (existsSync(join(caseDir, 'content')))
    cpSync(join(caseDir, 'content'), join(root, 'content'), { recursive: true });
}
