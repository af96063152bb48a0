/**
 * Builds the fixture site once for every test that reads built pages: Astro
 * keeps build state in the project's .astro folder, so two builds of one
 * project must not run at once.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { PROJECT_ROOT, runNode } from './helpers/run.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    fixtureDist: string;
    fixtureBuildLog: string;
  }
}

let work: string | undefined;

export function setup(project: TestProject) {
  work = mkdtempSync(join(tmpdir(), 'chronicle-fixture-build-'));
  const out = join(work, 'dist');
  const result = runNode([join(PROJECT_ROOT, 'src', 'cli', 'build.ts')], {
    env: { CHRONICLE_CONTENT: 'tests/fixtures/site/content', CHRONICLE_OUT_DIR: out, CHRONICLE_CACHE_DIR: join(work, 'cache') },
  });
  if (result.status !== 0) throw new Error(`The fixture site did not build:\n${result.stdout}\n${result.stderr}`);
  project.provide('fixtureDist', out);
  project.provide('fixtureBuildLog', result.stdout + result.stderr);
}

export function teardown() {
  if (work) rmSync(work, { recursive: true, force: true });
}
