/**
 * Temporary copies of the project to build in. Astro must never build inside
 * the working tree while someone else builds or tests there: two builds of one
 * folder collide in its .astro folder and in node_modules/.astro (the content
 * store) and node_modules/.vite.
 */
import { cpSync, mkdirSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';

export const PROJECT_FILES = ['astro.config.mjs', 'tsconfig.json', 'package.json', 'src', 'public'];

export function copyProject(projectRoot: string, to: string): void {
  mkdirSync(to, { recursive: true });
  for (const name of PROJECT_FILES)
    cpSync(join(projectRoot, name), join(to, name), { recursive: true });
  linkPackages(projectRoot, to);
}

/**
 * Links each installed package, not node_modules itself: Astro and Vite keep
 * their caches in node_modules/.astro and node_modules/.vite of the project
 * root, and those must belong to the copy, not to the working tree.
 */
export function linkPackages(projectRoot: string, to: string): void {
  const from = join(projectRoot, 'node_modules');
  mkdirSync(join(to, 'node_modules'), { recursive: true });
  for (const name of readdirSync(from)) {
    if (!name.startsWith('.')) symlinkSync(join(from, name), join(to, 'node_modules', name));
  }
}

/**
 * Forgets what an earlier build left, so that every measured build starts from nothing but the
 * share-image cache.
 */
export function clearBuildCaches(project: string): void {
  for (const folder of ['.astro', 'node_modules/.astro', 'node_modules/.vite'])
    rmSync(join(project, folder), { recursive: true, force: true });
}
